import { fromBase64, toBase64 } from './base64';
import {
  DEFAULT_ITERATIONS,
  Envelope,
  KdfParams,
  deriveKey,
  newKdfParams,
  normalizePassphrase,
  seal,
  unseal,
} from './envelope';
import { PassphraseTooShort } from './vault-errors';

/** The known text a legacy (format 1) vault sealed with its passphrase key. */
export const LEGACY_CHECK_TEXT = 'digital-sanctuary-vault';
/** Short passphrases are easy to guess from a copied database; enforced here, not only in forms. */
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * What the vault keeps before unlock: the data key wrapped by a key derived from the passphrase.
 * The records are sealed with the data key, so changing the passphrase re-wraps this one key.
 */
export interface WrappedKey {
  readonly kdf: KdfParams;
  /** The data key's 32 raw bytes, base64, sealed with the passphrase key. */
  readonly wrapped: Envelope;
}

export function checkPassphraseLength(passphrase: string): void {
  if (normalizePassphrase(passphrase).length < MIN_PASSPHRASE_LENGTH)
    throw new PassphraseTooShort();
}

export function newDataKeyBytes(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** What an unlocked tab holds in memory; neither key can be read back out. */
export interface VaultKeys {
  /** AES-GCM: seals every personal record. */
  readonly data: CryptoKey;
  /** HMAC, derived from the same bytes by HKDF: turns a record's id into an opaque stored id. */
  readonly ids: CryptoKey;
}

export async function importDataKey(bytes: Uint8Array): Promise<VaultKeys> {
  const raw = bytes as BufferSource;
  const data = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const base = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  const ids = await crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: new TextEncoder().encode('record-ids'),
    },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
  return { data, ids };
}

/** The same record id always maps to the same opaque id under one key, and says nothing. */
export async function opaqueId(keys: VaultKeys, table: string, id: string): Promise<string> {
  const mac = await crypto.subtle.sign(
    'HMAC',
    keys.ids,
    new TextEncoder().encode(`${table}\u0000${id}`),
  );
  return toBase64(new Uint8Array(mac).slice(0, 16))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * Pads a sealed text to a bucket (256 bytes, then powers of two) so a note's length shows only
 * roughly. JSON ignores the trailing spaces.
 */
export function padded(json: string): string {
  const bytes = new TextEncoder().encode(json).length;
  let bucket = 256;
  while (bucket < bytes) bucket *= 2;
  return json + ' '.repeat(bucket - bytes);
}

/** Wraps the data key's bytes under a passphrase (normalised), with fresh salt. */
export async function wrapDataKey(
  bytes: Uint8Array,
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<WrappedKey> {
  const kdf = newKdfParams(iterations);
  const kek = await deriveKey(normalizePassphrase(passphrase), kdf);
  return { kdf, wrapped: await seal(kek, toBase64(bytes)) };
}

/** The data key's bytes; throws (a DOMException from AES-GCM) when the passphrase is wrong. */
export async function unwrapDataKey(stored: WrappedKey, passphrase: string): Promise<Uint8Array> {
  const kek = await deriveKey(normalizePassphrase(passphrase), stored.kdf);
  const bytes = fromBase64(await unseal(kek, stored.wrapped));
  if (bytes.length !== 32) throw new TypeError('bad key');
  return bytes;
}

/**
 * A format 1 vault had no data key: records were sealed with the passphrase key itself, derived
 * from the passphrase exactly as typed. Its bytes become the data key when the vault is migrated.
 */
export async function legacyKeyBytes(
  kdf: KdfParams,
  check: Envelope,
  passphrase: string,
): Promise<Uint8Array> {
  const key = await deriveKey(passphrase, kdf, true);
  if ((await unseal(key, check)) !== LEGACY_CHECK_TEXT)
    throw new DOMException('check', 'OperationError');
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}
