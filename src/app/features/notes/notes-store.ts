import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { liveQuery } from 'dexie';
import { from } from 'rxjs';
import { Vault } from '../../core/crypto/vault';
import { AppDatabase, NoteRecord } from '../../core/db/app-db';
import { isQuotaError } from '../../core/db/db-errors';
import { StorageHealth } from '../../core/pwa/storage-health';

export interface Note {
  readonly id: string;
  readonly text: string;
  readonly about?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Why a save failed; the text always stays on screen. */
export type SaveError = 'full' | 'closed' | 'locked' | 'too-long' | 'failed';
export type SaveResult = { ok: true; id: string } | { ok: false; error: SaveError };

/** Long enough for any real note; a cap keeps a pasted novel from filling a small phone. */
export const MAX_NOTE_LENGTH = 100_000;

function saveError(error: unknown): SaveError {
  if (isQuotaError(error)) return 'full';
  const name = (error as { name?: string })?.name ?? '';
  if (/DatabaseClosed|InvalidState|VersionChange/.test(name)) return 'closed';
  if ((error as Error)?.message === 'locked') return 'locked';
  return 'failed';
}

/** Notes kept only in this browser's IndexedDB; open while unlocked, sealed while locked. */
@Injectable({ providedIn: 'root' })
export class NotesStore {
  private readonly db = inject(AppDatabase).db;
  private readonly vault = inject(Vault);
  private readonly storage = inject(StorageHealth);
  private readonly records = toSignal(
    from(liveQuery(() => this.db.notes.orderBy('updatedAt').reverse().toArray())),
  );
  private readonly opened = signal<Note[] | undefined>(undefined);

  /** Undefined while loading or locked. Newest first. */
  readonly notes = this.opened.asReadonly();
  readonly count = computed(() => this.records()?.length ?? 0);

  constructor() {
    effect(() => {
      const records = this.records();
      const key = this.vault.activeKey();
      const state = this.vault.state();
      if (!records || state === 'loading' || state === 'locked') {
        this.opened.set(undefined);
        return;
      }
      void this.open(records, key);
    });
  }

  get(id: string): Note | undefined {
    return this.opened()?.find((note) => note.id === id);
  }

  search(query: string): Note[] {
    const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return (this.opened() ?? []).filter((note) => {
      const text = note.text.toLocaleLowerCase();
      return words.every((word) => text.includes(word));
    });
  }

  about(about: string): Note[] {
    return (this.opened() ?? []).filter((note) => note.about === about);
  }

  async save(draft: { id?: string; text: string; about?: string }): Promise<SaveResult> {
    if (draft.text.length > MAX_NOTE_LENGTH) return { ok: false, error: 'too-long' };
    const now = Date.now();
    const id = draft.id ?? crypto.randomUUID();
    try {
      const existing = draft.id ? await this.db.notes.get(draft.id) : undefined;
      const first = (await this.db.notes.count()) === 0;
      await this.vault.put(
        this.db.notes,
        {
          id,
          ...(draft.about ? { about: draft.about } : {}),
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        },
        draft.text,
      );
      if (first) void this.storage.requestPersistence();
      return { ok: true, id };
    } catch (error) {
      console.error(error);
      return { ok: false, error: saveError(error) };
    }
  }

  async remove(id: string): Promise<boolean> {
    try {
      await this.db.notes.delete(id);
      return true;
    } catch (error) {
      console.error(error);
      return false;
    }
  }

  private async open(records: NoteRecord[], key: CryptoKey | null): Promise<void> {
    const opened = await Promise.all(
      records.map(async (record): Promise<Note | null> => {
        try {
          return {
            id: record.id,
            text: await this.vault.textOf(record, key),
            about: record.about,
            createdAt: record.createdAt,
            updatedAt: record.updatedAt,
          };
        } catch (error) {
          // One note that cannot be opened must not hide all the others.
          console.error(error);
          return null;
        }
      }),
    );
    // A newer emission may have arrived meanwhile; only the latest list counts.
    if (this.records() === records && this.vault.activeKey() === key) {
      this.opened.set(opened.filter((note): note is Note => note !== null));
    }
  }
}
