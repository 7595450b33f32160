import {
  ApplicationConfig,
  DOCUMENT,
  inject,
  mergeApplicationConfig,
  provideAppInitializer,
} from '@angular/core';
import { Location } from '@angular/common';
import { Meta } from '@angular/platform-browser';
import { TranslateService } from '@ngx-translate/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import {
  CLIENT_DRAWN_ONLY_ATTRIBUTE,
  LANGUAGES_ATTRIBUTE,
  PAGE_ATTRIBUTE,
} from './core/prerender/prerendered-page';
import { LANGUAGES, findLanguage } from './core/i18n/languages';
import { Language } from './core/i18n/language';
import { LocaleTexts } from './core/i18n/locale-texts';
import { StaticJson } from './core/static-json/static-json';
import { CONTENT_META_URL } from './core/content/content-files';
import { ContentMeta, contentDates } from './core/content/content-model';
import { BUILD_INFO } from './core/release/build-info';

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    // The page's own path, for index.html's first script: a host that sends this page for
    // another path (an old fallback to index.html) gets it held back, not shown as that path.
    // Without the query: a page in another language is rendered from `<path>?lang=<code>`
    // (app.routes.server.ts) and served at `<path>`.
    provideAppInitializer(() => {
      const document = inject(DOCUMENT);
      const [path] = inject(Location).path().split('?');
      document.documentElement.setAttribute(PAGE_ATTRIBUTE, path);
      // The languages to choose from, as the app does: the page shows only if it is the choice.
      document.documentElement.setAttribute(
        LANGUAGES_ATTRIBUTE,
        LANGUAGES.map(({ code }) => code).join(' '),
      );
      // The English strings' preload: the shell waits for them before its first render. A
      // prerendered page shown as it came paints without them; one the app draws afresh (another
      // language, something stored) also waits for the content files, which set off with them
      // once `main` runs. There the preload only took the link from `main` and the CSS
      // (docs/prerendering.md, "What the head asks for").
      for (const element of document.head.querySelectorAll(`[${CLIENT_DRAWN_ONLY_ATTRIBUTE}]`))
        element.remove();
    }),
    // Every date the content shows, the build's date (About) and the names of the languages the
    // contacts speak, in the page's language, travel with the page (core/i18n/locale-texts.ts):
    // the app started on it draws them, on this page and on the content pages the reader opens
    // next, without the engine's locale data. A content file the build cannot read fails the
    // build, as it does for app.routes.server.ts.
    provideAppInitializer(async () => {
      const texts = inject(LocaleTexts);
      const reader = findLanguage(inject(Language).firstChoice().code)!;
      const meta = await inject(StaticJson).get<ContentMeta>(CONTENT_META_URL);
      for (const date of [...contentDates(meta), BUILD_INFO.buildDate ?? []].flat()) {
        texts.date(date, reader);
      }
      for (const code of new Set(meta.contacts.flatMap((contact) => contact.languages))) {
        texts.languageName(code, reader);
      }
    }),
    // What a search result or a link preview says of the page, in the page's language: the
    // line index.html carries is English.
    provideAppInitializer(async () => {
      const meta = inject(Meta);
      const translate = inject(TranslateService);
      await inject(Language).whenStarted();
      meta.updateTag({ name: 'description', content: translate.instant('app.tagline') });
    }),
  ],
};

// adoptsPrerenderedPage: the HTML is annotated so the browser can adopt its elements (src/main.ts).
export const config = mergeApplicationConfig(
  appConfig({ adoptsPrerenderedPage: true }),
  serverConfig,
);
