import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../tokens/browser';
import { EXIT_HOOKS, QuickExit } from './quick-exit';
import { DATA_ID_KEY, WIPE_CHANNEL, WipeGuard } from './wipe-guard';

/** Waits for a condition that a message from another channel makes true. */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).withContext(what).toBeTrue();
}

describe('WipeGuard (real BroadcastChannel and localStorage)', () => {
  let replace: jasmine.Spy;
  let hook: jasmine.Spy;
  let guard: WipeGuard;

  beforeEach(() => {
    localStorage.removeItem(DATA_ID_KEY);
    replace = jasmine.createSpy('location.replace');
    hook = jasmine.createSpy('exit hook');
    TestBed.configureTestingModule({
      providers: [
        {
          provide: WINDOW,
          // Quick exit's clear() on a stand-in: Karma's own session storage stays.
          useValue: {
            localStorage,
            sessionStorage: { clear: () => undefined },
            location: { replace },
          },
        },
        { provide: EXIT_HOOKS, useValue: [hook] },
      ],
    });
    guard = TestBed.inject(WipeGuard);
  });

  const title = document.title;
  afterEach(() => {
    document.body.classList.remove('leaving');
    document.title = title;
    localStorage.removeItem(DATA_ID_KEY);
  });

  it('adopts a data id on the first open, and refuses once a wipe has changed it', () => {
    expect(guard.mayOpen()).toBeTrue();
    const id = localStorage.getItem(DATA_ID_KEY);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(guard.mayOpen()).toBeTrue();

    // Another tab wiped (the id went) and a fresh tab opened the database again (a new id).
    localStorage.setItem(DATA_ID_KEY, 'a-new-id-after-a-wipe');
    expect(guard.mayOpen()).toBeFalse();
    expect(guard.wiped()).toBeTrue();
    expect(hook).toHaveBeenCalled();
    expect(document.body.classList).toContain('leaving');
    // Even with the old id back, this page never opens again before it restarts.
    localStorage.setItem(DATA_ID_KEY, id!);
    expect(guard.mayOpen()).toBeFalse();
  });

  it('keeps the id a page found: two pages share one', () => {
    localStorage.setItem(DATA_ID_KEY, 'kept-by-another-tab');
    expect(guard.mayOpen()).toBeTrue();
    expect(localStorage.getItem(DATA_ID_KEY)).toBe('kept-by-another-tab');
  });

  it('hears another tab wipe: closes, hides the page, and restarts when told', async () => {
    guard.start();
    expect(guard.mayOpen()).toBeTrue();
    const otherTab = new BroadcastChannel(WIPE_CHANNEL);
    otherTab.postMessage('wiping');
    await eventually(() => guard.wiped(), 'wiped after "wiping"');
    expect(hook).toHaveBeenCalledTimes(1);
    expect(document.body.classList).toContain('leaving');
    expect(guard.mayOpen()).toBeFalse();
    expect(replace).not.toHaveBeenCalled();

    otherTab.postMessage('wiped');
    await eventually(() => replace.calls.count() > 0, 'restarted after "wiped"');
    expect(replace).toHaveBeenCalledWith('/');
    otherTab.close();
  });

  it('does not open the app again over a quick exit already on its way', async () => {
    guard.start();
    const otherTab = new BroadcastChannel(WIPE_CHANNEL);
    otherTab.postMessage('wiping');
    await eventually(() => guard.wiped(), 'wiped after "wiping"');
    const exitTo = replace.calls.count();
    TestBed.inject(QuickExit).exit();
    expect(replace.calls.count()).toBe(exitTo + 1);
    otherTab.postMessage('wiped');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replace.calls.count())
      .withContext('no restart after the exit')
      .toBe(exitTo + 1);
    expect(replace).not.toHaveBeenCalledWith('/');
    otherTab.close();
  });

  it('counts the wipe as begun in its own tab before it tells the others', () => {
    guard.begin();
    expect(guard.wiped()).toBeTrue();
    expect(guard.mayOpen()).toBeFalse();
  });

  it('announces its own wipe to the other tabs, and refuses from then on', async () => {
    expect(guard.mayOpen()).toBeTrue();
    const otherTab = new BroadcastChannel(WIPE_CHANNEL);
    const heard: string[] = [];
    otherTab.onmessage = (event) => heard.push(event.data);
    guard.announce();
    expect(localStorage.getItem(DATA_ID_KEY)).toBeNull();
    expect(guard.mayOpen()).toBeFalse();
    guard.finished();
    await eventually(() => heard.length === 2, 'both messages heard');
    expect(heard).toEqual(['wiping', 'wiped']);
    // The wiping tab itself is not hidden: it may still have to tell the reader something.
    expect(document.body.classList).not.toContain('leaving');
    otherTab.close();
  });

  it('a deleted database alone (as specs do) closes it without restarting the page', () => {
    expect(guard.mayOpen()).toBeTrue();
    guard.databaseDeleted();
    expect(guard.wiped()).toBeTrue();
    expect(document.body.classList).not.toContain('leaving');
  });
});
