import { fromBase64, toBase64 } from './base64';

describe('base64', () => {
  it('round-trips every byte value', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const text = toBase64(bytes);
    expect(text).toBe(btoa(String.fromCharCode(...bytes)));
    expect([...fromBase64(text)]).toEqual([...bytes]);
  });

  it('decodes whole and padded texts', () => {
    expect([...fromBase64('AAE=')]).toEqual([0, 1]);
    expect([...fromBase64('AA==')]).toEqual([0]);
    expect([...fromBase64('AAEC')]).toEqual([0, 1, 2]);
    expect([...fromBase64('')]).toEqual([]);
  });

  it('refuses what is not base64, including spaces the native decoder would skip', () => {
    for (const bad of [
      'A',
      'AA AA',
      'AA\nAA',
      'AA\tAA',
      'AAAA\r',
      'AA-_',
      '====',
      'AAA=A',
      'ab=',
      'AAE',
      42 as unknown as string,
    ]) {
      expect(() => fromBase64(bad))
        .withContext(String(bad))
        .toThrowError(TypeError);
    }
  });
});
