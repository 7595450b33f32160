import { stripFormatCharacters } from './format-characters';

describe('stripFormatCharacters', () => {
  it('removes bidi marks, embeddings, overrides and isolates', () => {
    const hidden = '\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(stripFormatCharacters(`a${hidden}b`)).toBe('ab');
  });

  it('removes zero-width space, word joiner, byte-order mark and soft hyphen', () => {
    expect(stripFormatCharacters('con\u200Btact\u2060 \uFEFFhelp\u00ADline')).toBe(
      'contact helpline',
    );
  });

  it('removes tag characters, which can smuggle a hidden message', () => {
    const hidden = [...'call me'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0)));
    expect(stripFormatCharacters(`note\u{E0001}${hidden.join('')}\u{E007F}`)).toBe('note');
  });

  it('keeps ZWNJ and ZWJ, which Persian, Kurdish, Urdu and Bengali spelling needs', () => {
    const persian = 'می\u200Cخواهم'; // "I want", with the ZWNJ after the prefix
    const bengali = 'ক্\u200Dষ';
    expect(stripFormatCharacters(persian)).toBe(persian);
    expect(stripFormatCharacters(bengali)).toBe(bengali);
  });

  it('keeps emoji: ZWJ sequences and the England, Scotland and Wales flags', () => {
    const family = '👩\u200D👧';
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(stripFormatCharacters(`${family} ${scotland}`)).toBe(`${family} ${scotland}`);
  });

  it('keeps the visible Arabic number sign and ordinary text, line breaks included', () => {
    const text = '\u0600١٢ Home Office\nسلام';
    expect(stripFormatCharacters(text)).toBe(text);
  });
});
