import { findLanguage, languageName, languageNamesIn } from './languages';

describe('language names', () => {
  it('keeps one Intl.DisplayNames per locale', () => {
    const first = languageNamesIn('ar');
    expect(first).not.toBeNull();
    expect(languageNamesIn('ar')).toBe(first);
    expect(languageNamesIn('fr')).not.toBe(first);
  });

  it('answers null, not an error, for a locale the engine refuses', () => {
    expect(languageNamesIn('not a locale!')).toBeNull();
  });

  it("names a language in the reader's language, English by the names readers here know", () => {
    const farsi = findLanguage('fa')!;
    expect(languageName(farsi, findLanguage('en')!)).toBe(farsi.englishName);
    expect(languageName(findLanguage('fr')!, findLanguage('ar')!)).toBe('الفرنسية');
  });

  it('falls back to the language’s own name where the reader’s locale cannot name it', () => {
    const urdu = findLanguage('ur')!;
    const unknownReader = { ...findLanguage('fr')!, code: 'not a locale!', locale: undefined };
    expect(languageName(urdu, unknownReader)).toBe(urdu.nativeName);
  });
});
