/** The part of the browser window `phoneLanguages` reads, so a spec can hand in a plain object. */
export interface PhoneLanguageSource {
  readonly navigator: {
    readonly languages?: readonly string[];
    readonly language?: string;
  };
}

/**
 * The languages the phone is set to, best first, as the browser names them (`ar-SY`, `en`): the
 * one way the app reads them, for the first language it opens in (Language) and for the order of
 * the language picker. An engine without `navigator.languages`, or with an empty list, still has
 * `navigator.language`; blank tags are dropped.
 */
export function phoneLanguages(window: PhoneLanguageSource): readonly string[] {
  const { languages, language } = window.navigator;
  const tags = languages?.length ? languages : [language];
  return tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '');
}
