import { Injectable, inject } from '@angular/core';
import { Vault } from '../../../core/crypto/vault';
import { AppDatabase, ChecklistEntry, NoteRecord } from '../../../core/db/app-db';
import { LocalSettings } from '../../../core/settings/local-settings';
import { safeExitUrl } from '../../../core/safety/quick-exit';
import { BackupPayload, decodeBackup, encodeBackup } from './backup-codec';

export type ImportMode = 'merge' | 'replace';

/** Export and import of notes, ticks and settings, through an encrypted file. */
@Injectable({ providedIn: 'root' })
export class BackupService {
  private readonly db = inject(AppDatabase).db;
  private readonly vault = inject(Vault);
  private readonly settings = inject(LocalSettings);

  /** Throws 'locked' while the vault is locked: notes cannot be read then. */
  async export(passphrase: string): Promise<Blob> {
    const records = await this.db.notes.toArray();
    const notes = await Promise.all(
      records.map(async (r) => ({
        id: r.id,
        text: await this.vault.textOf(r),
        ...(r.about ? { about: r.about } : {}),
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
      })),
    );
    const checklist = (await this.db.checklist.toArray()).map(({ tipId, step, doneAt }) => ({
      tipId,
      step,
      doneAt,
    }));
    const settings: Record<string, string> = {};
    // The language stays the one chosen on each device, so it is not part of a backup.
    for (const key of ['exitUrl', 'neutralTitle', 'lockAfterMinutes'] as const) {
      const value = this.settings.get(key);
      if (value !== null) settings[key] = value;
    }
    const payload: BackupPayload = { v: 1, createdAt: Date.now(), notes, checklist, settings };
    return new Blob([await encodeBackup(payload, passphrase)], { type: 'application/json' });
  }

  /**
   * Decrypts and checks the whole file first, then writes it in one transaction: a bad file,
   * or a failure half-way, leaves the database exactly as it was.
   */
  async import(text: string, passphrase: string, mode: ImportMode): Promise<number> {
    const payload = await decodeBackup(text, passphrase);
    const notes: NoteRecord[] = await Promise.all(
      payload.notes.map((note) =>
        this.vault.recordFor(
          {
            id: note.id,
            ...(note.about ? { about: note.about } : {}),
            createdAt: note.createdAt,
            updatedAt: note.updatedAt,
          },
          note.text,
        ),
      ),
    );
    const ticks: ChecklistEntry[] = payload.checklist.map((t) => ({
      key: `${t.tipId}:${t.step}`,
      ...t,
    }));
    let written: NoteRecord[] = [];
    await this.db.transaction('rw', this.db.notes, this.db.checklist, async () => {
      if (mode === 'replace') {
        await this.db.notes.clear();
        await this.db.checklist.clear();
      }
      // Merging keeps the newer of two versions of the same note.
      const existing = mode === 'merge' ? await this.db.notes.bulkGet(notes.map((n) => n.id)) : [];
      written = notes.filter((note, i) => !existing[i] || existing[i]!.updatedAt <= note.updatedAt);
      await this.db.notes.bulkPut(written);
      await this.db.checklist.bulkPut(ticks);
    });
    const { settings } = payload;
    if (settings.exitUrl) this.settings.set('exitUrl', safeExitUrl(settings.exitUrl));
    if (settings.neutralTitle)
      this.settings.set('neutralTitle', settings.neutralTitle === '1' ? '1' : '0');
    if (settings.lockAfterMinutes && /^\d{1,3}$/.test(settings.lockAfterMinutes)) {
      this.settings.set('lockAfterMinutes', settings.lockAfterMinutes);
    }
    return written.length;
  }
}
