import languageRows from './languages.json';

/**
 * How far a language's texts can be trusted; readers of machine-assisted text see a quiet note.
 * The one source is `meta.translation` in `public/i18n/<code>.json`, read by the Language service.
 */
export type TranslationStatus = 'original' | 'machine-assisted' | 'reviewed';

/**
 * The writing systems the app has a font rule for (ISO 15924). `<html data-script>` picks the
 * self-hosted face in src/styles.css, so a second language in a script needs no CSS.
 */
export type Script = 'Latn' | 'Cyrl' | 'Arab' | 'Aran' | 'Ethi' | 'Beng';

export interface LanguageInfo {
  /** BCP 47 code, also the name of the files in public/i18n/, public/content/ and public/letters/. */
  readonly code: string;
  /** The language's name in its own script, as its readers know it. */
  readonly nativeName: string;
  /** For the picker's search and for messages: "Farsi is not on this phone yet". */
  readonly englishName: string;
  readonly dir: 'ltr' | 'rtl';
  /** Arab is Naskh; Aran is Nastaliq, the way Urdu readers expect their script drawn. */
  readonly script: Script;
  /**
   * For dates and numbers, when it differs from `code`: British English dates (22 November), and
   * the Gregorian calendar of UK letters where a locale would default to another (Farsi, Pashto).
   */
  readonly locale?: string;
}

/** The locale the engine writes `language`'s dates, numbers and plurals in (see `locale`). */
export function localeOf(language: LanguageInfo): string {
  return language.locale ?? language.code;
}

/**
 * Every language the app ships, in the order the picker lists them. Adding one is a data change:
 * a row in languages.json and the language's three files (docs/architecture.md, "Add a
 * language"); scripts/languages-validation.mjs checks that rows and files agree.
 */
export const LANGUAGES: readonly LanguageInfo[] = languageRows as readonly LanguageInfo[];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string | null | undefined): LanguageInfo | undefined {
  return code ? LANGUAGES.find((language) => language.code === code) : undefined;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * One `Intl.DisplayNames` per locale, kept: creating one costs far more than asking it, and the
 * contacts page built one per card, a sixth of its first load at a cheap phone's speed. `null`
 * where the engine has none or refuses the tag; a well-formed locale it lacks falls back to the
 * engine's default language, as `Intl` always does.
 */
export function languageNamesIn(locale: string): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      // An engine without Intl.DisplayNames, or a malformed tag.
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale)!;
}

/**
 * A language's name in the reader's language ("الأردية" for Urdu when the app is in Arabic), for
 * sentences such as "Farsi is not on this phone yet". English uses the names that readers here
 * know (Farsi, not Persian); where the phone cannot name it, its own name.
 */
export function languageName(language: LanguageInfo, reader: LanguageInfo): string {
  if (reader.code === DEFAULT_LANGUAGE) return language.englishName;
  const name = languageNamesIn(localeOf(reader))?.of(language.code);
  return name && name !== language.code ? name : language.nativeName;
}
