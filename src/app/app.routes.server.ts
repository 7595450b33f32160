import { RenderMode, ServerRoute } from '@angular/ssr';
import meta from '../../public/content/meta.json';

const ids = (list: { id: string }[]) => async () => list.map(({ id }) => ({ id }));

/**
 * The pages a first visit most often opens, from a shared link or a search, are built as HTML in
 * English (docs/prerendering.md): their text paints before the scripts arrive. Every other route,
 * and every later visit (the service worker serves the shell), is drawn in the browser.
 */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Prerender },
  { path: 'tips', renderMode: RenderMode.Prerender },
  { path: 'tips/:id', renderMode: RenderMode.Prerender, getPrerenderParams: ids(meta.tips) },
  { path: 'guides', renderMode: RenderMode.Prerender },
  { path: 'guides/:id', renderMode: RenderMode.Prerender, getPrerenderParams: ids(meta.guides) },
  { path: 'contacts', renderMode: RenderMode.Prerender },
  { path: '**', renderMode: RenderMode.Client },
];
