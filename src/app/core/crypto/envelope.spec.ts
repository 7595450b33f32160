import { fromBase64, toBase64 } from './base64';
import { DEFAULT_ITERATIONS, deriveKey, newKdfParams, seal, unseal } from './envelope';

describe('crypto envelope (real Web Crypto)', () => {
  // The real minimum; one derivation takes a few hundred ms in headless Chromium.
  const params = newKdfParams();
  let key: CryptoKey;

  beforeAll(async () => {
    key = await deriveKey('correct horse battery staple', params);
  });

  it('round-trips text, including any script', async () => {
    const text = 'Ask about a SAR — طلب الوصول — ትግርኛ — 🙂';
    expect(await unseal(key, await seal(key, text))).toBe(text);
  });

  it('uses a fresh 96-bit IV every time', async () => {
    const a = await seal(key, 'same');
    const b = await seal(key, 'same');
    expect(fromBase64(a.iv).length).toBe(12);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('stores no plaintext', async () => {
    const envelope = await seal(key, 'my secret note');
    expect(JSON.stringify(envelope)).not.toContain('secret');
  });

  it('refuses the wrong passphrase', async () => {
    const wrong = await deriveKey('wrong', params);
    await expectAsync(unseal(wrong, await seal(key, 'x'))).toBeRejected();
  });

  it('refuses tampered ciphertext and a tampered IV', async () => {
    const envelope = await seal(key, 'do not change me');
    const ct = fromBase64(envelope.ct);
    ct[0] ^= 1;
    await expectAsync(unseal(key, { ...envelope, ct: toBase64(ct) })).toBeRejected();
    const iv = fromBase64(envelope.iv);
    iv[0] ^= 1;
    await expectAsync(unseal(key, { ...envelope, iv: toBase64(iv) })).toBeRejected();
  });

  it('refuses damaged envelopes clearly', async () => {
    await expectAsync(unseal(key, { v: 2 } as never)).toBeRejectedWithError(TypeError);
    await expectAsync(unseal(key, { v: 1, iv: '***', ct: '' })).toBeRejectedWithError(TypeError);
  });

  it('keeps its parameters: PBKDF2-SHA-256, at least 600,000 rounds, 16-byte salt', () => {
    expect(params.alg).toBe('PBKDF2-SHA-256');
    expect(params.iterations).toBeGreaterThanOrEqual(DEFAULT_ITERATIONS);
    expect(fromBase64(params.salt).length).toBe(16);
    expect(newKdfParams().salt).not.toBe(params.salt);
  });

  it('refuses weaker parameters than the minimum', async () => {
    await expectAsync(deriveKey('x', { ...params, iterations: 1000 })).toBeRejectedWithError(
      RangeError,
    );
  });

  it('derives a key that cannot be exported', async () => {
    expect(key.extractable).toBeFalse();
    await expectAsync(crypto.subtle.exportKey('raw', key)).toBeRejected();
  });
});
