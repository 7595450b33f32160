import { StaticJson } from '../static-json/static-json';
import { DEFAULT_LANGUAGE } from '../i18n/languages';

/** Where each item sits, its dates and sources: one file for every language. */
export const CONTENT_META_URL = 'content/meta.json';

/** One language's texts. */
export const contentTextsUrl = (code: string) => `content/${encodeURIComponent(code)}.json`;

/**
 * Asks for the files a content page waits for as the app starts, so they travel beside the
 * route's chunks rather than after them: a tip opened from a shared link drew its text about
 * 0.5 s sooner in Lighthouse's slow 4G (3.55 s against 4.05 s). `ContentStore` later gets the
 * same answers from `StaticJson`, which fetches each URL once. A failure is left for the store
 * to meet and report. English always, since the store falls back to it item by item.
 */
export function prefetchContent(json: StaticJson, code: string): Promise<unknown> {
  const urls = new Set([
    CONTENT_META_URL,
    contentTextsUrl(DEFAULT_LANGUAGE),
    contentTextsUrl(code),
  ]);
  return Promise.all([...urls].map((url) => json.get(url).catch(() => undefined)));
}

/**
 * Whether the app opens at home: `path` as `Location.path()` gives it (no base, maybe a query or
 * fragment). Home draws nothing from the content files before its first paint; its highlights
 * load them right after it (features/home/home.ts). Asked for at start, they would share a slow
 * link with the language file and script font that the first paint waits for.
 */
export function startsAtHome(path: string): boolean {
  return /^\/?(?:[?#]|$)/.test(path);
}
