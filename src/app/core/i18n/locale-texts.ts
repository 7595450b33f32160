import { Injectable, PLATFORM_ID, TransferState, inject, makeStateKey } from '@angular/core';
import { isPlatformServer } from '@angular/common';
import { formatIsoDate } from './date-format';
import { LanguageInfo, languageNamesIn, localeOf } from './languages';

/**
 * What a prerendered page carries, as the server wrote it: `"date|<locale>|<ISO>"` and
 * `"language|<locale>|<code>"` → text.
 */
export const PAGE_TEXTS = makeStateKey<Record<string, string>>('localeTexts');

/**
 * Texts made from the engine's locale data: dates, and the names of languages. The server writes
 * down, in the page's transfer state (`ng-state`), each one it makes: every date of the content,
 * the build's, and the names of the languages the contacts speak, in the page's language
 * (app.config.server.ts). The app started on that page reads them back, for the page and for the
 * content pages the reader opens next in that language.
 *
 * Why: the first `Intl.DateTimeFormat` or `Intl.DisplayNames` a page makes loads that data: one
 * task of 12 to 21 ms in Lighthouse's own runs, about 50 to 85 ms at a cheap phone's speed, after
 * the text was already on screen (docs/prerendering.md, "Texts the page carries"). A text the page
 * did not carry (another language, a note's date, a letter's) is made when drawn.
 */
@Injectable({ providedIn: 'root' })
export class LocaleTexts {
  private readonly onServer = isPlatformServer(inject(PLATFORM_ID));
  private readonly texts: Record<string, string>;

  constructor() {
    const state = inject(TransferState);
    if (this.onServer) {
      const written: Record<string, string> = {};
      state.onSerialize(PAGE_TEXTS, () => written);
      this.texts = written;
    } else {
      this.texts = state.get(PAGE_TEXTS, {});
    }
  }

  /** "2026-11-22" → "22 November 2026" in `language` (see `formatIsoDate`). */
  date(isoDate: string, language: LanguageInfo): string {
    const locale = localeOf(language);
    return this.carried(`date|${locale}|${isoDate}`, () => formatIsoDate(isoDate, locale));
  }

  /** "ar" → "Arabic" in `reader`'s language; the code itself where the engine cannot name it. */
  languageName(code: string, reader: LanguageInfo): string {
    const locale = localeOf(reader);
    return this.carried(
      `language|${locale}|${code}`,
      () => languageNamesIn(locale)?.of(code) ?? code,
    );
  }

  private carried(key: string, make: () => string): string {
    const written = this.texts[key];
    if (written !== undefined) return written;
    const text = make();
    if (this.onServer) this.texts[key] = text;
    return text;
  }
}
