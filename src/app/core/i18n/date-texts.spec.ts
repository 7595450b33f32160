import { ChangeDetectionStrategy, Component, PLATFORM_ID, TransferState } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  TranslateLoader,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { of } from 'rxjs';
import { DateTexts, PAGE_DATES, injectDatesDrawnLater } from './date-texts';
import { Language } from './language';
import { findLanguage } from './languages';

class EmptyLoader extends TranslateLoader {
  getTranslation() {
    return of({});
  }
}

const english = findLanguage('en')!;
const farsi = findLanguage('fa')!;

/** A page whose foot, drawn only once adopted, shows these dates. */
@Component({
  selector: 'app-dated-foot',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DatedFoot {
  constructor() {
    injectDatesDrawnLater(() => ['2026-11-22', undefined, '2018-05']);
  }
}

function setup(platform: 'browser' | 'server') {
  TestBed.configureTestingModule({
    providers: [
      provideTranslateService({ loader: provideTranslateLoader(EmptyLoader) }),
      { provide: PLATFORM_ID, useValue: platform },
    ],
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
    expect(carried(state)).toEqual({
      'en-GB|2026-11-22': '22 November 2026',
      [`${farsi.locale}|2026-11-22`]: inFarsi,
    });
  });

  it('on the server, carries the dates a page draws only once adopted', async () => {
    const state = setup('server');
    await TestBed.inject(Language).use('en', { remember: false });
    const fixture = TestBed.createComponent(DatedFoot);
    await fixture.whenStable();
    expect(carried(state)).toEqual({
      'en-GB|2026-11-22': '22 November 2026',
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

  it('in the browser, carries nothing for a page drawn later', async () => {
    const state = setup('browser');
    const fixture = TestBed.createComponent(DatedFoot);
    await fixture.whenStable();
    expect(carried(state)).toBeUndefined();
  });
});
