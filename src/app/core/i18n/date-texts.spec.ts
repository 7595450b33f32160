import { PLATFORM_ID, TransferState } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DateTexts, PAGE_DATES } from './date-texts';
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
  (JSON.parse(state.toJson()) as Record<string, unknown>)[PAGE_DATES];

describe('DateTexts', () => {
  it('on the server, writes down every date it formats, in its locale', () => {
    const state = setup('server');
    const dates = TestBed.inject(DateTexts);
    expect(dates.format('2026-11-22', english)).toBe('22 November 2026');
    const inFarsi = dates.format('2026-11-22', farsi);
    expect(dates.format('2018-05', english)).toBe('May 2018');
    expect(carried(state)).toEqual({
      'en-GB|2026-11-22': '22 November 2026',
      [`${farsi.locale}|2026-11-22`]: inFarsi,
      'en-GB|2018-05': 'May 2018',
    });
  });

  it('in the browser, shows the dates the page carries without a formatter', () => {
    const state = setup('browser');
    // Not what the engine would write: only the page can be its source.
    state.set(PAGE_DATES, { 'en-GB|2026-11-22': '22 Nov. 2026 (from the page)' });
    const created = spyOn(Intl, 'DateTimeFormat').and.callThrough();
    const dates = TestBed.inject(DateTexts);
    expect(dates.format('2026-11-22', english)).toBe('22 Nov. 2026 (from the page)');
    expect(created).not.toHaveBeenCalled();
    // Another date, or the same date in another language, is formatted as before.
    expect(dates.format('2026-11-23', english)).toBe('23 November 2026');
    expect(dates.format('2026-11-22', farsi)).not.toContain('from the page');
  });
});
