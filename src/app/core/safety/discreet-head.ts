/**
 * The parts of the page outside the app's own view that name it: the tab title, the tab icon,
 * the home-screen icon and the web app manifest. Kept free of Angular so `main.ts` can run it
 * before the app starts.
 */

/** The neutral manifest (`public/notes.webmanifest`): name "Notes", a plain notepad icon. */
export const DISCREET_MANIFEST = 'notes.webmanifest';
export const DEFAULT_MANIFEST = 'manifest.webmanifest';
/** Until the language file is in, the tab says this in discreet mode. */
export const DISCREET_FALLBACK_TITLE = 'Notes';

const HEAD = {
  manifest: { selector: 'link[rel="manifest"]', on: DISCREET_MANIFEST, off: DEFAULT_MANIFEST },
  icon: { selector: 'link[rel="icon"]', on: 'icons/notes.svg', off: 'icons/logo.svg' },
  touch: {
    selector: 'link[rel="apple-touch-icon"]',
    on: 'icons/notes-touch-icon.png',
    off: 'icons/apple-touch-icon.png',
  },
} as const;

const THEME = { on: '#5f6368', off: '#1f4e79' };

/** True when the reader turned discreet mode on (Settings › Safety); false if storage refuses. */
export function discreetStored(storage: () => Storage): boolean {
  try {
    return storage().getItem('ds.discreet') === '1';
  } catch {
    return false;
  }
}

/**
 * Points the manifest and icons at the neutral or the usual files. This must happen before the
 * browser offers installation: Chromium reads the linked manifest to decide that the page can be
 * installed (and fires `beforeinstallprompt`), and an installed app keeps the name and icon of
 * the manifest it was installed from. Run at start-up, the neutral manifest is the only one an
 * install in discreet mode can see; Chromium fetches the manifest again when the link changes.
 */
export function applyDiscreetHead(document: Document, on: boolean): void {
  for (const { selector, on: discreet, off } of Object.values(HEAD)) {
    document.querySelector(selector)?.setAttribute('href', on ? discreet : off);
  }
  document
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute('content', on ? THEME.on : THEME.off);
  if (on) document.title = DISCREET_FALLBACK_TITLE;
}
