import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PREFIX } from '../settings/local-settings';
import { ContentFreshness } from './content-freshness';
import { ContentStore } from './content-store';

// A stand-in store with fixture versions: only what ContentFreshness reads.
function setup(stored: string | null) {
  const key = PREFIX + 'contentSeen';
  if (stored === null) localStorage.removeItem(key);
  else localStorage.setItem(key, stored);
  const contentVersion = signal<string | null>(null);
  const versions = signal([
    { version: '2026.12.0', date: '2026-12-02', changes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
    { version: '2026.11.0', date: '2026-11-22', changes: [{ id: 'first' }] },
  ]);
  TestBed.configureTestingModule({
    providers: [{ provide: ContentStore, useValue: { contentVersion, versions } }],
  });
  const freshness = TestBed.inject(ContentFreshness);
  return { freshness, contentVersion, stored: () => localStorage.getItem(key) };
}

describe('ContentFreshness', () => {
  afterEach(() => localStorage.removeItem(PREFIX + 'contentSeen'));

  it('records the version on a first visit and counts nothing', () => {
    const { freshness, contentVersion, stored } = setup(null);
    contentVersion.set('2026.12.0');
    TestBed.tick();
    expect(freshness.changedCount()).toBe(0);
    expect(stored()).toBe('2026.12.0');
  });

  it('counts what changed since the version last seen, until marked seen', () => {
    const { freshness, contentVersion, stored } = setup('2026.11.0');
    contentVersion.set('2026.12.0');
    TestBed.tick();
    expect(freshness.changedCount()).toBe(3);
    expect(stored()).toBe('2026.11.0');
    freshness.markSeen();
    expect(freshness.changedCount()).toBe(0);
    expect(stored()).toBe('2026.12.0');
  });

  it('counts nothing while the content has not loaded', () => {
    const { freshness } = setup('2026.11.0');
    TestBed.tick();
    expect(freshness.changedCount()).toBe(0);
  });
});
