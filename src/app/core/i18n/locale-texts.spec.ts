import { PLATFORM_ID, TransferState } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocaleTexts, PAGE_TEXTS } from './locale-texts';
import { findLanguage } from './languages';

const english = findLanguage('en')!;
const farsi = findLanguage('fa')!;

function setup(platform: 'browser' | 'server') {
  TestBed.configureTestingModule({
    providers: [{ provide: PLATFORM_ID, useValue: platform }],
  });
  return TestBed.inject(TransferState);
}

/** What the server's page carries, as the browser will read it from `ng-state`. */
const carried = (state: TransferState) =>
  (JSON.parse(state.toJson()) as Record<string, unknown>)[PAGE_TEXTS];

describe('LocaleTexts', () => {
  it('on the server, writes down every date and name it makes, in its locale', () => {
    const state = setup('server');
    const texts = TestBed.inject(LocaleTexts);
    expect(texts.date('2026-11-22', english)).toBe('22 November 2026');
    const inFarsi = texts.date('2026-11-22', farsi);
    expect(texts.date('2018-05', english)).toBe('May 2018');
    expect(texts.languageName('ar', english)).toBe('Arabic');
    expect(carried(state)).toEqual({
      'date|en-GB|2026-11-22': '22 November 2026',
      [`date|${farsi.locale}|2026-11-22`]: inFarsi,
      'date|en-GB|2018-05': 'May 2018',
      'language|en-GB|ar': 'Arabic',
    });
  });

  it('in the browser, shows the dates and names the page carries without making them', () => {
    const state = setup('browser');
    // Not what the engine would write: only the page can be its source.
    state.set(PAGE_TEXTS, {
      'date|en-GB|2026-11-22': '22 Nov. 2026 (from the page)',
      'language|en-GB|ti': 'Tigrinya (from the page)',
    });
    const created = spyOn(Intl, 'DateTimeFormat').and.callThrough();
    const named = spyOn(Intl, 'DisplayNames').and.callThrough();
    const texts = TestBed.inject(LocaleTexts);
    expect(texts.date('2026-11-22', english)).toBe('22 Nov. 2026 (from the page)');
    expect(texts.languageName('ti', english)).toBe('Tigrinya (from the page)');
    expect(created).not.toHaveBeenCalled();
    expect(named).not.toHaveBeenCalled();
    // Another date, or the same date in another language, is formatted as before.
    expect(texts.date('2026-11-23', english)).toBe('23 November 2026');
    expect(texts.date('2026-11-22', farsi)).not.toContain('from the page');
    expect(texts.languageName('so', english)).toBe('Somali');
  });
});
