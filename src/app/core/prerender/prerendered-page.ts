// The attributes on `<html>` that src/index.html's first script and the app share. The script
// runs before the first paint, before any of the app's code (docs/prerendering.md).

/**
 * On a prerendered page: the path it was built for ("" for home, "/tips/x"), as
 * `Location.path()` gives it (src/app/app.config.server.ts).
 */
export const PAGE_ATTRIBUTE = 'data-page';

/**
 * On a prerendered page: the codes of the languages the app ships, space-separated, so that the
 * script can choose the reader's language as the app will (src/app/app.config.server.ts).
 */
export const LANGUAGES_ATTRIBUTE = 'data-languages';

/**
 * Set by the script when the prerendered page may be shown as it came: the reader it was built
 * for (this address, the page's language, nothing stored on the phone). Without it index.html's
 * style keeps the page hidden until the app has drawn it afresh.
 */
export const SHOW_ATTRIBUTE = 'data-show';

/**
 * On an element of src/index.html's head that only a page drawn in the browser needs: the server
 * leaves it out of every prerendered page (src/app/app.config.server.ts).
 */
export const CLIENT_DRAWN_ONLY_ATTRIBUTE = 'data-client-drawn-only';

/** Set by the app after its first render: from then on its own handlers answer. */
export const STARTED_ATTRIBUTE = 'data-started';

/** Set by the script when Exit was used before the app started: the app must not start. */
export const LEAVING_ATTRIBUTE = 'data-leaving';

/**
 * Whether the browser should hydrate the page, keeping the elements its HTML already shows: the
 * build prerendered it (src/app/app.routes.server.ts; Angular marks its host `ngh`) and the
 * script let it show. Any other page, and the service worker's shell, is drawn afresh.
 */
export function hydratesPrerenderedPage(document: Document): boolean {
  return (
    !!document.querySelector('app-root[ngh]') &&
    document.documentElement.hasAttribute(SHOW_ATTRIBUTE)
  );
}

/** Whether Exit was used before the app started (index.html's first script). */
export function leftBeforeStart(document: Document): boolean {
  return document.documentElement.hasAttribute(LEAVING_ATTRIBUTE);
}

/** After the first render: the page shows what the app drew, and the app answers from now on. */
export function markAppStarted(document: Document): void {
  document.documentElement.setAttribute(STARTED_ATTRIBUTE, '');
}
