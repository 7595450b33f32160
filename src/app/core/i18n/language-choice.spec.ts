import { chooseLanguage, matchShipped } from './language-choice';
import { LANGUAGES, LanguageInfo } from './languages';

// The shipped registry plus one language it does not ship, so the order rules have a choice.
const shipped: readonly LanguageInfo[] = [
  ...LANGUAGES,
  { code: 'ug', nativeName: 'ئۇيغۇرچە', englishName: 'Uyghur', dir: 'rtl', script: 'Arab' },
];

describe('matchShipped', () => {
  const cases: [string | null | undefined, string | undefined][] = [
    ['ar', 'ar'],
    ['AR', 'ar'],
    ['ar-EG', 'ar'],
    ['ar_EG', 'ar'],
    [' ug ', 'ug'],
    ['en-GB', 'en'],
    ['de', undefined],
    ['', undefined],
    [null, undefined],
    ['<script>', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`maps ${JSON.stringify(tag)} to ${expected}`, () => {
      expect(matchShipped(tag, shipped)).toBe(expected);
    });
  }
});

describe('chooseLanguage', () => {
  it('prefers the link over the stored choice and the phone', () => {
    expect(chooseLanguage({ query: 'ug', stored: 'ar', preferred: ['en'] }, shipped)).toBe('ug');
  });

  it('uses the stored choice when the link names no shipped language', () => {
    expect(chooseLanguage({ query: 'xx', stored: 'ar', preferred: ['ug'] }, shipped)).toBe('ar');
  });

  it("walks the phone's languages in order and takes the first shipped one", () => {
    expect(chooseLanguage({ preferred: ['de-DE', 'ug-CN', 'ar'] }, shipped)).toBe('ug');
  });

  it('falls back to English when nothing matches', () => {
    expect(chooseLanguage({ query: null, stored: null, preferred: ['de', 'pl'] }, shipped)).toBe(
      'en',
    );
    expect(chooseLanguage({}, shipped)).toBe('en');
  });

  it('ships English and Arabic with the right directions', () => {
    expect(LANGUAGES.find((l) => l.code === 'en')?.dir).toBe('ltr');
    expect(LANGUAGES.find((l) => l.code === 'ar')?.dir).toBe('rtl');
    expect(new Set(LANGUAGES.map((l) => l.code)).size).toBe(LANGUAGES.length);
  });
});
