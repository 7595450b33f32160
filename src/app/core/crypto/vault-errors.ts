/*
 * What the vault throws, as classes: callers tell them apart with `instanceof`, never by reading
 * an error's message (issue 14, finding 6).
 */

/**
 * A sealed record was read, written or deleted while this tab holds no key: the app is locked, or
 * another tab replaced the key. The reader unlocks and the work is done again.
 */
export class VaultLocked extends Error {
  override readonly name = 'VaultLocked';
  constructor() {
    super('The vault is locked');
  }
}

/** The current passphrase was asked for and was wrong (or the vault was wiped for it). */
export class WrongPassphrase extends Error {
  override readonly name = 'WrongPassphrase';
  constructor(readonly wiped = false) {
    super(wiped ? 'wiped' : 'wrong');
  }
}

/** A new passphrase is shorter than `MIN_PASSPHRASE_LENGTH` (src/app/core/crypto/vault-keys.ts). */
export class PassphraseTooShort extends Error {
  override readonly name = 'PassphraseTooShort';
  constructor() {
    super('short');
  }
}
