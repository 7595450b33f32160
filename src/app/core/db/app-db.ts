import { Injectable, inject } from '@angular/core';
import Dexie, { DexieOptions, Table } from 'dexie';
import { Envelope, KdfParams } from '../crypto/envelope';
import { APP_DB_NAME } from './db-name';
import { DatabasePresence } from './database-presence';
import { EXIT_HOOKS } from '../safety/quick-exit';
import { WipeGuard } from '../safety/wipe-guard';

/** One ticked step of a tip's checklist. Unticked steps are deleted, not stored as false. */
export interface ChecklistEntry {
  /** `${tipId}:${step}` */
  readonly key: string;
  readonly tipId: string;
  readonly step: number;
  readonly doneAt: number;
}

/** Text kept plain (`body`, no passphrase) or sealed (passphrase set); exactly one is present. */
export interface SealableRecord {
  readonly id: string;
  readonly body?: string;
  readonly sealed?: Envelope;
  readonly updatedAt: number;
}

/** A private note. */
export interface NoteRecord extends SealableRecord {
  /** What the note is about: `tips/<id>`, `guides/<id>` or `contacts/<id>`; absent if none. */
  readonly about?: string;
  readonly createdAt: number;
}

/** The draft of one kind of letter: its text is the form's answers as JSON. */
export interface LetterDraftRecord extends SealableRecord {
  /** The letter kind, e.g. `home-office-sar`: one draft per kind. */
  readonly id: string;
}

/**
 * A reading list an adviser shared, kept by the reader. Its text is the link's fragment as it came
 * (it may hold the adviser's note); `updatedAt` is when it was kept.
 */
export type KeptPackRecord = SealableRecord;

/**
 * Present only when the reader has set a passphrase. Format 2 keeps a random data key wrapped by
 * the passphrase (`kdf` + `wrapped`); format 1 (before issue 15) sealed records with the
 * passphrase key itself and kept `check`; it is migrated to format 2 on its first unlock.
 */
export interface VaultRecord {
  readonly id: 'vault';
  /** Derives the passphrase key: its count is raised on unlock when below today's default. */
  readonly kdf: KdfParams;
  /** Format 2: the data key, sealed with the passphrase key. */
  readonly wrapped?: Envelope;
  /** Format 2: random, changes only when the data key does (not on a passphrase change). */
  readonly keyId?: string;
  /** Format 1 only: a known text sealed with the key; opening it proves the passphrase. */
  readonly check?: Envelope;
  /** Raised before each passphrase is checked, in one transaction, so tabs cannot race it. */
  readonly failedTries: number;
  /** The reader's own choice: wipe everything after 10 wrong passphrases in a row. */
  readonly wipeAfterTen: boolean;
}

/**
 * A sealed copy of one sealed table's opened records, so that an unlock opens one envelope rather
 * than one per row (core/crypto/opened-memo.ts). A row with only `claim` marks a copy being made:
 * any write to the table deletes it, and the copy is then not stored.
 */
export interface SnapshotRecord {
  readonly table: string;
  readonly sealed?: Envelope;
  /** A digest of the stored row versions the copy was made from (their IVs are stored anyway). */
  readonly rows?: string;
  readonly claim?: string;
}

export { APP_DB_NAME } from './db-name';

/**
 * The app's IndexedDB database. Every schema version stays declared here with its upgrade
 * function, so a phone that skipped versions still upgrades. Dexie is imported only by lazy features, never by the first bundle.
 */
export class AppDb extends Dexie {
  checklist!: Table<ChecklistEntry, string>;
  notes!: Table<NoteRecord, string>;
  vault!: Table<VaultRecord, string>;
  letterDrafts!: Table<LetterDraftRecord, string>;
  packs!: Table<KeptPackRecord, string>;
  snapshots!: Table<SnapshotRecord, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({ checklist: 'key, tipId' });
    // Version 2 adds notes and the passphrase vault. Its upgrade repairs checklist rows written
    // by any build that left `doneAt` out, so every version after can rely on it.
    this.version(2)
      .stores({ checklist: 'key, tipId', notes: 'id, updatedAt, about', vault: 'id' })
      .upgrade((tx) =>
        tx
          .table<ChecklistEntry, string>('checklist')
          .toCollection()
          .modify((entry) => {
            if (typeof entry.doneAt !== 'number') (entry as { doneAt: number }).doneAt = 0;
          }),
      );
    // Version 3 adds letter drafts; nothing already stored changes.
    this.version(3).stores({
      checklist: 'key, tipId',
      notes: 'id, updatedAt, about',
      vault: 'id',
      letterDrafts: 'id',
    });
    // Version 4 adds reading lists kept from advisers' links. (Dexie keeps tables not named.)
    this.version(4).stores({ packs: 'id, updatedAt' });
    // Version 5 adds sealed copies of opened tables; nothing already stored changes.
    this.version(5).stores({ snapshots: 'table' });
  }
}

/**
 * The browser's IndexedDB, asking `mayOpen` before every open: a refused open fails before any
 * database is created, so Dexie's automatic re-open cannot bring a wiped database back.
 */
export function guardedIndexedDb(real: IDBFactory, mayOpen: () => boolean): IDBFactory {
  return new Proxy(real, {
    get(target, property) {
      if (property === 'open') {
        return (name: string, version?: number) => {
          if (!mayOpen()) throw new DOMException('Wiped in this page', 'InvalidStateError');
          return target.open(name, version);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The app's one database. After a wipe anywhere (issue 15, finding 2) it stays closed for the
 * rest of this page's life: every read and save fails as "closed" until the app restarts.
 */
@Injectable({ providedIn: 'root' })
export class AppDatabase {
  private readonly guard = inject(WipeGuard);
  readonly db = new AppDb(inject(APP_DB_NAME), {
    indexedDB: guardedIndexedDb(indexedDB, () => this.guard.mayOpen()),
    IDBKeyRange,
  });

  constructor() {
    inject(DatabasePresence).markPresent();
    // A delete from another tab: close for good. Dexie's own handler would close and re-open on
    // the next save, re-creating the database; returning false keeps it from running.
    this.db.on('versionchange', (event: IDBVersionChangeEvent) => {
      if (event.newVersion) return undefined;
      this.db.close();
      this.guard.databaseDeleted();
      return false;
    });
    // Quick exit and a wipe in this tab close it too, so the wipe's delete is not blocked by us.
    inject(EXIT_HOOKS).push(() => this.db.close());
  }
}
