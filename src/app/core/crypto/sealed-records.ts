import { SEALED_TABLES, SealedTableName } from '../db/sealed-tables';
import { Envelope, seal, unseal } from './envelope';
import { VaultLocked } from './vault-errors';
import { VaultKeys, opaqueId, padded } from './vault-keys';

/** A stored row of a sealed table, in any of its forms. */
export type Row = Record<string, unknown>;

/** Stored as the vault wants it today: the key and the envelope, nothing else. */
export function isWholeSealed(table: SealedTableName, row: Row): boolean {
  const pk = SEALED_TABLES[table];
  return !!row['sealed'] && Object.keys(row).every((k) => k === pk || k === 'sealed');
}

/**
 * The record as the app uses it. A plain row is itself; a format 1 row (before issue 15) sealed
 * only its text; a whole-sealed row holds the full record. Throws `VaultLocked` without keys.
 */
export async function openRow<R>(row: Row, keys: VaultKeys | null): Promise<R> {
  const sealed = row['sealed'] as Envelope | undefined;
  if (!sealed) return row as R;
  if (!keys) throw new VaultLocked();
  if ('updatedAt' in row) {
    const { sealed: _, ...rest } = row;
    return { ...rest, body: await unseal(keys.data, sealed) } as R;
  }
  const value: unknown = JSON.parse(await unseal(keys.data, sealed));
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError('bad record');
  }
  return value as R;
}

/** The whole record sealed and padded, under an opaque id derived from its own id. */
export async function sealRow(table: SealedTableName, plain: Row, keys: VaultKeys): Promise<Row> {
  const pk = SEALED_TABLES[table];
  return {
    [pk]: await opaqueId(keys, table, String(plain[pk])),
    sealed: await seal(keys.data, padded(JSON.stringify(plain))),
  };
}
