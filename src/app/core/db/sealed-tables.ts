/**
 * The tables that hold what a reader wrote or did, and their primary keys. With a passphrase set,
 * each of their rows is stored as `{ <key>: opaque id, sealed }` and nothing else: the whole record
 * (text, `about` link, times, letter kind, tick) is inside the envelope (issue 15). Every other
 * table holds nothing personal.
 */
export const SEALED_TABLES = {
  notes: 'id',
  letterDrafts: 'id',
  packs: 'id',
  checklist: 'key',
} as const;

export type SealedTableName = keyof typeof SEALED_TABLES;
export const SEALED_TABLE_NAMES = Object.keys(SEALED_TABLES) as SealedTableName[];
