import { TestBed } from '@angular/core/testing';
import {
  TranslateLoader,
  TranslateService,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { of } from 'rxjs';
import { Language } from '../../core/i18n/language';
import en from '../../../../public/i18n/en.json';
import { PluralKeyPipe } from './plural-key-pipe';

class EnglishLoader extends TranslateLoader {
  getTranslation() {
    return of(en);
  }
}

describe('PluralKeyPipe', () => {
  let pipe: PluralKeyPipe;
  let language: Language;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService({ loader: provideTranslateLoader(EnglishLoader) }),
        PluralKeyPipe,
      ],
    });
    pipe = TestBed.inject(PluralKeyPipe);
    language = TestBed.inject(Language);
  });

  afterEach(() => localStorage.removeItem('ds.language'));

  it('says "1 note" and "2 notes" in English', async () => {
    await language.use('en');
    const translate = TestBed.inject(TranslateService);
    const say = (key: string, count: number) =>
      translate.instant(pipe.transform(key, count), { count });
    expect(say('notes.count', 1)).toBe('1 note');
    expect(say('notes.count', 2)).toBe('2 notes');
    expect(say('notes.count', 0)).toBe('0 notes');
    expect(say('share.dropped', 1)).toContain('1 item in this link is not');
  });

  it('picks the form each language needs, and again after a change of language', async () => {
    await language.use('en');
    expect(pipe.transform('notes.count', 2)).toBe('notes.count.other');
    await language.use('ar');
    expect(pipe.transform('notes.count', 2)).toBe('notes.count.two');
    expect(pipe.transform('notes.count', 3)).toBe('notes.count.few');
    await language.use('uk');
    expect(pipe.transform('notes.count', 5)).toBe('notes.count.many');
  });

  it('takes the number as text too, as a select option gives it', async () => {
    await language.use('en');
    expect(pipe.transform('lock.minutes', '1')).toBe('lock.minutes.one');
    expect(pipe.transform('lock.minutes', '15')).toBe('lock.minutes.other');
  });
});
