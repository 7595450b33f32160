import { TestBed } from '@angular/core/testing';
import {
  TranslateLoader,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { of } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { LocalDatePipe } from './local-date-pipe';

class EmptyLoader extends TranslateLoader {
  getTranslation() {
    return of({});
  }
}

describe('LocalDatePipe', () => {
  let pipe: LocalDatePipe;
  let language: Language;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService({ loader: provideTranslateLoader(EmptyLoader) }),
        LocalDatePipe,
      ],
    });
    pipe = TestBed.inject(LocalDatePipe);
    language = TestBed.inject(Language);
  });

  afterEach(() => localStorage.removeItem('ds.language'));

  it('writes British dates in English, and month-only or year-only dates as given', async () => {
    await language.use('en');
    expect(pipe.transform('2026-11-22')).toBe('22 November 2026');
    expect(pipe.transform('2018-05')).toBe('May 2018');
    expect(pipe.transform('2015')).toBe('2015');
  });

  it('keeps the Gregorian calendar of UK letters in Farsi and Pashto', async () => {
    await language.use('fa');
    expect(pipe.transform('2026-11-22')).toContain('نوامبر');
    await language.use('ps');
    expect(pipe.transform('2026-11-22')).not.toContain('۱۴۰۵');
  });
});
