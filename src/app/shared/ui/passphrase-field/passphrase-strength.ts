export type PassphraseStrength = 'weak' | 'fair' | 'strong';

/**
 * A rough, honest guide for a new passphrase, from what a guesser must cover: its length and
 * whether it is several words. Whoever copies the phone's storage can try guesses on a computer
 * without the app's ten-try limit, so only length really helps (lock.wipeLimits says so).
 * Characters are counted as the reader sees them, so Arabic or Amharic letters count once each.
 */
export function passphraseStrength(value: string): PassphraseStrength {
  const length = [...value.trim()].length;
  const words = value.trim().split(/\s+/u).filter(Boolean).length;
  if (length >= 24 || (length >= 20 && words >= 3)) return 'strong';
  if (length >= 12) return 'fair';
  return 'weak';
}
