import { TestBed } from '@angular/core/testing';
import { until } from '../../../testing/until';
import { QuickExit } from '../safety/quick-exit';
import { WipeGuard } from '../safety/wipe-guard';
import { WINDOW } from '../tokens/browser';
import {
  GuardedReload,
  RELOAD_DELAY_MS,
  RELOAD_GUARD_KEY,
  RELOAD_GUARD_WINDOW_MS,
  shouldReload,
} from './guarded-reload';

describe('shouldReload', () => {
  const now = 1_700_000_000_000;
  const cases: [string, number | null, boolean][] = [
    ['never tried', null, true],
    ['tried a second ago', now - 1000, false],
    ['tried just inside the window', now - RELOAD_GUARD_WINDOW_MS + 1, false],
    ['tried a window ago', now - RELOAD_GUARD_WINDOW_MS, true],
    ['tried an hour ago', now - 3_600_000, true],
    ['clock went backwards', now + 5000, true],
  ];
  for (const [label, last, expected] of cases) {
    it(`${expected ? 'reloads' : 'gives up'} when ${label}`, () => {
      expect(shouldReload(last, now)).toBe(expected);
    });
  }
});

describe('GuardedReload', () => {
  let reload: jasmine.Spy;

  let events: EventTarget;
  /** The reload the guard has waiting, when `create` was asked to hold it. */
  let waiting: (() => void) | undefined;

  let fetch: jasmine.Spy;

  /** By default a page the worker controls, so a reload needs no word from the server. */
  function create(
    navigator: { onLine: boolean; serviceWorker?: { controller: object | null } } = {
      onLine: true,
      serviceWorker: { controller: {} },
    },
    { holdTimer = false, serverAnswers = true } = {},
  ): GuardedReload {
    reload = jasmine.createSpy('reload');
    fetch = serverAnswers
      ? jasmine.createSpy('fetch').and.resolveTo(new Response(null, { status: 200 }))
      : jasmine.createSpy('fetch').and.rejectWith(new TypeError('Failed to fetch'));
    events = new EventTarget();
    waiting = undefined;
    const fakeWindow = {
      navigator,
      location: { reload, replace: jasmine.createSpy('replace') },
      // The guard's own record in the page's storage; quick exit's clear() on a stand-in.
      sessionStorage: Object.assign(Object.create(window.sessionStorage), {
        getItem: (key: string) => window.sessionStorage.getItem(key),
        setItem: (key: string, value: string) => window.sessionStorage.setItem(key, value),
        removeItem: (key: string) => window.sessionStorage.removeItem(key),
        clear: () => undefined,
      }),
      localStorage: window.localStorage,
      addEventListener: events.addEventListener.bind(events),
      fetch,
      setTimeout: (fn: () => void) => (holdTimer ? (waiting = fn) : fn()),
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: WINDOW, useValue: fakeWindow },
        { provide: RELOAD_DELAY_MS, useValue: 0 },
      ],
    });
    return TestBed.inject(GuardedReload);
  }

  const title = document.title;
  afterEach(() => {
    sessionStorage.removeItem(RELOAD_GUARD_KEY);
    // Quick exit hides the page and blanks its title: give the test page back.
    document.body.classList.remove('leaving');
    document.title = title;
  });

  it('reloads once and says why', () => {
    const guard = create();
    expect(guard.reload('chunk')).toBeTrue();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(guard.notice()).toEqual({ reason: 'chunk', reloading: true });
    expect(Number(sessionStorage.getItem(RELOAD_GUARD_KEY))).toBeGreaterThan(0);
  });

  it('offline with no worker in charge, says so instead of reloading into an error page', () => {
    const guard = create({ onLine: false, serviceWorker: { controller: null } });
    expect(guard.reload('chunk')).toBeFalse();
    expect(reload).not.toHaveBeenCalled();
    expect(guard.notice()).toEqual({ reason: 'chunk', reloading: false });
    // Not counted as a try: back online, the next failure still gets its reload.
    expect(sessionStorage.getItem(RELOAD_GUARD_KEY)).toBeNull();
  });

  it('offline with the worker in charge, still reloads: the worker serves the app', () => {
    const guard = create({ onLine: false, serviceWorker: { controller: {} } });
    expect(guard.reload('unrecoverable')).toBeTrue();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('drops a waiting reload once quick exit has begun, which the reload would undo', () => {
    const guard = create(undefined, { holdTimer: true });
    expect(guard.reload('chunk')).toBeTrue();
    TestBed.inject(QuickExit).exit();
    waiting!();
    expect(reload).not.toHaveBeenCalled();
    // Nor a new one, nor the update banner's.
    expect(guard.reload('unrecoverable')).toBeFalse();
    guard.reloadNow();
    expect(reload).not.toHaveBeenCalled();
  });

  it('drops a waiting reload once a wipe has begun, which the reload would cut short', () => {
    const guard = create(undefined, { holdTimer: true });
    expect(guard.reload('chunk')).toBeTrue();
    TestBed.inject(WipeGuard).announce();
    waiting!();
    expect(reload).not.toHaveBeenCalled();
  });

  it('Try again while offline on a first visit waits for the connection and the server, then reloads once', async () => {
    const guard = create({ onLine: false });
    guard.retry();
    guard.retry();
    expect(reload).not.toHaveBeenCalled();
    events.dispatchEvent(new Event('online'));
    await until(() => reload.calls.count() > 0);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a server answering 500 is no answer: the page stays, and the notice blames the server', async () => {
    const guard = create({ onLine: true });
    fetch.and.resolveTo(new Response(null, { status: 500 }));
    guard.reload('chunk');
    await until(() => guard.notice()?.reloading === false);
    expect(reload).not.toHaveBeenCalled();
    expect(guard.notice()).toEqual({ reason: 'chunk', reloading: false, serverFailed: true });
    expect(sessionStorage.getItem(RELOAD_GUARD_KEY)).toBeNull();
  });

  for (const status of [403, 511]) {
    it(`a ${status} is not blamed on the server (a filter, a captive portal)`, async () => {
      const guard = create({ onLine: true });
      fetch.and.resolveTo(new Response(null, { status }));
      guard.reload('chunk');
      await until(() => guard.notice()?.reloading === false);
      expect(guard.notice()).toEqual({ reason: 'chunk', reloading: false });
    });
  }

  it('Try again after a server error, now offline, stops blaming the server', async () => {
    const navigator = { onLine: true };
    const guard = create(navigator);
    fetch.and.resolveTo(new Response(null, { status: 503 }));
    guard.reload('chunk');
    await until(() => guard.notice()?.serverFailed === true);
    navigator.onLine = false;
    guard.retry();
    expect(guard.notice()).toEqual({ reason: 'chunk', reloading: false });
  });

  it('an exit begun while the server is asked drops the reload and its notice', async () => {
    const guard = create({ onLine: true });
    let answer!: (response: Response) => void;
    fetch.and.returnValue(new Promise<Response>((resolve) => (answer = resolve)));
    guard.reload('chunk');
    TestBed.inject(QuickExit).exit();
    answer(new Response(null, { status: 200 }));
    await until(() => guard.notice() === null);
    expect(reload).not.toHaveBeenCalled();
  });

  it('a waiting reload that meets an exit drops its notice too', () => {
    const guard = create(undefined, { holdTimer: true });
    guard.reload('chunk');
    TestBed.inject(QuickExit).exit();
    waiting!();
    expect(guard.notice()).toBeNull();
  });

  it('with no worker in charge, reloads once the server answers a HEAD of the app', async () => {
    const guard = create({ onLine: true });
    expect(guard.reload('chunk')).toBeTrue();
    await until(() => reload.calls.count() > 0);
    expect(fetch).toHaveBeenCalledOnceWith(
      document.baseURI,
      jasmine.objectContaining({ method: 'HEAD' }),
    );
  });

  it('with no worker in charge and no answer from the server, keeps the page and counts no try', async () => {
    const guard = create({ onLine: true }, { serverAnswers: false });
    expect(guard.reload('chunk')).toBeTrue();
    await until(() => guard.notice()?.reloading === false);
    expect(reload).not.toHaveBeenCalled();
    expect(guard.notice()).toEqual({ reason: 'chunk', reloading: false });
    expect(sessionStorage.getItem(RELOAD_GUARD_KEY)).toBeNull();
  });

  it('does not reload again right after a reload: it asks the reader instead', () => {
    sessionStorage.setItem(RELOAD_GUARD_KEY, String(Date.now() - 2000));
    const guard = create();
    expect(guard.reload('unrecoverable')).toBeFalse();
    expect(reload).not.toHaveBeenCalled();
    expect(guard.notice()).toEqual({ reason: 'unrecoverable', reloading: false });
  });

  it('ignores a second failure while its reload is on the way', () => {
    const guard = create();
    guard.reload('chunk');
    guard.reload('chunk');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('lets the reader try again, clearing the guard', () => {
    sessionStorage.setItem(RELOAD_GUARD_KEY, String(Date.now()));
    const guard = create();
    guard.retry();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.getItem(RELOAD_GUARD_KEY)).toBeNull();
  });

  it('treats a garbled guard value as no earlier attempt', () => {
    sessionStorage.setItem(RELOAD_GUARD_KEY, 'not a number');
    const guard = create();
    expect(guard.reload('chunk')).toBeTrue();
  });
});
