import { InjectionToken } from '@angular/core';

/**
 * Whether the first render must already hold the page's content: while the build prerenders a
 * page, and when the browser hydrates one (core/prerender/prerendered-page.ts). Hydration keeps
 * what that render draws, so a page still loading its content would replace the text the reader
 * already sees with a loading line, then draw it again.
 */
export const FIRST_RENDER_HOLDS_CONTENT = new InjectionToken<boolean>(
  'FIRST_RENDER_HOLDS_CONTENT',
  {
    factory: () => false,
  },
);
