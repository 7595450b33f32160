import { DEFAULT_LANGUAGE, LanguageInfo } from './languages';

export interface LanguageSignals {
  /** `?lang=` from the address the user opened. */
  readonly query?: string | null;
  /** The language the user chose before, kept on this device. */
  readonly stored?: string | null;
  /** The phone's preferred languages, best first (`navigator.languages`). */
  readonly preferred?: readonly string[];
}

/** Matches `ar`, `AR`, `ar-EG` and `ar_EG` to the shipped code `ar`. */
export function matchShipped(
  tag: string | null | undefined,
  shipped: readonly LanguageInfo[],
): string | undefined {
  if (!tag) return undefined;
  const normalised = tag.trim().toLowerCase().replace('_', '-');
  const exact = shipped.find((language) => language.code.toLowerCase() === normalised);
  if (exact) return exact.code;
  const primary = normalised.split('-')[0];
  return shipped.find((language) => language.code.toLowerCase() === primary)?.code;
}

/**
 * The link's language wins (an adviser chose it for the reader), then the reader's own earlier
 * choice, then the phone's languages in order, then English.
 */
export function chooseLanguage(signals: LanguageSignals, shipped: readonly LanguageInfo[]): string {
  return (
    matchShipped(signals.query, shipped) ??
    matchShipped(signals.stored, shipped) ??
    (signals.preferred ?? []).map((tag) => matchShipped(tag, shipped)).find(Boolean) ??
    DEFAULT_LANGUAGE
  );
}
