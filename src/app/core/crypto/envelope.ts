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

/** OWASP's PBKDF2-HMAC-SHA-256 minimum since 2023 (anchors.md B-3). */
export const MIN_ITERATIONS = 600_000;

export function newKdfParams(iterations = MIN_ITERATIONS): KdfParams {
  return {
    alg: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(16))),
  };
}

/** A non-extractable AES-GCM key that lives only in memory. */
export async function deriveKey(passphrase: string, params: KdfParams): Promise<CryptoKey> {
  if (params.alg !== 'PBKDF2-SHA-256' || !(params.iterations >= MIN_ITERATIONS)) {
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
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, plaintext: string): Promise<Envelope> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(plaintext),
  );
  return { v: 1, iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Throws when the key is wrong or the data was changed (GCM authenticates both). */
export async function unseal(key: CryptoKey, envelope: Envelope): Promise<string> {
  if (envelope?.v !== 1) throw new TypeError('unknown envelope version');
  const iv = fromBase64(envelope.iv);
  if (iv.length !== 12) throw new TypeError('bad IV');
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, fromBase64(envelope.ct));
  return new TextDecoder().decode(plain);
}

export function isEnvelope(value: unknown): value is Envelope {
  const e = value as Envelope;
  return !!e && e.v === 1 && typeof e.iv === 'string' && typeof e.ct === 'string';
}
