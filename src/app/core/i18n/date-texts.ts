import { Injectable, PLATFORM_ID, TransferState, inject, makeStateKey } from '@angular/core';
import { isPlatformServer } from '@angular/common';
import { formatIsoDate } from './date-format';
import { LanguageInfo } from './languages';

/** The dates a prerendered page carries, as the server wrote them: `"<locale>|<ISO>"` → text. */
export const PAGE_DATES = makeStateKey<Record<string, string>>('pageDates');

const localeOf = (language: LanguageInfo) => language.locale ?? language.code;

/**
 * Dates as the reader sees them. The server writes down, in the page's transfer state
 * (`ng-state`), each date it formats: every date of the content and the build's, in the page's
 * language (app.config.server.ts). The app started on that page reads them back, for the page and
 * for the content pages the reader opens next in that language.
 *
 * Why: formatting a date needs the engine's locale data, and the first formatter of a page cost
 * one task of 12 to 21 ms in Lighthouse's own runs, about 50 to 85 ms at a cheap phone's speed, on
 * every page, after the text was already on screen (docs/prerendering.md, "Dates the page
 * carries"). A date the page did not carry (another language, a note, a letter) is formatted
 * when drawn.
 */
@Injectable({ providedIn: 'root' })
export class DateTexts {
  private readonly onServer = isPlatformServer(inject(PLATFORM_ID));
  private readonly texts: Record<string, string>;

  constructor() {
    const state = inject(TransferState);
    if (this.onServer) {
      const written: Record<string, string> = {};
      state.onSerialize(PAGE_DATES, () => written);
      this.texts = written;
    } else {
      this.texts = { ...state.get(PAGE_DATES, {}) };
    }
  }

  /** "2026-11-22" → "22 November 2026" in `language` (see `formatIsoDate`). */
  format(isoDate: string, language: LanguageInfo): string {
    const locale = localeOf(language);
    const key = `${locale}|${isoDate}`;
    const written = this.texts[key];
    if (written !== undefined) return written;
    const text = formatIsoDate(isoDate, locale);
    if (this.onServer) this.texts[key] = text;
    return text;
  }
}
