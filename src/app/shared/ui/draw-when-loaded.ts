import {
  ComponentRef,
  DestroyRef,
  Signal,
  Type,
  ViewContainerRef,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';

/**
 * After the host's first render, `load()`s a component from its own chunk and creates it in
 * `slot`; the signal turns true once it is drawn, and `created` gets its reference first. Nothing
 * is created once the host is gone (left while the chunk was on its way). What `@defer (on
 * immediate)` does, without its runtime in the first bundle: for home's highlights it measured
 * 85.67 kB gzip initial against 83.86 kB. Injection context.
 */
export function drawWhenLoaded<T>(
  slot: Signal<ViewContainerRef>,
  load: () => Promise<Type<T>>,
  created: (ref: ComponentRef<T>) => void = () => undefined,
): Signal<boolean> {
  const drawn = signal(false);
  const destroyRef = inject(DestroyRef);
  afterNextRender(() => {
    void load().then((component) => {
      if (destroyRef.destroyed) return;
      created(slot().createComponent(component));
      drawn.set(true);
    });
  });
  return drawn.asReadonly();
}
