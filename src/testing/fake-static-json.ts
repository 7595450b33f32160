import { Provider } from '@angular/core';
import { StaticJson, StaticJsonError } from '../app/core/static-json/static-json';

interface Held {
  readonly url: string;
  answer(): void;
}

/**
 * `StaticJson` without the network: files are served from memory (specs import the real ones
 * from `public/`), anything else answers HTTP 404. The cache and forget-on-failure stay real.
 * `hold()` keeps answers back until `release()`, to test what shows while a file is on its way.
 */
export class FakeStaticJson extends StaticJson {
  /** Every URL that reached the "network", in order. */
  readonly requests: string[] = [];
  private readonly served = new Map<string, unknown>();
  private readonly failing = new Map<string, number>();
  private holding = false;
  private held: Held[] = [];

  constructor(files: Record<string, unknown> = {}) {
    super();
    for (const [url, body] of Object.entries(files)) this.served.set(url, body);
  }

  serve(url: string, body: unknown): void {
    this.served.set(url, body);
  }

  /** The server answers requests for `url` with `status` (a 503, say) from now on. */
  failWith(url: string, status: number): void {
    this.served.delete(url);
    this.failing.set(url, status);
  }

  /** The file is gone (offline before it was cached): requests for it fail from now on. */
  remove(url: string): void {
    this.served.delete(url);
  }

  hold(): void {
    this.holding = true;
  }

  /** Answers held requests (only those for `url`, when given) and stops holding. */
  release(url?: string): void {
    const now = this.held.filter((held) => url === undefined || held.url === url);
    this.held = this.held.filter((held) => !now.includes(held));
    if (url === undefined) this.holding = false;
    for (const held of now) held.answer();
  }

  protected override fetchFile(url: string): Promise<unknown> {
    this.requests.push(url);
    return new Promise((resolve, reject) => {
      // Answer from what is served when the answer is given, as a network would.
      const answer = () =>
        this.served.has(url)
          ? resolve(structuredClone(this.served.get(url)))
          : reject(new StaticJsonError(url, this.failing.get(url) ?? 404));
      if (this.holding) this.held.push({ url, answer });
      else answer();
    });
  }
}

/** Provides `fake` as the app's `StaticJson`. */
export function provideFakeStaticJson(fake: FakeStaticJson): Provider {
  return { provide: StaticJson, useValue: fake };
}
