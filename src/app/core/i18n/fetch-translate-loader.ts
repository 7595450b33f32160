import { Injectable, inject } from '@angular/core';
import { TranslateLoader, TranslationObject } from '@ngx-translate/core';
import { Observable, from } from 'rxjs';
import { StaticJson } from '../static-json/static-json';

/**
 * Loads `public/i18n/<lang>.json` through `StaticJson` (no HttpClient in the initial bundle).
 * Unlike http-loader 18, a missing or broken file is an error, so the caller can fall back to
 * English instead of showing raw keys (`Language.use`).
 */
@Injectable()
export class FetchTranslateLoader extends TranslateLoader {
  private readonly json = inject(StaticJson);

  getTranslation(lang: string): Observable<TranslationObject> {
    return from(this.json.get<TranslationObject>(`i18n/${encodeURIComponent(lang)}.json`));
  }
}
