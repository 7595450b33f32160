/**
 * On the very first visit the page loads before the service worker controls it, so the files it
 * fetched from the worker's lazy groups (this language's content, its font) never reached the
 * worker's cache. Once the worker takes over, each of them is fetched again, exactly once.
 *
 * Only files that were requested before the worker took control are fetched again: later requests
 * already went through the worker. Prefetched groups are left alone because the worker downloads
 * them itself. Fetching every resource entry instead made each fetch a new entry, which looped for
 * thirty seconds (README.md, "Performance").
 */

/** The part of `ngsw.json` that says which files each asset group holds. */
export interface NgswManifest {
  readonly assetGroups?: readonly {
    readonly installMode: string;
    readonly urls: readonly string[];
  }[];
}

/** Paths of the files the worker caches only when the page asks for them. */
export function lazyAssetPaths(manifest: NgswManifest): Set<string> {
  return new Set(
    (manifest.assetGroups ?? [])
      .filter((group) => group.installMode === 'lazy')
      .flatMap((group) => group.urls),
  );
}

/** Same-origin lazy files requested before `controlledAt`, each path once. */
export function pathsToRecache(
  entries: readonly Pick<PerformanceEntry, 'name' | 'startTime'>[],
  lazy: ReadonlySet<string>,
  origin: string,
  controlledAt: number,
): string[] {
  const paths = new Set<string>();
  for (const { name, startTime } of entries) {
    if (startTime >= controlledAt) continue;
    const url = new URL(name);
    if (url.origin === origin && lazy.has(url.pathname)) paths.add(url.pathname);
  }
  return [...paths];
}

/** Waits for the worker to take control, then fetches the first visit's lazy files through it. */
export function recacheFirstVisit(window: Window): void {
  const container = window.navigator?.serviceWorker;
  if (!container || container.controller || typeof PerformanceObserver === 'undefined') return;
  container.addEventListener(
    'controllerchange',
    async () => {
      const controlledAt = window.performance.now();
      let lazy: Set<string>;
      try {
        const response = await window.fetch('ngsw.json?ngsw-bypass=1', { cache: 'no-store' });
        lazy = lazyAssetPaths((await response.json()) as NgswManifest);
      } catch {
        return; // Offline already, or no worker manifest: the next online visit caches them.
      }
      const done = new Set<string>();
      // Buffered entries are what loaded already; new ones are fetches that were still on their
      // way when the worker took over.
      const observer = new PerformanceObserver((list) => {
        for (const path of pathsToRecache(
          list.getEntries(),
          lazy,
          window.location.origin,
          controlledAt,
        )) {
          if (done.has(path)) continue;
          done.add(path);
          window.fetch(path).catch(() => undefined);
        }
      });
      observer.observe({ type: 'resource', buffered: true });
      window.setTimeout(() => observer.disconnect(), 30_000);
    },
    { once: true },
  );
}
