import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';
import { installDefaultTrustedTypesPolicy } from './app/core/security/trusted-types';

// Must run before Angular registers the service worker: under `require-trusted-types-for 'script'`
// the registration needs a TrustedScriptURL (anchors.md B-1 #12, B-3).
installDefaultTrustedTypesPolicy();

bootstrapApplication(App, appConfig).catch((err) => console.error(err));
