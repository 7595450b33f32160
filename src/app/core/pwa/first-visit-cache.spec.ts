import { lazyAssetPaths, pathsToRecache } from './first-visit-cache';

describe('first-visit caching', () => {
  const origin = 'http://localhost:4200';
  const lazy = lazyAssetPaths({
    assetGroups: [
      { installMode: 'prefetch', urls: ['/main-ABC.js', '/content/en.json'] },
      { installMode: 'lazy', urls: ['/content/ar.json', '/media/naskh.woff2'] },
    ],
  });

  it('takes only the lazy groups from the worker manifest', () => {
    expect([...lazy]).toEqual(['/content/ar.json', '/media/naskh.woff2']);
    expect(lazyAssetPaths({}).size).toBe(0);
  });

  it('fetches each lazy file requested before the worker took over, once', () => {
    const entries = [
      { name: `${origin}/main-ABC.js`, startTime: 10 },
      { name: `${origin}/content/ar.json`, startTime: 20 },
      { name: `${origin}/content/ar.json`, startTime: 30 },
      { name: `${origin}/media/naskh.woff2`, startTime: 40 },
      { name: 'https://elsewhere.example/content/ar.json', startTime: 5 },
    ];
    expect(pathsToRecache(entries, lazy, origin, 100)).toEqual([
      '/content/ar.json',
      '/media/naskh.woff2',
    ]);
  });

  it('leaves alone what was fetched after the worker took over, so fetching cannot loop', () => {
    // The refetch itself becomes a resource entry; it starts after `controlledAt`.
    const entries = [{ name: `${origin}/content/ar.json`, startTime: 150 }];
    expect(pathsToRecache(entries, lazy, origin, 100)).toEqual([]);
  });
});
