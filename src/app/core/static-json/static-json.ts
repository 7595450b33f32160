import { Injectable, ResourceRef, inject, resource } from '@angular/core';

/**
 * An HTTP status that puts the fault on our server: a 5xx, except 511, which a captive portal (a
 * café's or a shelter's Wi-Fi login page) sends for the phone's own network.
 */
export function isServerFault(status: number): boolean {
  return status >= 500 && status !== 511;
}

/** A static file that could not be fetched (offline before it was cached, absent) or parsed. */
export class StaticJsonError extends Error {
  constructor(
    readonly url: string,
    readonly status: number | null,
    options?: ErrorOptions,
  ) {
    super(`${url}: ${status === null ? 'unreachable or not JSON' : `HTTP ${status}`}`, options);
    this.name = 'StaticJsonError';
  }

  /** Our server answered with a server error: the phone's connection is not to blame. */
  get fromServer(): boolean {
    return this.status !== null && isServerFault(this.status);
  }
}

/**
 * The app's own JSON files under `public/` (content, letters, interface strings, search terms),
 * relative to the base href. Each URL is fetched once and the answer shared; a failure is
 * forgotten, so a later try (back online, or after the service worker cached the file) can
 * succeed. Plain `fetch` on purpose: `HttpClient` costs the first screen about 6 kB gzip, which
 * a handful of GETs of static files does not need. Requests go through the service worker like
 * any other, so whatever is fetched here is there offline next time (ngsw-config.json).
 *
 * Specs replace the network by overriding `fetchFile` (src/testing/fake-static-json.ts) and keep
 * the caching.
 */
@Injectable({ providedIn: 'root' })
export class StaticJson {
  private readonly files = new Map<string, Promise<unknown>>();
  private readonly settled = new Map<string, unknown>();

  /** The parsed file if it has already arrived, at once: a hydrated page's first render needs it. */
  peek<T>(url: string): T | undefined {
    return this.settled.get(url) as T | undefined;
  }

  /** The parsed file; rejects with a `StaticJsonError`. */
  get<T>(url: string): Promise<T> {
    let pending = this.files.get(url);
    if (!pending) {
      pending = this.fetchFile(url);
      pending.then((value) => this.settled.set(url, value)).catch(() => undefined);
      pending.catch(() => {
        if (this.files.get(url) === pending) this.files.delete(url);
      });
      this.files.set(url, pending);
    }
    return pending as Promise<T>;
  }

  /** The network side, and the one seam a fake replaces. */
  protected async fetchFile(url: string): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(url);
    } catch (cause) {
      throw new StaticJsonError(url, null, { cause });
    }
    if (!response.ok) throw new StaticJsonError(url, response.status);
    try {
      return await response.json();
    } catch (cause) {
      throw new StaticJsonError(url, null, { cause });
    }
  }
}

/**
 * The file at `url()` as a resource, in the manner of `httpResource`: `status()` is `loading`,
 * `resolved` or `error`, and `idle` while `url()` is undefined. A new URL starts from `loading`
 * with no value; an answer for a URL no longer asked for is dropped by the resource itself. A
 * function rather than a `StaticJson` method so that Angular's `resource()` stays out of the
 * first screen's bundle, which only needs `get` (for the interface strings). Injection context.
 */
export function staticJsonResource<T>(url: () => string | undefined): ResourceRef<T | undefined> {
  const json = inject(StaticJson);
  return resource({ params: url, loader: ({ params }) => json.get<T>(params) });
}
