import { Injectable, InjectionToken, inject } from '@angular/core';
import Dexie, { Table } from 'dexie';

/** One ticked step of a tip's checklist. Unticked steps are deleted, not stored as false. */
export interface ChecklistEntry {
  /** `${tipId}:${step}` */
  readonly key: string;
  readonly tipId: string;
  readonly step: number;
  readonly doneAt: number;
}

export const APP_DB_NAME = new InjectionToken<string>('APP_DB_NAME', {
  providedIn: 'root',
  factory: () => 'digital-sanctuary',
});

/**
 * The app's IndexedDB database. Every schema version stays declared here with its upgrade
 * function (anchors.md B-2). Dexie is imported only by lazy features, never by the first bundle.
 */
export class AppDb extends Dexie {
  checklist!: Table<ChecklistEntry, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ checklist: 'key, tipId' });
  }
}

@Injectable({ providedIn: 'root' })
export class AppDatabase {
  readonly db = new AppDb(inject(APP_DB_NAME));
}
