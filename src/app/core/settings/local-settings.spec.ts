import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../tokens/browser';
import { LocalSettings } from './local-settings';
import { WipeGuard } from '../safety/wipe-guard';

describe('LocalSettings', () => {
  afterEach(() => localStorage.removeItem('ds.language'));

  it('keeps a setting under the app prefix', () => {
    const settings = TestBed.inject(LocalSettings);
    settings.set('language', 'ar');
    expect(localStorage.getItem('ds.language')).toBe('ar');
    expect(settings.get('language')).toBe('ar');
  });

  it('writes nothing once the page knows of a wipe', () => {
    const settings = TestBed.inject(LocalSettings);
    settings.set('language', 'fr');
    TestBed.inject(WipeGuard).begin();
    settings.set('language', 'ar');
    expect(localStorage.getItem('ds.language')).toBe('fr');
  });

  it('forgets quietly when storage throws (private mode, full disk)', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    TestBed.configureTestingModule({
      // Location: writing asks the wipe guard, whose quick exit reads the page's origin.
      providers: [{ provide: WINDOW, useValue: { localStorage: throwing, location } }],
    });
    const settings = TestBed.inject(LocalSettings);
    expect(() => settings.set('language', 'ar')).not.toThrow();
    expect(settings.get('language')).toBeNull();
  });
});
