import { TestBed } from '@angular/core/testing';
import { WINDOW } from '../tokens/browser';
import { StorageHealth, isSafari } from './storage-health';

describe('isSafari', () => {
  const cases: [string, boolean][] = [
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      true,
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      true,
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1',
      false,
    ],
    [
      'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
      false,
    ],
  ];
  cases.forEach(([ua, expected], i) =>
    it(`case ${i}: ${expected ? 'Safari' : 'not Safari'}`, () =>
      expect(isSafari(ua)).toBe(expected)),
  );
});

describe('StorageHealth', () => {
  function create(persisted: boolean, standalone: boolean, userAgent: string) {
    const persist = jasmine.createSpy('persist').and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [
        {
          provide: WINDOW,
          useValue: {
            navigator: {
              userAgent,
              storage: {
                persist,
                persisted: () => Promise.resolve(persisted),
                estimate: () => Promise.resolve({ usage: 2_097_152, quota: 104_857_600 }),
              },
            },
            matchMedia: () => ({ matches: standalone }),
          },
        },
      ],
    });
    return { health: TestBed.inject(StorageHealth), persist };
  }

  it('asks for persistent storage and reports it with the space used', async () => {
    const { health, persist } = create(true, false, 'Chrome');
    await health.requestPersistence();
    expect(persist).toHaveBeenCalled();
    expect(health.report()).toEqual({
      persisted: true,
      usage: 2_097_152,
      quota: 104_857_600,
      safariTab: false,
    });
  });

  it('warns about Safari only in a tab, not once installed', async () => {
    const safari =
      'Mozilla/5.0 (iPhone) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1';
    const tab = create(false, false, safari);
    await tab.health.refresh();
    expect(tab.health.report()?.safariTab).toBeTrue();
    TestBed.resetTestingModule();
    const installed = create(false, true, safari);
    await installed.health.refresh();
    expect(installed.health.report()?.safariTab).toBeFalse();
  });
});
