import { InjectionToken } from '@angular/core';

/** The app's IndexedDB database name, apart from Dexie so the first bundle's wipe can use it. */
export const APP_DB_NAME = new InjectionToken<string>('APP_DB_NAME', {
  providedIn: 'root',
  factory: () => 'digital-sanctuary',
});
