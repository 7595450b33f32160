import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { liveQuery } from 'dexie';
import { from } from 'rxjs';
import { injectOpenedRecords } from '../crypto/opened-records';
import { Vault } from '../crypto/vault';
import { AppDatabase, NoteRecord } from '../db/app-db';
import { StorageFailure, storageFailure } from '../db/db-errors';
import { StorageHealth } from '../pwa/storage-health';
import { stripFormatCharacters } from '../../shared/text/format-characters';

export interface Note {
  readonly id: string;
  readonly text: string;
  readonly about?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** Why a save failed; the text always stays on screen. */
export type SaveError = StorageFailure | 'too-long';
export type SaveResult = { ok: true; id: string } | { ok: false; error: SaveError };

/** The only `about` links a note may keep; anything else is dropped (issue 15, finding 7). */
const ABOUT = /^(tips|guides|contacts)\/[a-z0-9-]{1,64}$/;

/** Long enough for any real note; a cap keeps a pasted novel from filling a small phone. */
export const MAX_NOTE_LENGTH = 100_000;

/** Notes kept only in this browser's IndexedDB; open while unlocked, sealed while locked. */
@Injectable({ providedIn: 'root' })
export class NotesStore {
  private readonly db = inject(AppDatabase).db;
  private readonly vault = inject(Vault);
  private readonly storage = inject(StorageHealth);
  // Sealed rows carry no times to sort by: they are sorted once opened.
  private readonly records = toSignal(from(liveQuery(() => this.db.notes.toArray())));
  private readonly openedRecords = injectOpenedRecords(
    'notes',
    this.records,
    (record: NoteRecord): Note => ({
      id: record.id,
      text: typeof record.body === 'string' ? record.body : '',
      about: record.about,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    }),
  );
  private readonly opened = computed(() =>
    this.openedRecords
      .opened()
      ?.slice()
      .sort((a, b) => b.updatedAt - a.updatedAt),
  );

  /** Undefined while loading or locked. Newest first. */
  readonly notes = this.opened;
  /** Notes stored but not readable with this key: reported, not silently hidden. */
  readonly unreadable = this.openedRecords.unreadable;
  readonly count = computed(() => this.records()?.length ?? 0);

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
      const existing = draft.id
        ? await this.vault.get<NoteRecord>(this.db.notes, draft.id)
        : undefined;
      const first = (await this.db.notes.count()) === 0;
      const record: NoteRecord = {
        id,
        // Hidden format characters go; the ZWNJ and ZWJ that Persian and Kurdish need stay.
        body: stripFormatCharacters(draft.text),
        ...(draft.about && ABOUT.test(draft.about) ? { about: draft.about } : {}),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await this.vault.put(this.db.notes, record);
      if (first) void this.storage.requestPersistence();
      return { ok: true, id };
    } catch (error) {
      console.error(error);
      return { ok: false, error: storageFailure(error) };
    }
  }

  async remove(id: string): Promise<boolean> {
    try {
      await this.vault.remove(this.db.notes, id);
      return true;
    } catch (error) {
      console.error(error);
      return false;
    }
  }
}
