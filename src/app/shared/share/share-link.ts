import { fromBase64, toBase64 } from '../../core/crypto/base64';
import { stripFormatCharacters } from '../../shared/text/format-characters';

/**
 * Share links. A single item is an ordinary address (`tips/<id>?lang=ar`). A pack travels only in
 * the fragment, which browsers never send to a server: `share/pack#pack=1.ar.t1t4g10.<note>`,
 * where `1` is the format version, `ar` the reader's language, `t1t4g10` the items as kind letter
 * plus share code (ids would make the QR code much denser) and the optional note is UTF-8 in
 * base64url. Everything decoded here is treated as hostile: a link or QR code can come from anyone.
 */

export type ShareKind = 'tips' | 'guides' | 'contacts';

export interface PackItem {
  readonly kind: ShareKind;
  readonly id: string;
}

export interface Pack {
  /** A shipped language code, or '' to keep the reader's own language. */
  readonly lang: string;
  readonly items: readonly PackItem[];
  readonly note: string;
}

export type DecodedPack =
  | { readonly status: 'ok'; readonly pack: Pack; readonly dropped: number }
  | { readonly status: 'damaged' }
  | { readonly status: 'newer' };

export const PACK_VERSION = 1;
/** In characters (code points), as the adviser's counter shows them. */
export const MAX_NOTE = 280;
export const MAX_ITEMS = 30;
/** Far above the longest pack this app writes (30 items and 280 four-byte characters). */
export const MAX_FRAGMENT = 2000;

const LETTERS: Record<ShareKind, string> = { tips: 't', guides: 'g', contacts: 'c' };
const KINDS: Record<string, ShareKind> = { t: 'tips', g: 'guides', c: 'contacts' };

/** The id of every shareable item by its share code, and back. */
export class ShareCodes {
  private readonly byCode = new Map<string, PackItem>();
  private readonly byItem = new Map<string, string>();

  constructor(items: Record<ShareKind, readonly { id: string; shareCode: number }[]>) {
    for (const kind of Object.keys(LETTERS) as ShareKind[]) {
      for (const { id, shareCode } of items[kind]) {
        const code = LETTERS[kind] + shareCode;
        this.byCode.set(code, { kind, id });
        this.byItem.set(`${kind}/${id}`, code);
      }
    }
  }

  codeOf(item: PackItem): string | undefined {
    return this.byItem.get(`${item.kind}/${item.id}`);
  }

  itemOf(code: string): PackItem | undefined {
    return this.byCode.get(code);
  }
}

function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return fromBase64(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
}

/**
 * Removes control characters and hidden format characters such as bidi overrides (which could
 * make a note read backwards), keeping the ZWNJ and ZWJ that Persian and Kurdish need.
 */
export function cleanNote(text: string): string {
  const cleaned = stripFormatCharacters(
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g, ''),
  ).trim();
  return [...cleaned].slice(0, MAX_NOTE).join('');
}

/** The fragment (without `#`) that carries a pack. */
export function encodePack(pack: Pack, codes: ShareCodes): string {
  const items = [...new Set(pack.items.map((item) => codes.codeOf(item)).filter(Boolean))];
  const parts = [String(PACK_VERSION), pack.lang, items.slice(0, MAX_ITEMS).join('')];
  const note = cleanNote(pack.note);
  if (note) parts.push(toBase64Url(new TextEncoder().encode(note)));
  return `pack=${parts.join('.')}`;
}

/**
 * Reads a pack from a link's fragment. Damage of any kind gives `damaged`; items this version of
 * the app does not know are left out and counted, so the reader can be told.
 */
export function decodePack(
  fragment: string | null | undefined,
  codes: ShareCodes,
  languages: readonly string[],
): DecodedPack {
  const damaged = { status: 'damaged' } as const;
  if (typeof fragment !== 'string' || fragment.length > MAX_FRAGMENT) return damaged;
  const match = /^#?pack=([0-9A-Za-z._-]+)$/.exec(fragment.trim());
  if (!match) return damaged;
  const [version, lang, items, note, ...extra] = match[1].split('.');
  if (!/^[1-9]\d{0,3}$/.test(version)) return damaged;
  if (Number(version) > PACK_VERSION) return { status: 'newer' };
  if (items === undefined || extra.length || !/^[a-z]{0,3}$/.test(lang)) return damaged;
  if (!/^(?:[a-z]\d{1,3})*$/.test(items)) return damaged;
  const codesInLink = items.match(/[a-z]\d{1,3}/g) ?? [];
  if (codesInLink.length > MAX_ITEMS) return damaged;

  let text = '';
  if (note !== undefined) {
    if (!/^[A-Za-z0-9_-]+$/.test(note) || note.length % 4 === 1) return damaged;
    try {
      text = cleanNote(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(note)));
    } catch {
      return damaged;
    }
  }

  const known: PackItem[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const code of codesInLink) {
    if (seen.has(code)) continue;
    seen.add(code);
    const item = KINDS[code[0]] ? codes.itemOf(code) : undefined;
    if (item) known.push(item);
    else dropped++;
  }
  if (!known.length && !dropped && !text) return damaged;
  return {
    status: 'ok',
    pack: { lang: languages.includes(lang) ? lang : '', items: known, note: text },
    dropped,
  };
}

/** The address of one item, opening in the given language. `base` is the app's base URL. */
export function itemLink(base: string, item: PackItem, lang: string): string {
  const url = new URL(`${item.kind}/${encodeURIComponent(item.id)}`, base);
  url.searchParams.set('lang', lang);
  return url.href;
}

export function packLink(base: string, pack: Pack, codes: ShareCodes): string {
  const url = new URL('share/pack', base);
  url.hash = encodePack(pack, codes);
  return url.href;
}
