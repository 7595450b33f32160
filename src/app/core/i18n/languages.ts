/**
 * How far a language's texts can be trusted; readers of machine-assisted text see a quiet note.
 * The one source is `meta.translation` in `public/i18n/<code>.json`, read by the Language service.
 */
export type TranslationStatus = 'original' | 'machine-assisted' | 'reviewed';

export interface LanguageInfo {
  /** BCP 47 code, also the name of the files in public/i18n/. */
  readonly code: string;
  /** The language's name in its own script, as its readers know it. */
  readonly nativeName: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * For dates and numbers, when it differs from `code`: British English dates (22 November), and
   * the Gregorian calendar of UK letters where a locale would default to another (Farsi, Pashto).
   */
  readonly locale?: string;
}

/**
 * Every language the app ships. Adding one is a data change: a row here and
 * `public/i18n/<code>.json`, which also holds its `meta.translation` status (README, "Adding a
 * language").
 */
export const LANGUAGES: readonly LanguageInfo[] = [
  {
    code: 'en',
    nativeName: 'English',
    dir: 'ltr',
    locale: 'en-GB',
  },
  {
    code: 'ar',
    locale: 'ar-u-ca-gregory',
    nativeName: 'العربية',
    dir: 'rtl',
  },
  {
    code: 'fa',
    locale: 'fa-u-ca-gregory',
    nativeName: 'فارسی',
    dir: 'rtl',
  },
  {
    code: 'ps',
    locale: 'ps-u-ca-gregory',
    nativeName: 'پښتو',
    dir: 'rtl',
  },
  {
    code: 'ckb',
    locale: 'ckb-u-ca-gregory',
    nativeName: 'کوردیی سۆرانی',
    dir: 'rtl',
  },
  {
    code: 'ti',
    nativeName: 'ትግርኛ',
    dir: 'ltr',
  },
  {
    code: 'uk',
    nativeName: 'Українська',
    dir: 'ltr',
  },
  {
    code: 'fr',
    nativeName: 'Français',
    dir: 'ltr',
  },
];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string | null | undefined): LanguageInfo | undefined {
  return code ? LANGUAGES.find((language) => language.code === code) : undefined;
}
