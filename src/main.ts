import { provideAppInitializer } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { installDefaultTrustedTypesPolicy } from './app/core/security/trusted-types';
import { applyReadingComfort } from './app/core/settings/reading-comfort';
import { holdInstallEvent } from './app/core/pwa/install-event';
import { applyDiscreetHead, discreetStored } from './app/core/safety/discreet-head';
import { hydratesPrerenderedPage, leftBeforeStart } from './app/core/prerender/prerendered-page';

// Must run before Angular registers the service worker: under `require-trusted-types-for 'script'`
// the registration needs a TrustedScriptURL (src/app/core/security/trusted-types.ts).
installDefaultTrustedTypesPolicy();

/** The high-contrast sheet, when the reader chose it. */
let contrastSheet: Promise<void> | null = null;
try {
  const contrast = localStorage.getItem('ds.contrast') === 'high';
  const sheet = applyReadingComfort(document, localStorage.getItem('ds.textSize'), contrast);
  if (contrast) contrastSheet = sheet;
} catch {
  // Storage refused (private mode, settings): the default size and contrast.
}

// Discreet mode: the neutral manifest, icons and title, before the browser can offer to install
// (see core/safety/discreet-head.ts for why it must be this early).
if (discreetStored(() => localStorage)) applyDiscreetHead(document, true);

// Chromium may offer installation while the first language file is still loading.
holdInstallEvent(window);

// A prerendered page (core/prerender/) is hydrated: the app adopts the elements already on screen.
const hydrating = hydratesPrerenderedPage(document);

// Exit used before the app started (index.html's first script): the page is on its way out, and
// nothing may start that could bring it back (a reload, the worker) or name the app in the tab.
// The start comes a task after the bundle's evaluation: run in one task, the two blocked a cheap
// phone for 80 to 120 ms at 4x CPU; apart, each stays under 50 ms (README, "Performance").
function start(): void {
  if (leftBeforeStart(document)) return;
  bootstrapApplication(App, {
    providers: [
      ...appConfig({ adoptsPrerenderedPage: hydrating }).providers,
      // A high-contrast reader's first screen waits for its sheet, 1.5 s at most, while the
      // language file loads beside it: Angular draws nothing before its initializers are done.
      provideAppInitializer(() =>
        contrastSheet
          ? Promise.race([contrastSheet, new Promise<void>((done) => setTimeout(done, 1500))])
          : undefined,
      ),
    ],
  }).catch((err) => console.error(err));
}
setTimeout(start);
