import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/** The browser window, behind a token so specs can hand in a stand-in (as Angular's adev app does). */
export const WINDOW = new InjectionToken<Window>('WINDOW', {
  providedIn: 'root',
  factory: () => inject(DOCUMENT).defaultView as Window,
});
