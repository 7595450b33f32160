import { TestBed } from '@angular/core/testing';
import { SwUpdate, UnrecoverableStateEvent, VersionEvent } from '@angular/service-worker';
import { Subject } from 'rxjs';
import { WINDOW } from '../tokens/browser';
import { AppUpdates } from './app-updates';
import { GuardedReload } from './guarded-reload';

describe('AppUpdates', () => {
  let versionUpdates: Subject<VersionEvent>;
  let unrecoverable: Subject<UnrecoverableStateEvent>;
  let swUpdate: jasmine.SpyObj<SwUpdate>;
  let guardedReload: jasmine.Spy;
  /** GuardedReload.reloadNow: a reload unless quick exit or a wipe has begun. */
  let pageReload: jasmine.Spy;
  /** location.reload: never called directly, or Exit and wipe could not stop it. */
  let unguardedReload: jasmine.Spy;

  function create(isEnabled = true): AppUpdates {
    versionUpdates = new Subject();
    unrecoverable = new Subject();
    swUpdate = jasmine.createSpyObj<SwUpdate>('SwUpdate', ['checkForUpdate', 'activateUpdate'], {
      isEnabled,
      versionUpdates: versionUpdates.asObservable(),
      unrecoverable: unrecoverable.asObservable(),
    });
    swUpdate.checkForUpdate.and.resolveTo(false);
    guardedReload = jasmine.createSpy('guardedReload').and.returnValue(true);
    pageReload = jasmine.createSpy('pageReload');
    unguardedReload = jasmine.createSpy('location.reload');
    TestBed.configureTestingModule({
      providers: [
        { provide: SwUpdate, useValue: swUpdate },
        { provide: GuardedReload, useValue: { reload: guardedReload, reloadNow: pageReload } },
        { provide: WINDOW, useValue: { location: { reload: unguardedReload } } },
      ],
    });
    return TestBed.inject(AppUpdates);
  }

  const ready: VersionEvent = {
    type: 'VERSION_READY',
    currentVersion: { hash: 'v1' },
    latestVersion: { hash: 'v2' },
  };

  it('announces a downloaded version and reloads only when asked', () => {
    const updates = create();
    updates.start();
    expect(updates.updateReady()).toBeFalse();
    versionUpdates.next(ready);
    expect(updates.updateReady()).toBeTrue();
    expect(pageReload).not.toHaveBeenCalled();
    updates.applyUpdate();
    expect(pageReload).toHaveBeenCalledTimes(1);
    expect(unguardedReload).not.toHaveBeenCalled();
    expect(swUpdate.activateUpdate).not.toHaveBeenCalled();
  });

  it('says nothing while a version is only being looked at or downloaded', () => {
    const updates = create();
    updates.start();
    versionUpdates.next({ type: 'VERSION_DETECTED', version: { hash: 'v2' } });
    versionUpdates.next({ type: 'NO_NEW_VERSION_DETECTED', version: { hash: 'v1' } });
    versionUpdates.next({
      type: 'VERSION_INSTALLATION_FAILED',
      version: { hash: 'v2' },
      error: 'quota',
    });
    expect(updates.updateReady()).toBeFalse();
  });

  it('hands an unrecoverable worker state to the guarded reload', () => {
    const updates = create();
    updates.start();
    unrecoverable.next({ type: 'UNRECOVERABLE_STATE', reason: 'Hash mismatch' });
    expect(guardedReload).toHaveBeenCalledOnceWith('unrecoverable');
  });

  it('checks for a new version when the app comes back into view', () => {
    const updates = create();
    updates.start();
    document.dispatchEvent(new Event('visibilitychange'));
    // Karma's headless page counts as visible.
    expect(swUpdate.checkForUpdate).toHaveBeenCalledTimes(1);
  });

  it('survives a failed check (offline)', async () => {
    const updates = create();
    swUpdate.checkForUpdate.and.rejectWith(new Error('offline'));
    expect(() => updates.checkForUpdate()).not.toThrow();
    await Promise.resolve();
  });

  it('does nothing without a service worker (development, unsupported browser)', () => {
    const updates = create(false);
    updates.start();
    versionUpdates.next(ready);
    unrecoverable.next({ type: 'UNRECOVERABLE_STATE', reason: 'x' });
    expect(updates.updateReady()).toBeFalse();
    expect(guardedReload).not.toHaveBeenCalled();
  });
});
