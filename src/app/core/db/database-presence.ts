import {
  DOCUMENT,
  ErrorHandler,
  Injectable,
  Injector,
  Signal,
  Type,
  computed,
  PLATFORM_ID,
  inject,
  resource,
  signal,
} from '@angular/core';
import { isPlatformServer } from '@angular/common';
import { APP_DB_NAME } from './db-name';

/** How long the browser may take to list its databases before the stores load anyway. */
const ANSWER_WITHIN_MS = 3000;

/**
 * Whether this device holds the app's database, known without loading Dexie (its chunk is about
 * 37 kB gzip and 0.4 s of start-up on a 4x slower CPU). On a first visit nothing is stored, so
 * home and the tip cards show no ticks and load their stores only once the database exists
 * (`injectStoreOnceStored` below).
 */
@Injectable({ providedIn: 'root' })
export class DatabasePresence {
  private readonly name = inject(APP_DB_NAME);
  private readonly platformId = inject(PLATFORM_ID);
  private readonly present = signal<boolean | undefined>(undefined);
  /** Undefined while the browser is asked, then whether the database exists. */
  readonly exists = this.present.asReadonly();
  /** One question at a time: home's cards, its kept lists and a tab coming back ask together. */
  private asking = false;

  constructor() {
    this.check();
    // Back to this tab: a tick made in another one may have created the database meanwhile.
    const document = inject(DOCUMENT);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.check();
    });
  }

  /**
   * Asks again: a tick in another tab may have created the database since. Where the browser
   * cannot list its databases, or takes too long to, the answer is yes, and the stores load as
   * they always did.
   */
  check(): void {
    if (this.present() || this.asking) return;
    // A prerendered page is drawn as a first visit sees it in its first moment: not yet known
    // (Node has no indexedDB). The boxes that tick steps are then disabled until the app starts,
    // so a tick made before it could take note is never lost.
    if (isPlatformServer(this.platformId)) return;
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
      this.present.set(true);
      return;
    }
    this.asking = true;
    const slow = setTimeout(() => this.present.set(true), ANSWER_WITHIN_MS);
    const answered = (exists: boolean) => {
      clearTimeout(slow);
      this.asking = false;
      if (!this.present()) this.present.set(exists);
    };
    indexedDB.databases().then(
      (databases) => answered(databases.some(({ name }) => name === this.name)),
      () => answered(true),
    );
  }

  /** The app is about to use its database (AppDatabase was created): from now on it exists. */
  markPresent(): void {
    this.present.set(true);
  }
}

/** A store that loads once the database exists (`injectStoreOnceStored`). */
export interface StoreOnceStored<T> extends Signal<T | null | undefined> {
  /** The store now, loading its code if need be: for a write, which creates the database. */
  open(): Promise<T>;
}

/**
 * A root store that reads the database, loaded with its code only once the database exists:
 * `null` while nothing is stored (so nothing to show), `undefined` until that is known and the
 * store has loaded. For the screens a first visit opens (home, the tips, a shared tip, guide or
 * contact): Dexie then stays off them. A dynamic import rather than `@defer`, which would add
 * Angular's defer runtime to every first screen (+1.8 kB gzip, measured in features/home/home.ts).
 * Asks again on each call, since another tab may have created the database meanwhile.
 */
export function injectStoreOnceStored<T>(load: () => Promise<Type<T>>): StoreOnceStored<T> {
  const presence = inject(DatabasePresence);
  const injector = inject(Injector);
  // A chunk that fails to load goes where every other one does (core/pwa/chunk-errors.ts: one
  // reload, then a message), rather than leaving the progress hidden without a word.
  const errors = inject(ErrorHandler);
  const open = async () => {
    try {
      return injector.get(await load());
    } catch (error) {
      errors.handleError(error);
      throw error;
    }
  };
  presence.check();
  const store = resource({ params: () => presence.exists() || undefined, loader: open });
  const current = computed(() => {
    if (presence.exists() === false) return null;
    return store.hasValue() ? store.value() : undefined;
  });
  return Object.assign(current, { open });
}
