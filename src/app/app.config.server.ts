import {
  ApplicationConfig,
  DOCUMENT,
  inject,
  mergeApplicationConfig,
  provideAppInitializer,
} from '@angular/core';
import { Location } from '@angular/common';
import { provideClientHydration } from '@angular/platform-browser';
import { provideServerRendering, withRoutes } from '@angular/ssr';
import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { FIRST_RENDER_HOLDS_CONTENT } from './core/prerender/first-render';
import { PAGE_ATTRIBUTE } from './core/prerender/prerendered-page';

const serverConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    // Annotates the HTML so the browser can adopt its elements (src/main.ts).
    provideClientHydration(),
    { provide: FIRST_RENDER_HOLDS_CONTENT, useValue: true },
    // The page's own path, for index.html's first script: a host that sends this page for
    // another path (an old fallback to index.html) gets it held back, not shown as that path.
    provideAppInitializer(() => {
      inject(DOCUMENT).documentElement.setAttribute(PAGE_ATTRIBUTE, inject(Location).path());
    }),
  ],
};

export const config = mergeApplicationConfig(
  appConfig({ adoptsPrerenderedPage: true }),
  serverConfig,
);
