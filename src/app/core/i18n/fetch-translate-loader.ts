import { Injectable } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, from } from 'rxjs';

/**
 * Loads `public/i18n/<lang>.json` with fetch (no HttpClient in the initial bundle). Unlike
 * http-loader 18, a missing or broken file is an error, so the caller can fall back to English
 * instead of showing raw keys (anchors.md B-1 #9).
 */
@Injectable()
export class FetchTranslateLoader extends TranslateLoader {
  getTranslation(lang: string): Observable<TranslationObject> {
    return from(
      fetch(`i18n/${encodeURIComponent(lang)}.json`).then(async (response) => {
        if (!response.ok)
          throw new Error(`Translation file for "${lang}": HTTP ${response.status}`);
        return (await response.json()) as TranslationObject;
      }),
    );
  }
}
