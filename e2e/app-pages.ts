import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../src/app/core/i18n/languages';
import { flatten } from '../scripts/matches-english.mjs';

/**
 * Every screen's address and its heading: a translation key, or for content pages the content
 * text (`content:` + path in `public/content/<lang>.json`, falling back to English).
 */
export const PAGES: readonly { path: string; heading: string }[] = [
  { path: '/', heading: 'home.heading' },
  { path: '/search', heading: 'search.title' },
  { path: '/tips', heading: 'tips.title' },
  { path: '/tips/protect-your-phone', heading: 'content:tips.protect-your-phone.title' },
  { path: '/guides', heading: 'guides.title' },
  {
    path: '/guides/subject-access-request',
    heading: 'content:guides.subject-access-request.title',
  },
  { path: '/contacts', heading: 'contacts.title' },
  { path: '/contacts/ico', heading: 'name:ico' },
  { path: '/timeline', heading: 'timeline.title' },
  { path: '/notes', heading: 'notes.title' },
  { path: '/share', heading: 'share.title' },
  { path: '/share/pack', heading: 'share.packTitle' },
  { path: '/share/lists', heading: 'share.listsTitle' },
  { path: '/share/poster', heading: 'share.posterTitle' },
  {
    path: '/share/handout/guides/health-data',
    heading: 'content:guides.health-data.title',
  },
  { path: '/letters', heading: 'letters.title' },
  { path: '/letters/home-office-sar', heading: 'letters.kinds.home-office-sar.title' },
  { path: '/letters/ico-complaint', heading: 'letters.kinds.ico-complaint.title' },
  { path: '/settings', heading: 'settings.title' },
  { path: '/privacy', heading: 'privacy.title' },
  { path: '/about', heading: 'about.title' },
  { path: '/changes', heading: 'changes.title' },
  { path: '/no-such-page', heading: 'notFound.title' },
];

/** Every shipped language, from the app's own registry. */
export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code);

/**
 * Which screens the per-language walks visit. Every screen is built from the same templates in
 * every language, so every screen is walked in one language per layout, and every other language
 * is walked through a sample that loads each of its three files (interface strings, content,
 * letters) and holds the most text, where its words, script and wrapping could break something.
 */
const TEXT_HEAVY = [
  '/',
  '/tips/protect-your-phone',
  '/guides/subject-access-request',
  '/contacts',
  '/letters/home-office-sar',
  '/settings',
];

/**
 * The offline walk: every screen in English, Arabic (Naskh) and Urdu (Nastaliq, whose tall lines
 * stress spacing most), and the text-heavy ones in the other languages. Each language opens cold
 * at home; English then opens every screen cold, and the others reach theirs in the app, which
 * reads the same cached files a cold open does: how the worker answers a cold open of an address
 * is the same in every language.
 */
export const OFFLINE_EVERY_SCREEN = new Set(['en', 'ar', 'ur']);
export const OFFLINE_COLD_OPENS = 'en';

/**
 * The axe walk: every screen in English and Arabic (left to right, right to left); in the other
 * languages a representative set: home (header, picker, navigation), a guide (long content,
 * sources, notices), a letter form and Settings (forms), and search results.
 */
export const AXE_EVERY_SCREEN = new Set(['en', 'ar']);
const AXE_SAMPLE = ['/', '/guides/subject-access-request', '/letters/home-office-sar', '/settings'];

const pagesAt = (paths: readonly string[]) => PAGES.filter(({ path }) => paths.includes(path));

export function offlinePagesIn(code: string): typeof PAGES {
  return OFFLINE_EVERY_SCREEN.has(code) ? PAGES : pagesAt(TEXT_HEAVY);
}

export function axePagesIn(code: string): typeof PAGES {
  return AXE_EVERY_SCREEN.has(code) ? PAGES : pagesAt(AXE_SAMPLE);
}

/**
 * A walk's languages, each group one test: a language walked through every screen alone, the
 * others seven at a time. A test's fixed costs (a new browser context, the app's first load, the
 * worker's install) are then paid once per group, and a group still ends well within its time on
 * a slow machine.
 */
export function languageWalks(everyScreen: ReadonlySet<string>): (typeof LANGUAGES)[number][][] {
  return [
    ...LANGUAGES.filter(({ code }) => everyScreen.has(code)).map((language) => [language]),
    ...groupsOf(
      7,
      LANGUAGES.filter(({ code }) => !everyScreen.has(code)),
    ),
  ];
}

function groupsOf<T>(size: number, items: readonly T[]): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < items.length; i += size) groups.push(items.slice(i, i + size));
  return groups;
}

interface Tree {
  [key: string]: string | Tree;
}

/** The shipped translation file of a language, flattened to `a.b.c` keys. */
export function translations(code: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(`public/i18n/${code}.json`, 'utf8')));
}

interface ContentMeta {
  tips: { id: string; shareCode: number }[];
  guides: { id: string; shareCode: number }[];
  contacts: { id: string; shareCode: number; name: string; urgent: boolean }[];
}

export const CONTENT_META = JSON.parse(
  readFileSync('public/content/meta.json', 'utf8'),
) as ContentMeta;

/** The content texts of a language, or English where that language has none yet. */
export function contentTexts(code: string): Tree {
  try {
    return JSON.parse(readFileSync(`public/content/${code}.json`, 'utf8')) as Tree;
  } catch {
    return JSON.parse(readFileSync('public/content/en.json', 'utf8')) as Tree;
  }
}

/** The text a page's heading must show in a language (see PAGES). */
export function headingText(heading: string, code: string): string {
  if (heading.startsWith('name:')) {
    return CONTENT_META.contacts.find((c) => c.id === heading.slice(5))!.name;
  }
  if (heading.startsWith('content:')) {
    const [kind, id, field] = heading.slice(8).split('.');
    const texts = contentTexts(code) as Record<string, Record<string, Record<string, string>>>;
    return texts[kind][id][field];
  }
  return translations(code).get(heading)!;
}

/**
 * A template asks for a list by its own key (`a.steps`), so that is what a missing list shows, and
 * `flatten` gives only its entries' keys (`a.steps.0`). The key before a number is searched too,
 * beside the key itself: numbered keys such as `reading.sizes.100` are not lists but keep their
 * own key, and a text showing a group's key is raw as well.
 */
const withListKey = (key: string) => [key, key.replace(/\.\d+(\..*)?$/, '')];

/** Fails on any raw translation key in the text (what ngx-translate shows for a missing one). */
export function rawKeysIn(text: string): string[] {
  const keys = new Set([...translations('en').keys()].flatMap(withListKey));
  return [...keys].filter((key) => text.includes(key));
}
