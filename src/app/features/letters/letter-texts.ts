import { Injectable, Resource, inject } from '@angular/core';
import { StaticJson, staticJsonResource } from '../../core/static-json/static-json';
import { LetterTextFile } from './letter-model';

const textsUrl = (code: string) => `letters/${encodeURIComponent(code)}.json`;

/**
 * The words of the letters, `letters/<lang>.json`, through `StaticJson`. English is prefetched by
 * the service worker; another language is fetched, and cached for offline use, the first time it
 * is needed.
 */
@Injectable({ providedIn: 'root' })
export class LetterTexts {
  private readonly json = inject(StaticJson);

  load(code: string): Promise<LetterTextFile> {
    return this.json.get(textsUrl(code));
  }

  /** The letters' words in `code()`'s language; idle while it is undefined. Injection context. */
  resource(code: () => string | undefined): Resource<LetterTextFile | undefined> {
    return staticJsonResource(() => {
      const wanted = code();
      return wanted === undefined ? undefined : textsUrl(wanted);
    });
  }
}
