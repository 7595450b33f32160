import { PLATFORM_ID } from '@angular/core';
import { PlatformLocation } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import {
  TranslateLoader,
  TranslateService,
  TranslationObject,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { Observable, firstValueFrom, from, of, throwError } from 'rxjs';
import { WINDOW } from '../tokens/browser';
import { Language } from './language';
import { StaticJsonError } from '../static-json/static-json';

/** Serves translations from memory; `broken` languages fail like a file that cannot load. */
class MemoryLoader extends TranslateLoader {
  static broken = new Set<string>();
  /** Languages whose file the server answers with an error (HTTP 503). */
  static serverError = new Set<string>();
  /** Files that answer only once their gate opens (a slow link). */
  static gates: Record<string, Promise<void>> = {};
  /** Every language asked for, in order. */
  static asked: string[] = [];
  /** `meta.translation` of each file, as public/i18n/<lang>.json says it. */
  static status: Record<string, string> = {};
  getTranslation(lang: string): Observable<TranslationObject> {
    MemoryLoader.asked.push(lang);
    const gate = MemoryLoader.gates[lang];
    if (gate) return from(gate.then(() => firstValueFrom(this.answer(lang))));
    return this.answer(lang);
  }

  private answer(lang: string): Observable<TranslationObject> {
    if (MemoryLoader.broken.has(lang)) return throwError(() => new Error(`no ${lang}`));
    if (MemoryLoader.serverError.has(lang))
      return throwError(() => new StaticJsonError(`i18n/${lang}.json`, 503));
    const meta = { translation: MemoryLoader.status[lang] ?? 'machine-assisted' };
    return of({ greeting: lang === 'ar' ? 'مرحبا' : 'Hello', meta });
  }
}

describe('Language', () => {
  const STORAGE_KEY = 'ds.language';

  function setup(
    search: string,
    languages: string[],
    language = languages[0],
    { requestIdleCallback = undefined as unknown } = {},
  ) {
    const fakeWindow = {
      location: { search },
      navigator: { languages, language },
      localStorage: window.localStorage,
      requestIdleCallback,
    } as unknown as Window;
    TestBed.configureTestingModule({
      providers: [
        provideTranslateService({ loader: provideTranslateLoader(MemoryLoader) }),
        { provide: WINDOW, useValue: fakeWindow },
      ],
    });
    return { language: TestBed.inject(Language), translate: TestBed.inject(TranslateService) };
  }

  /** Opens `?lang=ar` with Arabic's file failing, as on a bad link or a broken server. */
  async function startWithArabicFailing(fault: 'connection' | 'server' = 'connection') {
    (fault === 'server' ? MemoryLoader.serverError : MemoryLoader.broken).add('ar');
    spyOn(console, 'warn');
    spyOn(console, 'error');
    const opened = setup('?lang=ar', []);
    await opened.language.start();
    return opened;
  }

  afterEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    MemoryLoader.broken.clear();
    MemoryLoader.serverError.clear();
    MemoryLoader.gates = {};
    MemoryLoader.asked = [];
    MemoryLoader.status = {};
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  });

  it('opens in the language of ?lang= and remembers it', async () => {
    const { language, translate } = setup('?lang=ar', ['en-GB']);
    await language.start();
    expect(language.current().code).toBe('ar');
    expect(language.dir()).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(translate.instant('greeting')).toBe('مرحبا');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('ar');
  });

  it('readies a date formatter when idle, unless it adopts a page drawn with its dates', async () => {
    const drawing = jasmine.createSpy('requestIdleCallback');
    await setup('', ['fa'], 'fa', { requestIdleCallback: drawing }).language.start();
    expect(drawing).toHaveBeenCalledOnceWith(jasmine.any(Function), jasmine.any(Object));
    TestBed.resetTestingModule();

    const adopting = jasmine.createSpy('requestIdleCallback');
    const { language } = setup('', ['fa'], 'fa', { requestIdleCallback: adopting });
    await language.start(undefined, { adoptsPage: true });
    expect(adopting).not.toHaveBeenCalled();
    // A language chosen later redraws the page, in dates the page did not carry.
    await language.use('ar');
    expect(adopting).toHaveBeenCalledTimes(1);
  });

  it("follows the phone's language without storing it as a choice", async () => {
    const { language } = setup('', ['ar-SY', 'en']);
    await language.start();
    expect(language.current().code).toBe('ar');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('follows navigator.language on a phone whose language list is empty', async () => {
    const { language } = setup('', [], 'ar-EG');
    await language.start();
    expect(language.current().code).toBe('ar');
  });

  it('keeps the stored choice over the phone', async () => {
    localStorage.setItem(STORAGE_KEY, 'en');
    const { language } = setup('', ['ar']);
    await language.start();
    expect(language.current().code).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('switches back to left-to-right and stores the new choice', async () => {
    const { language } = setup('?lang=ar', []);
    await language.start();
    await language.use('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('en');
  });

  it('falls back to English when a language file cannot load', async () => {
    const { language, translate } = await startWithArabicFailing();
    expect(language.current().code).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(translate.instant('greeting')).toBe('Hello');
    expect(console.error).toHaveBeenCalled();
    // The reader is told which language failed, and why as far as the app knows.
    expect(language.notLoaded()?.language.code).toBe('ar');
    expect(language.notLoaded()?.serverFault).toBeFalse();
    // The choice is kept, not overwritten by English: the next open tries Arabic again.
    expect(localStorage.getItem(STORAGE_KEY)).toBe('ar');
  });

  it('says when the server, not the connection, failed', async () => {
    const { language } = await startWithArabicFailing('server');
    expect(language.current().code).toBe('en');
    expect(language.notLoaded()?.serverFault).toBeTrue();
  });

  it('stays in the language on screen when another fails to load', async () => {
    spyOn(console, 'warn');
    spyOn(console, 'error');
    const { language, translate } = setup('?lang=fr', []);
    await language.start();
    MemoryLoader.broken.add('ar');
    await language.use('ar');
    expect(language.current().code).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(translate.getCurrentLang()).toBe('fr');
    expect(language.notLoaded()?.language.code).toBe('ar');
  });

  it('tries a failed language again, and clears the notice once it loads', async () => {
    const { language, translate } = await startWithArabicFailing();
    const asked = MemoryLoader.asked.filter((code) => code === 'ar').length;
    const retried = language.retry();
    expect(language.retrying()).toBeTrue();
    await retried;
    expect(language.retrying()).toBeFalse();
    expect(MemoryLoader.asked.filter((code) => code === 'ar').length).toBe(asked + 1);
    expect(language.notLoaded()?.language.code).withContext('still failing').toBe('ar');
    expect(language.current().code).toBe('en');
    expect(language.failedBefore('ar')).toBeTrue();

    MemoryLoader.broken.clear();
    await language.retry();
    expect(language.notLoaded()).toBeNull();
    expect(language.current().code).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(translate.instant('greeting')).toBe('مرحبا');
    expect(language.failedBefore('ar')).toBeFalse();
  });

  it("switches texts and labels together, once the file and the script's font are here", async () => {
    const { language, translate } = setup('?lang=fr', []);
    await language.start();
    let fontIn!: () => void;
    spyOn(document.fonts, 'load').and.returnValue(
      new Promise<FontFace[]>((resolve) => (fontIn = () => resolve([]))),
    );
    const switching = language.use('ar');
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The file is here; the font is not: nothing has changed yet.
    expect(translate.getCurrentLang()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    fontIn();
    await switching;
    expect(translate.getCurrentLang()).toBe('ar');
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual(['ar', 'rtl']);
  });

  for (const arabic of ['fails', 'loads'] as const) {
    it(`leaves the page labelled as it is while a file that ${arabic} is loading`, async () => {
      spyOn(console, 'warn');
      spyOn(console, 'error');
      const { language } = setup('?lang=fr', []);
      await language.start();
      let open!: () => void;
      MemoryLoader.gates['ar'] = new Promise<void>((resolve) => (open = resolve));
      if (arabic === 'fails') MemoryLoader.broken.add('ar');
      const switching = language.use('ar');
      await new Promise((resolve) => setTimeout(resolve));
      const html = document.documentElement;
      expect([html.lang, html.dir, html.getAttribute('data-script')]).toEqual([
        'fr',
        'ltr',
        'Latn',
      ]);
      open();
      await switching;
      const after = arabic === 'loads' ? ['ar', 'rtl', 'Arab'] : ['fr', 'ltr', 'Latn'];
      expect([html.lang, html.dir, html.getAttribute('data-script')]).toEqual(after);
    });
  }

  for (const arabic of ['fails', 'loads'] as const) {
    it(`lets the later of two choices win when the earlier one ${arabic} last`, async () => {
      spyOn(console, 'warn');
      spyOn(console, 'error');
      const { language, translate } = setup('', []);
      await language.start();
      let open!: () => void;
      MemoryLoader.gates['ar'] = new Promise<void>((resolve) => (open = resolve));
      if (arabic === 'fails') MemoryLoader.broken.add('ar');
      const first = language.use('ar');
      await language.use('fr');
      open();
      await first;
      expect(language.current().code).toBe('fr');
      expect(translate.getCurrentLang()).toBe('fr');
      expect(document.documentElement.lang).toBe('fr');
      expect(document.documentElement.dir).toBe('ltr');
      expect(localStorage.getItem(STORAGE_KEY)).toBe('fr');
      expect(language.notLoaded()).toBeNull();
    });
  }

  it('keeps the language on screen, and the choice, when the reader dismisses the notice', async () => {
    const { language } = await startWithArabicFailing();
    language.dismissNotLoaded();
    expect(language.notLoaded()).toBeNull();
    // A link that names Arabic again does not bring the notice back (app.ts).
    expect(language.failedBefore('ar')).toBeTrue();
    expect(language.current().code).toBe('en');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('ar');
  });

  it('treats an unknown code as English', async () => {
    const { language } = setup('', []);
    await language.use('xx');
    expect(language.current().code).toBe('en');
  });

  it('takes the translation status from the language file itself', async () => {
    MemoryLoader.status = { en: 'original', ar: 'machine-assisted' };
    const { language } = setup('?lang=ar', []);
    await language.start();
    expect(language.translation()).toBe('machine-assisted');
    await language.use('en');
    expect(language.translation()).toBe('original');
  });

  it('drops the machine-assisted note once the file says "reviewed"', async () => {
    MemoryLoader.status = { ar: 'reviewed' };
    const { language } = setup('?lang=ar', []);
    await language.start();
    expect(language.current().code).toBe('ar');
    expect(language.translation()).toBe('reviewed');
  });

  it('treats a file without a valid status as machine-assisted', async () => {
    MemoryLoader.status = { ar: 'guessed' };
    const { language } = setup('?lang=ar', []);
    await language.start();
    expect(language.translation()).toBe('machine-assisted');
  });

  describe('on the server, building a page per language', () => {
    /** A server render of an address whose query is `search`; the phone and storage say Farsi. */
    function onServer(search: string) {
      localStorage.setItem(STORAGE_KEY, 'fa');
      TestBed.configureTestingModule({
        providers: [
          provideTranslateService({ loader: provideTranslateLoader(MemoryLoader) }),
          { provide: PLATFORM_ID, useValue: 'server' },
          { provide: PlatformLocation, useValue: { search } },
          {
            provide: WINDOW,
            useValue: { location: { search: '' }, navigator: { languages: ['fa'] } },
          },
        ],
      });
      return TestBed.inject(Language);
    }

    it('speaks the language of the address it renders, and remembers nothing', () => {
      expect(onServer('?lang=ar').firstChoice()).toEqual({ code: 'ar', remember: false });
      expect(localStorage.getItem(STORAGE_KEY)).toBe('fa');
    });

    it('renders English for an address without a shipped language', () => {
      expect(onServer('').firstChoice()).toEqual({ code: 'en', remember: false });
      TestBed.resetTestingModule();
      expect(onServer('?lang=de').firstChoice()).toEqual({ code: 'en', remember: false });
    });
  });
});
