// Which prerendered page a host sends for a page's address: the one in the language the app would
// open in on a first visit (src/app/core/i18n/language-choice.ts): the link's `?lang=`, else the
// phone's languages in order (Accept-Language), else English. A phone's stored choice is not
// visible here; src/index.html's first script holds the page back in that case.
// scripts/language-pages.mjs files the pages; deploy/ makes the same choice for nginx and Caddy.

/** A language code as the build names its pages: `ar`, `ckb`. */
const CODE = /^[a-z]{2,3}$/;

/** The candidate codes for one language tag, as matchShipped() tries them: `fa-AF` → fa-af, fa. */
function candidates(tag) {
  const normalised = tag.trim().toLowerCase().replace('_', '-');
  return [...new Set([normalised, normalised.split('-')[0]])].filter((code) => CODE.test(code));
}

/** The tags of an Accept-Language header, best first; q=0 refuses one. */
export function acceptedLanguages(header = '') {
  return header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean) ?? 1);
      return { tag: tag.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ tag, q }) => tag && tag !== '*' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/** More than a phone lists: a longer header costs a file check per tag for nothing. */
const MOST_TAGS = 10;

/**
 * The language of the page to send: `en` (the page's own `index.html`) or a code the app ships
 * (`shipped`, from the build's `i18n/` files) for which `hasPage(code)` says
 * `index.<code>.html` exists.
 * @param {{ query?: string | null, acceptLanguage?: string, shipped: ReadonlySet<string>,
 *   hasPage: (code: string) => boolean }} request
 */
export function pageLanguage({ query, acceptLanguage, shipped: codes, hasPage }) {
  const tried = new Set();
  const shipped = (code) => {
    // `fa-IR, fa-AF, fa` asks about `fa` once.
    if (tried.has(code)) return false;
    tried.add(code);
    return code === 'en' || (codes.has(code) && hasPage(code));
  };
  const phone = acceptedLanguages(acceptLanguage).slice(0, MOST_TAGS);
  for (const tag of [query ?? '', ...phone]) {
    const code = candidates(tag).find(shipped);
    if (code) return code;
  }
  return 'en';
}
