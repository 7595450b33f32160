import { readFileSync } from 'node:fs';

/** Every screen's address and the translation key of its heading. */
export const PAGES: readonly { path: string; heading: string }[] = [
  { path: '/', heading: 'home.heading' },
  { path: '/tips', heading: 'tips.title' },
  { path: '/tips/protect-your-phone', heading: 'tips.oneTitle' },
  { path: '/guides', heading: 'guides.title' },
  { path: '/guides/subject-access-request', heading: 'guides.oneTitle' },
  { path: '/contacts', heading: 'contacts.title' },
  { path: '/contacts/some-helpline', heading: 'contacts.oneTitle' },
  { path: '/notes', heading: 'notes.title' },
  { path: '/share', heading: 'share.title' },
  { path: '/letters', heading: 'letters.title' },
  { path: '/settings', heading: 'settings.title' },
  { path: '/privacy', heading: 'privacy.title' },
  { path: '/about', heading: 'about.title' },
  { path: '/no-such-page', heading: 'notFound.title' },
];

export const LANGUAGE_CODES = ['en', 'ar'] as const;

interface Tree {
  [key: string]: string | Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The shipped translation file of a language, flattened to `a.b.c` keys. */
export function translations(code: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(`public/i18n/${code}.json`, 'utf8')) as Tree);
}

/** Fails on any raw translation key in the text (what ngx-translate shows for a missing one). */
export function rawKeysIn(text: string): string[] {
  return [...translations('en').keys()].filter((key) => text.includes(key));
}
