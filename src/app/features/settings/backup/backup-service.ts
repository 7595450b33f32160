import { Injectable, inject } from '@angular/core';
import { Vault, VaultLocked } from '../../../core/crypto/vault';
import { mapBounded } from '../../../core/crypto/bounded-map';
import { AppDatabase, ChecklistEntry, NoteRecord } from '../../../core/db/app-db';
import { LocalSettings } from '../../../core/settings/local-settings';
import { ExitTarget } from '../../../core/safety/exit-target';
import { stripFormatCharacters } from '../../../shared/text/format-characters';
import { BackupPayload, Skipped, decodeBackup, encodeBackup } from './backup-codec';

export type ImportMode = 'merge' | 'replace';

/** What an import brought in, and what it had to leave out. */
export interface ImportReport {
  readonly imported: number;
  readonly skipped: Skipped;
}

/** The idle-lock choices Settings offers, in minutes. */
export const LOCK_CHOICES = ['1', '5', '15', '30'];

/** Export and import of notes, ticks and settings, through an encrypted file. */
@Injectable({ providedIn: 'root' })
export class BackupService {
  private readonly db = inject(AppDatabase).db;
  private readonly vault = inject(Vault);
  private readonly settings = inject(LocalSettings);
  private readonly exitTarget = inject(ExitTarget);

  /** Throws `VaultLocked` while the vault is locked: notes cannot be read then. */
  async export(passphrase: string): Promise<Blob> {
    if (this.vault.state() === 'locked') throw new VaultLocked();
    const records = await this.openAll<NoteRecord>(this.db.notes.toArray());
    const notes = records.map((r) => ({
      id: r.id,
      text: typeof r.body === 'string' ? r.body : '',
      ...(r.about ? { about: r.about } : {}),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    }));
    const ticks = await this.openAll<ChecklistEntry>(this.db.checklist.toArray());
    const checklist = ticks.map(({ tipId, step, doneAt }) => ({ tipId, step, doneAt }));
    const settings: Record<string, string> = {};
    // The language stays the one chosen on each device, so it is not part of a backup.
    for (const key of ['exitUrl', 'neutralTitle', 'lockAfterMinutes'] as const) {
      const value = this.settings.get(key);
      if (value !== null) settings[key] = value;
    }
    const payload: BackupPayload = { v: 1, createdAt: Date.now(), notes, checklist, settings };
    return new Blob([await encodeBackup(payload, passphrase)], { type: 'application/json' });
  }

  /** Every row that opens; one that cannot is reported, and never blocks the rest. */
  private async openAll<R>(rows: Promise<unknown[]>): Promise<R[]> {
    const opened = await mapBounded(await rows, (row) =>
      this.vault.open<R>(row).catch((error) => {
        console.error(error);
        return null;
      }),
    );
    return opened.filter((r): r is Awaited<R> => r !== null) as R[];
  }

  /**
   * Decrypts and checks the whole file first, then writes it in one transaction: a bad file,
   * or a failure half-way, leaves the database exactly as it was. A record that cannot be read
   * is left out and counted; the rest come in.
   */
  async import(text: string, passphrase: string, mode: ImportMode): Promise<ImportReport> {
    const { payload, skipped } = await decodeBackup(text, passphrase);
    const plain: NoteRecord[] = payload.notes.map((note) => ({
      id: note.id,
      body: stripFormatCharacters(note.text),
      ...(note.about ? { about: note.about } : {}),
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
    }));
    // Merging keeps the newer of two versions of the same note.
    const existing =
      mode === 'merge'
        ? await Promise.all(
            plain.map((n) => this.vault.get<NoteRecord>(this.db.notes, n.id).catch(() => null)),
          )
        : [];
    const newer = plain.filter(
      (note, i) => !existing[i] || existing[i]!.updatedAt <= note.updatedAt,
    );
    const notes = await mapBounded(newer, (n) => this.vault.storedForm(this.db.notes, n));
    const ticks = await mapBounded(payload.checklist, (t) =>
      this.vault.storedForm(this.db.checklist, { key: `${t.tipId}:${t.step}`, ...t }),
    );
    const { db } = this;
    await db.transaction('rw', db.notes, db.checklist, db.vault, db.snapshots, async () => {
      if (mode === 'replace') {
        await db.notes.clear();
        await db.checklist.clear();
      }
      await db.notes.bulkPut(notes as never[]);
      await db.checklist.bulkPut(ticks as never[]);
      // A sealed copy of opened notes would keep texts this import replaces.
      await db.snapshots.bulkDelete(['notes', 'checklist']);
    });
    const written = newer;
    const { settings } = payload;
    // A backup may come from someone else: its exit address waits for the reader's yes, and the
    // current target stays until then (issue 15, finding 9).
    if (settings.exitUrl) this.exitTarget.offer(settings.exitUrl);
    if (settings.neutralTitle)
      this.settings.set('neutralTitle', settings.neutralTitle === '1' ? '1' : '0');
    // Only the choices Settings offers: a backup cannot set a 999-minute lock (finding 9).
    if (settings.lockAfterMinutes && LOCK_CHOICES.includes(settings.lockAfterMinutes)) {
      this.settings.set('lockAfterMinutes', settings.lockAfterMinutes);
    }
    return { imported: written.length, skipped };
  }
}
