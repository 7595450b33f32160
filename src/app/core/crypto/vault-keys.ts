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

export class PassphraseTooShort extends Error {
  constructor() {
    super('short');
  }
}

export function checkPassphraseLength(passphrase: string): void {
  if (normalizePassphrase(passphrase).length < MIN_PASSPHRASE_LENGTH)
    throw new PassphraseTooShort();
}

export function newDataKeyBytes(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** A non-extractable data key: it lives only in memory and cannot be read back out. */
export function importDataKey(bytes: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
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
