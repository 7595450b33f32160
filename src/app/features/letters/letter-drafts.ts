import { Injectable, inject } from '@angular/core';
import { Vault } from '../../core/crypto/vault';
import { AppDatabase, LetterDraftRecord } from '../../core/db/app-db';
import { StorageFailure, storageFailure } from '../../core/db/db-errors';
import { StorageHealth } from '../../core/pwa/storage-health';
import { stripFormatCharacters } from '../../shared/text/format-characters';
import { Answers, LetterKind } from './letter-model';

/** Why a draft was not saved; the answers always stay on screen. */
export type DraftError = StorageFailure;

/** Longer than any real answer; keeps a pasted book out of a small phone's storage. */
export const MAX_ANSWER_LENGTH = 10_000;

/**
 * Only the kind's own fields, as text without hidden format characters, within the length cap:
 * a stored draft is not trusted, and a bidi mark must not reorder what the letter says.
 */
export function cleanAnswers(kind: LetterKind, value: unknown): Record<string, string> {
  const source = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const answers: Record<string, string> = {};
  for (const field of kind.fields) {
    const answer = source[field.id];
    if (typeof answer === 'string')
      answers[field.id] = stripFormatCharacters(answer).slice(0, MAX_ANSWER_LENGTH);
  }
  return answers;
}

/**
 * One draft per letter kind, only in this browser's IndexedDB. With a passphrase set it is
 * sealed by the vault exactly like a note, and it cannot be read while the app is locked.
 */
@Injectable({ providedIn: 'root' })
export class LetterDrafts {
  private readonly db = inject(AppDatabase).db;
  private readonly vault = inject(Vault);
  private readonly storage = inject(StorageHealth);

  /** The saved answers, or null when there is no draft. Throws `VaultLocked` while locked. */
  async load(kind: LetterKind): Promise<{ answers: Answers; updatedAt: number } | null> {
    const record = await this.vault.get<LetterDraftRecord>(this.db.letterDrafts, kind.id);
    if (!record) return null;
    const text = typeof record.body === 'string' ? record.body : '';
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return null;
    }
    return {
      answers: cleanAnswers(kind, (parsed as { answers?: unknown })?.answers),
      updatedAt: record.updatedAt,
    };
  }

  async save(
    kind: LetterKind,
    answers: Answers,
  ): Promise<{ ok: true } | { ok: false; error: DraftError }> {
    try {
      const text = JSON.stringify({ v: 1, answers: cleanAnswers(kind, answers) });
      const first = (await this.db.letterDrafts.count()) === 0;
      const record: LetterDraftRecord = { id: kind.id, body: text, updatedAt: Date.now() };
      await this.vault.put(this.db.letterDrafts, record);
      if (first) void this.storage.requestPersistence();
      return { ok: true };
    } catch (error) {
      console.error(error);
      return { ok: false, error: storageFailure(error) };
    }
  }

  async remove(kind: LetterKind): Promise<boolean> {
    try {
      await this.vault.remove(this.db.letterDrafts, kind.id);
      return true;
    } catch (error) {
      console.error(error);
      return false;
    }
  }
}
