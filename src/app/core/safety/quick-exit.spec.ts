import { TestBed } from '@angular/core/testing';
import { LocalSettings } from '../settings/local-settings';
import { WINDOW } from '../tokens/browser';
import { LEAVING_ATTRIBUTE } from '../prerender/prerendered-page';
import { EXIT_HOOKS, QuickExit, SHIFT_WINDOW_MS, ShiftCounter } from './quick-exit';

describe('ShiftCounter', () => {
  it('fires on the third press when each follows within the window', () => {
    const counter = new ShiftCounter();
    expect(counter.press(0)).toBeFalse();
    expect(counter.press(SHIFT_WINDOW_MS)).toBeFalse();
    expect(counter.press(2 * SHIFT_WINDOW_MS)).toBeTrue();
  });

  it('starts again after a slow press', () => {
    const counter = new ShiftCounter();
    counter.press(0);
    counter.press(1000);
    expect(counter.press(1000 + SHIFT_WINDOW_MS + 1)).toBeFalse();
    expect(counter.press(1000 + SHIFT_WINDOW_MS + 2)).toBeFalse();
    expect(counter.press(1000 + SHIFT_WINDOW_MS + 3)).toBeTrue();
  });

  it('starts again after a reset (another key in between)', () => {
    const counter = new ShiftCounter();
    counter.press(0);
    counter.press(10);
    counter.reset();
    expect(counter.press(20)).toBeFalse();
  });
});

describe('QuickExit', () => {
  it('blanks the page, runs the hooks, clears the session and replaces the location', () => {
    const replace = jasmine.createSpy('replace');
    const hook = jasmine.createSpy('hook').and.throwError('a broken hook must not stop the exit');
    const session = jasmine.createSpyObj<Storage>('sessionStorage', ['clear']);
    TestBed.configureTestingModule({
      providers: [
        {
          provide: WINDOW,
          useValue: { location: { replace }, sessionStorage: session, localStorage },
        },
        { provide: EXIT_HOOKS, useValue: [hook] },
      ],
    });
    TestBed.inject(LocalSettings).set('exitUrl', 'https://news.example/');
    const quickExit = TestBed.inject(QuickExit);
    quickExit.exit();
    expect(quickExit.leaving()).toBeTrue();
    expect(document.body.classList).toContain('leaving');
    expect(hook).toHaveBeenCalled();
    expect(session.clear).toHaveBeenCalled();
    expect(replace).toHaveBeenCalledOnceWith('https://news.example/');
    document.body.classList.remove('leaving');
    localStorage.removeItem('ds.exitUrl');
  });

  it('counts an Exit tapped before the app started as leaving (index.html, data-leaving)', () => {
    const html = document.documentElement;
    const window = { location: { replace: jasmine.createSpy('replace') }, localStorage };
    TestBed.configureTestingModule({ providers: [{ provide: WINDOW, useValue: window }] });
    html.setAttribute(LEAVING_ATTRIBUTE, '');
    try {
      expect(TestBed.inject(QuickExit).leaving()).toBeTrue();
    } finally {
      html.removeAttribute(LEAVING_ATTRIBUTE);
    }
  });

  it('is not leaving otherwise', () => {
    TestBed.configureTestingModule({
      providers: [{ provide: WINDOW, useValue: { location: {}, localStorage } }],
    });
    expect(TestBed.inject(QuickExit).leaving()).toBeFalse();
  });

  it('hears of an Exit tapped while the app was on its way (the ds-leaving event)', () => {
    TestBed.configureTestingModule({
      providers: [{ provide: WINDOW, useValue: { location: {}, localStorage } }],
    });
    const quickExit = TestBed.inject(QuickExit);
    expect(quickExit.leaving()).toBeFalse();
    document.dispatchEvent(new Event('ds-leaving'));
    expect(quickExit.leaving()).toBeTrue();
  });
});
