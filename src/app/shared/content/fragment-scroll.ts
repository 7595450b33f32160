import { DOCUMENT, Signal, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';

/**
 * Opens the section a link points to (`/guides/x#steps`, as search results do) once the page has
 * drawn it: scrolls it into view and moves focus to its heading. The router's own anchor
 * scrolling cannot do this here: the page scrolls inside the shell's `.scroller`, not the window,
 * and the section exists only after the content has loaded. Call in a component's constructor.
 */
export function openFragmentWhenReady(ready: Signal<boolean>): void {
  const document = inject(DOCUMENT);
  const route = inject(ActivatedRoute);
  const fragment = toSignal(route.fragment, { initialValue: route.snapshot.fragment });
  let opened: string | null = null;
  effect(() => {
    const id = fragment();
    if (!id || !ready() || id === opened) return;
    opened = id;
    // A task, so the section has been drawn, and later than the shell's own move of focus to the
    // page's h1 after each navigation.
    setTimeout(() => {
      const target = document.getElementById(id);
      if (!target) return;
      const heading = target.querySelector<HTMLElement>('h2, h3') ?? target;
      target.scrollIntoView({ block: 'start' });
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    });
  });
}
