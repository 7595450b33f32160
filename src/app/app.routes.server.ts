import { PrerenderFallback, RenderMode, ServerRoute } from '@angular/ssr';
import meta from '../../public/content/meta.json';
import { DEFAULT_LANGUAGE, LANGUAGES } from './core/i18n/languages';

const ids = (list: { id: string }[]) => async () => list.map(({ id }) => ({ id }));

/** The pages a first visit most often opens, from a shared link or a search ("" is home). */
const PRERENDERED_PATHS: readonly string[] = [
  '',
  'tips',
  ...meta.tips.map(({ id }) => `tips/${id}`),
  'guides',
  ...meta.guides.map(({ id }) => `guides/${id}`),
  'contacts',
];

/**
 * Those pages are built as HTML (docs/prerendering.md), so their text paints before the scripts
 * arrive: in English at their own paths, and in every other language from `<path>?lang=<code>`,
 * which the server render reads (Language.firstChoice()); scripts/language-pages.mjs then files
 * each as `<path>/index.<code>.html`, for the hosts to choose from. Every other route, and every
 * later visit (the service worker serves the shell), is drawn in the browser.
 */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Prerender },
  { path: 'tips', renderMode: RenderMode.Prerender },
  { path: 'tips/:id', renderMode: RenderMode.Prerender, getPrerenderParams: ids(meta.tips) },
  { path: 'guides', renderMode: RenderMode.Prerender },
  { path: 'guides/:id', renderMode: RenderMode.Prerender, getPrerenderParams: ids(meta.guides) },
  { path: 'contacts', renderMode: RenderMode.Prerender },
  // Every other route of the app, at any depth, is drawn in the browser...
  { path: '*', renderMode: RenderMode.Client },
  { path: '*/**', renderMode: RenderMode.Client },
  // ...but for the app's catch-all, the one route whose prerendered addresses may be any path,
  // query included: the same pages in the other languages. (Their routes must be prerendered
  // above: for a route drawn in the browser, the catch-all's addresses are dropped.) The server
  // render's router resolves each address to its page, as a link would.
  {
    path: '**',
    renderMode: RenderMode.Prerender,
    fallback: PrerenderFallback.Client,
    getPrerenderParams: async () =>
      LANGUAGES.filter(({ code }) => code !== DEFAULT_LANGUAGE).flatMap(({ code }) =>
        PRERENDERED_PATHS.map((path) => ({ '**': `${path}?lang=${code}` })),
      ),
  },
];
