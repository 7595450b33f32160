import {
  Envelope,
  KdfParams,
  MAX_ACCEPTED_ITERATIONS,
  MIN_ACCEPTED_ITERATIONS,
  deriveKey,
  isEnvelope,
  newKdfParams,
  normalizePassphrase,
  seal,
  unseal,
} from '../../../core/crypto/envelope';

export const BACKUP_FORMAT = 'digital-sanctuary-backup';
/** Far above any real backup; refuses a huge or hostile file before parsing it. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
const MAX_NOTES = 50_000;
const MAX_NOTE_LENGTH = 100_000;
const ID = /^[A-Za-z0-9-]{1,64}$/;
const ABOUT = /^(tips|guides|contacts)\/[a-z0-9-]{1,64}$/;
const SETTING_KEYS = ['language', 'exitUrl', 'neutralTitle', 'lockAfterMinutes'] as const;

export interface BackupNote {
  readonly id: string;
  readonly text: string;
  readonly about?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface BackupTick {
  readonly tipId: string;
  readonly step: number;
  readonly doneAt: number;
}

export interface BackupPayload {
  readonly v: 1;
  readonly createdAt: number;
  readonly notes: readonly BackupNote[];
  readonly checklist: readonly BackupTick[];
  readonly settings: Readonly<Partial<Record<(typeof SETTING_KEYS)[number], string>>>;
}

/** Records of the file that could not be read: left out, and named in the import's report. */
export interface Skipped {
  readonly notes: number;
  readonly ticks: number;
}

/** A checked payload, and what was left out of it. */
export interface DecodedBackup {
  readonly payload: BackupPayload;
  readonly skipped: Skipped;
}

/** The file: a versioned envelope; everything inside is encrypted. */
export interface BackupFile extends Envelope {
  readonly format: typeof BACKUP_FORMAT;
  readonly kdf: KdfParams;
}

export type BackupError = 'too-big' | 'not-backup' | 'wrong-passphrase' | 'damaged';

export class BackupProblem extends Error {
  constructor(readonly problem: BackupError) {
    super(problem);
  }
}

export async function encodeBackup(payload: BackupPayload, passphrase: string): Promise<string> {
  const kdf = newKdfParams();
  const key = await deriveKey(normalizePassphrase(passphrase), kdf);
  const envelope = await seal(key, JSON.stringify(payload));
  const file: BackupFile = { format: BACKUP_FORMAT, kdf, ...envelope };
  return JSON.stringify(file);
}

/**
 * Reads a backup file. A flaw in the file as a whole throws a BackupProblem; a bad note or tick
 * is left out and counted, so one broken record never costs the rest (issue 15, finding 7).
 */
export async function decodeBackup(text: string, passphrase: string): Promise<DecodedBackup> {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupProblem('too-big');
  const file = parse(text);
  if (
    !file ||
    typeof file !== 'object' ||
    (file as BackupFile).format !== BACKUP_FORMAT ||
    !isEnvelope(file)
  ) {
    throw new BackupProblem('not-backup');
  }
  const kdf = (file as BackupFile).kdf;
  if (
    kdf?.alg !== 'PBKDF2-SHA-256' ||
    !Number.isInteger(kdf.iterations) ||
    kdf.iterations < MIN_ACCEPTED_ITERATIONS ||
    kdf.iterations > MAX_ACCEPTED_ITERATIONS ||
    typeof kdf.salt !== 'string'
  ) {
    throw new BackupProblem('damaged');
  }
  let plain: string;
  try {
    plain = await openWithEither(passphrase, kdf, file);
  } catch (error) {
    // AES-GCM cannot tell a wrong key from changed bytes; a broken envelope shape is damage.
    const broken =
      error instanceof TypeError ||
      (error instanceof DOMException && error.name === 'InvalidCharacterError');
    throw new BackupProblem(broken ? 'damaged' : 'wrong-passphrase');
  }
  const decoded = checkPayload(parse(plain));
  if (!decoded) throw new BackupProblem('damaged');
  return decoded;
}

/** Normalised first; older backups were sealed with the passphrase exactly as typed. */
async function openWithEither(passphrase: string, kdf: KdfParams, file: Envelope): Promise<string> {
  const nfc = normalizePassphrase(passphrase);
  try {
    return await unseal(await deriveKey(nfc, kdf), file);
  } catch (error) {
    if (nfc === passphrase || !(error instanceof DOMException)) throw error;
    return unseal(await deriveKey(passphrase, kdf), file);
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 8.64e15;

/** A strict copy of one note, or undefined. An `about` that is not a valid link is dropped. */
function checkNote(value: unknown): BackupNote | undefined {
  const n = value as Partial<BackupNote> | null;
  if (!n || typeof n !== 'object' || typeof n.id !== 'string' || !ID.test(n.id)) return undefined;
  if (typeof n.text !== 'string' || n.text.length > MAX_NOTE_LENGTH) return undefined;
  if (!isTime(n.createdAt) || !isTime(n.updatedAt)) return undefined;
  const about = typeof n.about === 'string' && ABOUT.test(n.about) ? n.about : undefined;
  return {
    id: n.id,
    text: n.text,
    ...(about ? { about } : {}),
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
  };
}

function checkTick(value: unknown): BackupTick | undefined {
  const t = value as Partial<BackupTick> | null;
  if (!t || typeof t !== 'object' || typeof t.tipId !== 'string') return undefined;
  if (!/^[a-z0-9-]{1,64}$/.test(t.tipId) || !Number.isInteger(t.step)) return undefined;
  if (t.step! < 0 || t.step! > 20 || !isTime(t.doneAt)) return undefined;
  return { tipId: t.tipId, step: t.step!, doneAt: t.doneAt };
}

/**
 * A strict copy of what we expect, and how many records were left out; undefined when the
 * payload as a whole is not a backup's. Unknown fields are dropped, never trusted.
 */
export function checkPayload(value: unknown): DecodedBackup | undefined {
  const p = value as Partial<BackupPayload> | undefined;
  if (!p || typeof p !== 'object' || p.v !== 1 || !isTime(p.createdAt)) return undefined;
  if (!Array.isArray(p.notes) || !Array.isArray(p.checklist) || p.notes.length > MAX_NOTES) {
    return undefined;
  }
  const raw = (p.settings && typeof p.settings === 'object' ? p.settings : {}) as Record<
    string,
    unknown
  >;
  // Two notes with one id: the first is kept, the other counted as skipped.
  const ids = new Set<string>();
  const notes: BackupNote[] = [];
  for (const value of p.notes as unknown[]) {
    const note = checkNote(value);
    if (note && !ids.has(note.id)) {
      ids.add(note.id);
      notes.push(note);
    }
  }
  const checklist = (p.checklist as unknown[])
    .slice(0, MAX_NOTES)
    .map(checkTick)
    .filter((tick): tick is BackupTick => !!tick);
  const settings: Partial<Record<(typeof SETTING_KEYS)[number], string>> = {};
  for (const key of SETTING_KEYS) {
    const v = raw[key];
    if (typeof v === 'string' && v.length <= 2000) settings[key] = v;
  }
  return {
    payload: { v: 1, createdAt: p.createdAt, notes, checklist, settings },
    skipped: { notes: p.notes.length - notes.length, ticks: p.checklist.length - checklist.length },
  };
}

/** The payload with every bad record left out, or undefined when it is not a backup's at all. */
export function validatePayload(value: unknown): BackupPayload | undefined {
  return checkPayload(value)?.payload;
}
