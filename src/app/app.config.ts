import {
  ApplicationConfig,
  ErrorHandler,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { Location, LocationStrategy } from '@angular/common';
import {
  Router,
  TitleStrategy,
  UrlSerializer,
  provideRouter,
  withComponentInputBinding,
  withEnabledBlockingInitialNavigation,
  withNavigationErrorHandler,
} from '@angular/router';
import { provideClientHydration } from '@angular/platform-browser';
import { provideServiceWorker } from '@angular/service-worker';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { routes } from './app.routes';
import { FetchTranslateLoader } from './core/i18n/fetch-translate-loader';
import { Language } from './core/i18n/language';
import { prefetchContent, startsAtHome } from './core/content/content-files';
import { StaticJson } from './core/static-json/static-json';
import { FIRST_RENDER_HOLDS_CONTENT } from './core/prerender/first-render';
import { prefetchFirstRouteCode } from './core/prerender/first-route-code';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';
import { AppErrorHandler, isChunkLoadError } from './core/pwa/chunk-errors';
import { GuardedReload } from './core/pwa/guarded-reload';
import { SingleEntryLocationStrategy } from './core/safety/single-entry-location-strategy';
import { TolerantUrlSerializer } from './core/security/tolerant-url-serializer';

/**
 * The app's providers. `adoptsPrerenderedPage`: the page on screen was prerendered and the app
 * hydrates it (src/main.ts; the server renders those pages with the same setting).
 */
export function appConfig({
  adoptsPrerenderedPage,
}: {
  adoptsPrerenderedPage: boolean;
}): ApplicationConfig {
  return {
    providers: [
      // Adopting the page on screen: its first render must match it (core/prerender/first-render.ts).
      ...(adoptsPrerenderedPage
        ? [provideClientHydration(), { provide: FIRST_RENDER_HOLDS_CONTENT, useValue: true }]
        : []),
      provideBrowserGlobalErrorListeners(),
      { provide: ErrorHandler, useClass: AppErrorHandler },
      { provide: LocationStrategy, useClass: SingleEntryLocationStrategy },
      { provide: UrlSerializer, useClass: TolerantUrlSerializer },
      provideRouter(
        routes,
        // Route and query parameters reach routed components as input()s (`id`, `compare`, ...).
        withComponentInputBinding(),
        // Drawn afresh, the first screen is routed before the first render, so it is drawn with its
        // texts. Without this a frame could show the routed page created but not yet bound: empty,
        // and 38 px lower, then moved up (a layout shift of 0.03 in Arabic at home;
        // e2e/layout-shift.spec.ts). A prerendered page is already drawn: the router's default lets
        // the app adopt the frame first and the page in a later task, so a cheap phone is not held
        // in one long task (the router default Angular advises for hydration; docs/prerendering.md).
        ...(adoptsPrerenderedPage ? [] : [withEnabledBlockingInitialNavigation()]),
        withNavigationErrorHandler((event) => {
          if (isChunkLoadError(event.error)) inject(GuardedReload).reload('chunk');
        }),
      ),
      { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      provideTranslateService({
        loader: provideTranslateLoader(FetchTranslateLoader),
        fallbackLang: 'en',
      }),
      // The first screen waits for its language file (a few kB, from the worker's cache when
      // offline) so that nobody sees raw translation keys. The content files set off at once too,
      // unless the first screen is home (core/content/content-files.ts). A prerendered page's first
      // render waits for them too (core/prerender/first-render.ts), and its route's code travels
      // beside them (core/prerender/first-route-code.ts).
      provideAppInitializer(() => {
        const language = inject(Language);
        const choice = language.firstChoice();
        const path = inject(Location).path();
        // The language file first: the first screen waits for it.
        const started = language.start(choice, { adoptsPage: adoptsPrerenderedPage });
        if (adoptsPrerenderedPage) prefetchFirstRouteCode(inject(Router), path);
        if (startsAtHome(path)) return started;
        const content = prefetchContent(inject(StaticJson), choice.code);
        return adoptsPrerenderedPage ? Promise.all([started, content]) : started;
      }),
      provideServiceWorker('ngsw-worker.js', {
        enabled: !isDevMode(),
        registrationStrategy: 'registerWhenStable:30000',
      }),
    ],
  };
}
