/** How far a language's texts can be trusted; shown quietly to readers of machine-assisted text. */
export type TranslationStatus = 'original' | 'machine-assisted' | 'reviewed';

export interface LanguageInfo {
  /** BCP 47 code, also the name of the files in public/i18n/. */
  readonly code: string;
  /** The language's name in its own script, as its readers know it. */
  readonly nativeName: string;
  readonly dir: 'ltr' | 'rtl';
  readonly translation: TranslationStatus;
  /**
   * For dates and numbers, when it differs from `code`: British English dates (22 November), and
   * the Gregorian calendar of UK letters where a locale would default to another (Farsi, Pashto).
   */
  readonly locale?: string;
}

/**
 * Every language the app ships. Adding one is a data change: a row here and
 * `public/i18n/<code>.json` (see README, "Adding a language").
 */
export const LANGUAGES: readonly LanguageInfo[] = [
  {
    code: 'en',
    nativeName: 'English',
    dir: 'ltr',
    translation: 'original',
    locale: 'en-GB',
  },
  {
    code: 'ar',
    locale: 'ar-u-ca-gregory',
    nativeName: 'العربية',
    dir: 'rtl',
    translation: 'machine-assisted',
  },
  {
    code: 'fa',
    locale: 'fa-u-ca-gregory',
    nativeName: 'فارسی',
    dir: 'rtl',
    translation: 'machine-assisted',
  },
  {
    code: 'ps',
    locale: 'ps-u-ca-gregory',
    nativeName: 'پښتو',
    dir: 'rtl',
    translation: 'machine-assisted',
  },
  {
    code: 'ckb',
    locale: 'ckb-u-ca-gregory',
    nativeName: 'کوردیی سۆرانی',
    dir: 'rtl',
    translation: 'machine-assisted',
  },
  {
    code: 'ti',
    nativeName: 'ትግርኛ',
    dir: 'ltr',
    translation: 'machine-assisted',
  },
  {
    code: 'uk',
    nativeName: 'Українська',
    dir: 'ltr',
    translation: 'machine-assisted',
  },
  {
    code: 'fr',
    nativeName: 'Français',
    dir: 'ltr',
    translation: 'machine-assisted',
  },
];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string | null | undefined): LanguageInfo | undefined {
  return code ? LANGUAGES.find((language) => language.code === code) : undefined;
}
