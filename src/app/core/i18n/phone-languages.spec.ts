import { PhoneLanguageSource, phoneLanguages } from './phone-languages';

describe('phoneLanguages', () => {
  const phone = (navigator: PhoneLanguageSource['navigator']): PhoneLanguageSource => ({
    navigator,
  });

  it("keeps the phone's own order, best first", () => {
    expect(
      phoneLanguages(phone({ languages: ['fa-IR', 'en-GB', 'ar'], language: 'fa-IR' })),
    ).toEqual(['fa-IR', 'en-GB', 'ar']);
  });

  it('falls back to navigator.language where there is no list', () => {
    expect(phoneLanguages(phone({ language: 'ti-ER' }))).toEqual(['ti-ER']);
  });

  it('falls back to navigator.language where the list is empty', () => {
    expect(phoneLanguages(phone({ languages: [], language: 'ps-AF' }))).toEqual(['ps-AF']);
  });

  it('gives none, rather than a blank tag, when the phone names no language', () => {
    expect(phoneLanguages(phone({ languages: [], language: '' }))).toEqual([]);
    expect(phoneLanguages(phone({}))).toEqual([]);
    expect(phoneLanguages(phone({ languages: ['', ' ', 'uk'] }))).toEqual(['uk']);
  });

  it("reads this browser's own navigator", () => {
    expect(phoneLanguages(window)).toEqual(
      navigator.languages.length ? [...navigator.languages] : [navigator.language],
    );
  });
});
