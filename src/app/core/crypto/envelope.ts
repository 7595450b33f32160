import { fromBase64, toBase64 } from './base64';

/** Key derivation parameters, stored beside the data so they can be raised later. */
export interface KdfParams {
  readonly alg: 'PBKDF2-SHA-256';
  readonly iterations: number;
  /** 16 random bytes, base64. */
  readonly salt: string;
}

/** One encrypted text: AES-GCM 256 with its own random 96-bit IV. */
export interface Envelope {
  readonly v: 1;
  readonly iv: string;
  readonly ct: string;
}

/** OWASP's PBKDF2-HMAC-SHA-256 count since 2023 (its Password Storage Cheat Sheet): used for every new key. */
export const DEFAULT_ITERATIONS = 600_000;
/**
 * The lowest count still accepted when opening. It is kept apart from the default so that raising
 * the default later never locks anyone out: older vaults open and are raised on the next unlock.
 */
export const MIN_ACCEPTED_ITERATIONS = 100_000;
/** Refuses a hostile count that would hang the phone. */
export const MAX_ACCEPTED_ITERATIONS = 10_000_000;

export function newKdfParams(iterations = DEFAULT_ITERATIONS): KdfParams {
  return {
    alg: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
  };
}

/**
 * One passphrase typed on two keyboards can differ in Unicode form (`é` as one code point or two):
 * NFC makes them the same bytes.
 */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/**
 * An AES-GCM key from a passphrase, as typed (callers normalise). Non-extractable unless a legacy
 * vault's key must be wrapped once while it is migrated.
 */
export async function deriveKey(
  passphrase: string,
  params: KdfParams,
  extractable = false,
): Promise<CryptoKey> {
  if (
    params?.alg !== 'PBKDF2-SHA-256' ||
    !Number.isInteger(params.iterations) ||
    params.iterations < MIN_ACCEPTED_ITERATIONS ||
    params.iterations > MAX_ACCEPTED_ITERATIONS ||
    typeof params.salt !== 'string'
  ) {
    throw new RangeError('unsupported key derivation');
  }
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    {
      name: 'PBKDF2',
      hash: 'SHA-256',
      salt: fromBase64(params.salt),
      iterations: params.iterations,
    },
    material,
    { name: 'AES-GCM', length: 256 },
    extractable,
    ['encrypt', 'decrypt'],
  );
}

// One of each for every envelope: creating them per record showed in the profile of a long list.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function seal(key: CryptoKey, plaintext: string): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(plaintext));
  return { v: 1, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Throws when the key is wrong or the data was changed (GCM authenticates both). */
export async function unseal(key: CryptoKey, envelope: Envelope): Promise<string> {
  if (envelope?.v !== 1) throw new TypeError('unknown envelope version');
  const iv = fromBase64(envelope.iv);
  if (iv.length !== 12) throw new TypeError('bad IV');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, fromBase64(envelope.ct));
  return decoder.decode(plain);
}

export function isEnvelope(value: unknown): value is Envelope {
  const e = value as Envelope;
  return !!e && e.v === 1 && typeof e.iv === 'string' && typeof e.ct === 'string';
}
