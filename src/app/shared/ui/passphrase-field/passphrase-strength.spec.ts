import { passphraseStrength } from './passphrase-strength';

describe('passphraseStrength', () => {
  it('calls a short passphrase weak, whatever its characters', () => {
    expect(passphraseStrength('Tr0ub4d!')).toBe('weak');
    expect(passphraseStrength('   short   ')).toBe('weak');
  });

  it('calls 12 or more characters fair', () => {
    expect(passphraseStrength('twelve chars')).toBe('fair');
    expect(passphraseStrength('abcdefghijklmnopqrst')).toBe('fair');
  });

  it('calls three words of 20 characters, or 24 characters, strong', () => {
    expect(passphraseStrength('river stone lantern!')).toBe('strong');
    expect(passphraseStrength('abcdefghijklmnopqrstuvwx')).toBe('strong');
  });

  it('counts letters as a reader sees them, not UTF-16 units', () => {
    // 11 Amharic letters: fair would need 12.
    expect(passphraseStrength('ሰላምሰላምሰላምሰ')).toBe('weak');
    expect(passphraseStrength('نهر حجر فانوس قمر شمس')).toBe('strong');
  });
});
