import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../tokens/browser';
import { holdInstallEvent } from './install-event';
import { InstallPrompt, isIosDevice } from './install-prompt';

describe('isIosDevice', () => {
  const iphone =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
  const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/126 Mobile';
  it('knows an iPhone', () => expect(isIosDevice(iphone, 'iPhone', 5)).toBeTrue());
  it('knows an iPad that says it is a Mac', () =>
    expect(isIosDevice('Macintosh', 'MacIntel', 5)).toBeTrue());
  it('does not take a Mac for an iPad', () =>
    expect(isIosDevice('Macintosh', 'MacIntel', 0)).toBeFalse());
  it('does not take Android for iOS', () =>
    expect(isIosDevice(android, 'Linux armv8l', 5)).toBeFalse());
});

describe('InstallPrompt', () => {
  function create(standalone = false, userAgent = 'Android') {
    const target = new EventTarget();
    const fakeWindow = Object.assign(target, {
      navigator: { userAgent, platform: 'Linux', maxTouchPoints: 5 },
      matchMedia: () => ({ matches: standalone }),
    });
    TestBed.configureTestingModule({ providers: [{ provide: WINDOW, useValue: fakeWindow }] });
    const prompt = TestBed.inject(InstallPrompt);
    prompt.start();
    return { prompt, target };
  }

  function installEvent(outcome: 'accepted' | 'dismissed') {
    const event = new Event('beforeinstallprompt', { cancelable: true });
    const promptSpy = jasmine.createSpy('prompt').and.resolveTo(undefined);
    Object.assign(event, { prompt: promptSpy, userChoice: Promise.resolve({ outcome }) });
    return { event, promptSpy };
  }

  it('offers to install once the browser allows it, and keeps the browser from asking itself', () => {
    const { prompt, target } = create();
    expect(prompt.canInstall()).toBeFalse();
    const { event } = installEvent('accepted');
    target.dispatchEvent(event);
    expect(event.defaultPrevented).toBeTrue();
    expect(prompt.canInstall()).toBeTrue();
  });

  it('shows the browser prompt and hides the offer after acceptance', async () => {
    const { prompt, target } = create();
    const { event, promptSpy } = installEvent('accepted');
    target.dispatchEvent(event);
    await prompt.install();
    expect(promptSpy).toHaveBeenCalledTimes(1);
    expect(prompt.canInstall()).toBeFalse();
  });

  it('hides the offer after the app was installed', () => {
    const { prompt, target } = create();
    target.dispatchEvent(installEvent('dismissed').event);
    target.dispatchEvent(new Event('appinstalled'));
    expect(prompt.canInstall()).toBeFalse();
  });

  it('takes the offer the shell held before it started, once', () => {
    const early = new EventTarget();
    holdInstallEvent(early as Window);
    const { event } = installEvent('accepted');
    early.dispatchEvent(event);
    expect(event.defaultPrevented).toBeTrue();
    expect(create().prompt.canInstall()).toBeTrue();
    TestBed.resetTestingModule();
    expect(create().prompt.canInstall())
      .withContext('the same offer is not taken twice')
      .toBeFalse();
  });

  it('forgets a held offer once the app was installed', () => {
    const early = new EventTarget();
    holdInstallEvent(early as Window);
    early.dispatchEvent(installEvent('accepted').event);
    early.dispatchEvent(new Event('appinstalled'));
    expect(create().prompt.canInstall()).toBeFalse();
  });

  it('shows Add to Home Screen help on an iPhone, but not once installed', () => {
    expect(create(false, 'iPhone').prompt.showIosHelp()).toBeTrue();
    TestBed.resetTestingModule();
    expect(create(true, 'iPhone').prompt.showIosHelp()).toBeFalse();
  });
});
