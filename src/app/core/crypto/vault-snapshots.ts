import { AppDb, SnapshotRecord } from '../db/app-db';
import { SealedTableName } from '../db/sealed-tables';
import { Envelope, seal, unseal } from './envelope';
import { Row, isWholeSealed } from './sealed-records';
import { VaultKeys } from './vault-keys';

/** Below this many rows opening each one is quick (100 decrypts: a few ms): no copy is kept. */
export const SNAPSHOT_MIN_ROWS = 100;

/** Opened records by the stored version (`sealedVersion`) of the row each came from. */
export type Remembered = ReadonlyMap<string, unknown>;

/** Room in the copy for an entry's version and brackets, beyond its record's own length. */
const ENTRY_ROOM = 64;

/**
 * One stored version of one whole-sealed row: its IV, new at every seal, its length and the end
 * of its sealed text, which holds GCM's tag. A row sealed anew, swapped in or damaged at the end
 * is opened from itself (and a damaged one fails there). Damage before the tag alone keeps the
 * version, so that row shows as it last opened instead of as unreadable: nothing new can be
 * shown that way. Other rows (plain, format 1) have none.
 */
export function sealedVersion(table: SealedTableName, row: unknown): string | null {
  if (!isWholeSealed(table, row as Row)) return null;
  const { iv, ct } = (row as Row)['sealed'] as Envelope;
  return `${iv}.${ct.length}.${ct.slice(-24)}`;
}

/** Which row versions are stored, as a digest: what a copy was made from. */
export function rowsFingerprint(table: SealedTableName, rows: readonly unknown[]): Promise<string> {
  return versionsFingerprint(rows.map((row) => sealedVersion(table, row)));
}

async function versionsFingerprint(versions: readonly (string | null)[]): Promise<string> {
  const sorted = versions.map((version) => version ?? '').sort();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(sorted.join('\n')));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The table's copy, still sealed, if it was made from exactly `rows`. One made from other rows
 * is deleted: a build from before copies existed writes rows without deleting it, and the copy
 * would keep the text of a note that tab deleted.
 */
export async function storedSnapshot(
  db: AppDb,
  table: SealedTableName,
  rows: readonly unknown[],
): Promise<SnapshotRecord | undefined> {
  const stored = await db.snapshots.get(table);
  if (!stored?.sealed) return undefined;
  if (stored.rows === (await rowsFingerprint(table, rows))) return stored;
  await db.transaction('rw', db.snapshots, async () => {
    if ((await db.snapshots.get(table))?.sealed?.iv === stored.sealed!.iv) {
      await db.snapshots.delete(table);
    }
  });
  return undefined;
}

/**
 * A sealed copy opened: empty when there is none, or it was sealed with another key or damaged,
 * as it is only ever a shortcut.
 */
export async function openSnapshot(
  table: SealedTableName,
  stored: SnapshotRecord | undefined,
  keys: VaultKeys,
): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  if (!stored?.sealed) return found;
  try {
    const body = JSON.parse(await unseal(keys.data, stored.sealed)) as {
      table?: unknown;
      entries?: unknown;
    };
    if (body?.table !== table || !Array.isArray(body.entries)) return found;
    for (const entry of body.entries as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') continue;
      const record: unknown = entry[1];
      if (record && typeof record === 'object' && !Array.isArray(record))
        found.set(entry[0], record);
    }
  } catch {
    // Another key's copy (the lock was removed and set again meanwhile) or a damaged one.
  }
  return found;
}

/**
 * Seals what is remembered of the rows stored now, and nothing else, so a record deleted or
 * edited since is not copied. A claim is stored first; every write to the table deletes the
 * table's copy or claim in its own transaction (core/crypto/vault.ts, vault-rewrite.ts, and the
 * backup import), so a write made while this one read and sealed leaves no claim, and the copy is
 * dropped. Stored only while `stillHeld` (the vault has not locked) and the vault still holds the
 * key `keyId` names, and only where the disk has room to spare.
 */
export async function writeSnapshot(
  db: AppDb,
  table: SealedTableName,
  keys: VaultKeys,
  keyId: string,
  remembered: Remembered,
  stillHeld: () => boolean,
): Promise<boolean> {
  const claim = crypto.randomUUID();
  await db.snapshots.put({ table, claim });
  const rows = await db.table<Row, string>(table).toArray();
  const versions = rows.map((row) => sealedVersion(table, row));
  const entries: [string, unknown][] = [];
  // The copy is padded to a length that follows from the copied rows' own (padded) lengths, so
  // it tells nothing about the texts that the rows do not already tell.
  let length = ENTRY_ROOM;
  rows.forEach((row, at) => {
    const version = versions[at];
    if (version !== null && remembered.has(version)) {
      entries.push([version, remembered.get(version)]);
      length += sealedLength(row['sealed'] as Envelope) + ENTRY_ROOM;
    }
  });
  let sealed: Envelope | null = null;
  if (entries.length >= SNAPSHOT_MIN_ROWS && stillHeld()) {
    const json = JSON.stringify({ table, entries });
    const bytes = new TextEncoder().encode(json).length;
    if (bytes <= length && (await roomFor(length))) {
      sealed = await seal(keys.data, json + ' '.repeat(length - bytes));
    }
  }
  // Worked out before the transaction, which a digest would end; not needed without a copy.
  const copy = sealed && { sealed, rows: await versionsFingerprint(versions) };
  return db.transaction('rw', db.snapshots, db.vault, async () => {
    const now = await db.snapshots.get(table);
    if (now?.claim !== claim) return false;
    if (!copy || !stillHeld() || (await db.vault.get('vault'))?.keyId !== keyId) {
      await db.snapshots.delete(table);
      return false;
    }
    await db.snapshots.put({ table, ...copy });
    return true;
  });
}

/** The length of the padded text a row's envelope seals: its sealed bytes less GCM's tag. */
function sealedLength({ ct }: Envelope): number {
  const padding = ct.endsWith('==') ? 2 : ct.endsWith('=') ? 1 : 0;
  return (ct.length / 4) * 3 - padding - 16;
}

/** A copy is a shortcut: never worth filling a small phone, where a note could not be saved. */
async function roomFor(length: number): Promise<boolean> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota || estimate.usage === undefined) return true;
  return estimate.quota - estimate.usage > 8 * length;
}
