import { Route, Router } from '@angular/router';

/**
 * The top-level route whose lazy code draws `path` (as `Location.path()` gives it): `tips` for
 * `/tips/protect-your-phone?lang=en`. None for home, which ships in the first bundle.
 */
export function lazyRouteFor(routes: readonly Route[], path: string): Route | undefined {
  const first = path
    .replace(/[?#].*$/, '')
    .split('/')
    .find(Boolean);
  return first === undefined
    ? undefined
    : routes.find((route) => route.path === first && route.loadChildren);
}

/**
 * Sets off the download of the first page's code beside the language and content files. A
 * prerendered page is adopted without waiting for its route (app.config.ts), so the router only
 * asks for that code once those files are in: on a slow link the page's own controls came alive
 * about 0.8 s later than the shell's. The router's own request then finds the module loaded. A
 * failure is left for the router to meet, and to report as it does any missing chunk.
 */
export function prefetchFirstRouteCode(router: Router, path: string): void {
  const load = lazyRouteFor(router.config, path)?.loadChildren;
  if (!load) return;
  try {
    void Promise.resolve(load()).catch(() => undefined);
  } catch {
    // A loader that throws at once (outside the router's injection context): the router's own
    // call meets it. The start must not fail for a download it would have begun anyway.
  }
}
