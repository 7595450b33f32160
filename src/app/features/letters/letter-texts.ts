import { Injectable } from '@angular/core';
import { LetterTextFile } from './letter-model';

/**
 * The words of the letters, `letters/<lang>.json`. English is prefetched by the service worker;
 * another language is fetched, and cached for offline use, the first time it is needed.
 */
@Injectable({ providedIn: 'root' })
export class LetterTexts {
  private readonly cache = new Map<string, Promise<LetterTextFile>>();

  load(code: string): Promise<LetterTextFile> {
    let pending = this.cache.get(code);
    if (!pending) {
      pending = fetch(`letters/${encodeURIComponent(code)}.json`).then(async (response) => {
        if (!response.ok) throw new Error(`letters/${code}.json: HTTP ${response.status}`);
        return (await response.json()) as LetterTextFile;
      });
      // A failure (offline before it was cached) may succeed later: do not remember it.
      pending.catch(() => this.cache.delete(code));
      this.cache.set(code, pending);
    }
    return pending;
  }
}
