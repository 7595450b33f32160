import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { LocalSettings } from '../settings/local-settings';
import { IDLE_LOCK_MS, IdleLock } from './idle-lock';

describe('IdleLock', () => {
  let injector: EnvironmentInjector;
  let idle: IdleLock;
  let onIdle: jasmine.Spy;

  const hidePage = () => {
    spyOnProperty(document, 'visibilityState').and.returnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
  };
  const keydown = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));

  beforeEach(() => {
    jasmine.clock().install();
    TestBed.inject(LocalSettings).remove('lockAfterMinutes');
    // Its own injector, so each spec can destroy the owner and see what is left behind.
    injector = createEnvironmentInjector([IdleLock], TestBed.inject(EnvironmentInjector));
    idle = injector.get(IdleLock);
    onIdle = jasmine.createSpy('onIdle');
  });

  afterEach(() => {
    if (!injector.destroyed) injector.destroy();
    TestBed.inject(LocalSettings).remove('lockAfterMinutes');
    jasmine.clock().uninstall();
  });

  it('calls back once after the idle time, and any activity starts the count again', () => {
    idle.start(onIdle);
    jasmine.clock().tick(IDLE_LOCK_MS - 1000);
    keydown();
    jasmine.clock().tick(IDLE_LOCK_MS - 1);
    expect(onIdle).not.toHaveBeenCalled();
    jasmine.clock().tick(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    // Idle once is enough: activity after the lock does not lock again.
    keydown();
    jasmine.clock().tick(IDLE_LOCK_MS * 2);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('uses the idle time chosen in Settings, never more than 30 minutes', () => {
    TestBed.inject(LocalSettings).set('lockAfterMinutes', '1');
    idle.start(onIdle);
    jasmine.clock().tick(60_000);
    expect(onIdle).toHaveBeenCalledTimes(1);

    TestBed.inject(LocalSettings).set('lockAfterMinutes', '600');
    idle.start(onIdle);
    jasmine.clock().tick(30 * 60_000);
    expect(onIdle).toHaveBeenCalledTimes(2);
  });

  it('calls back at once when the page is hidden', () => {
    idle.start(onIdle);
    hidePage();
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped (the vault locked by other means)', () => {
    idle.start(onIdle);
    idle.stop();
    keydown();
    jasmine.clock().tick(IDLE_LOCK_MS * 2);
    hidePage();
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('leaves no listener or timer behind when its injector is destroyed', () => {
    idle.start(onIdle);
    injector.destroy();
    // A listener that outlived its owner would start a new count here, or lock on hiding.
    keydown();
    jasmine.clock().tick(IDLE_LOCK_MS * 2);
    hidePage();
    expect(onIdle).not.toHaveBeenCalled();
  });
});
