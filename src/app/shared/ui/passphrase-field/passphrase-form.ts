import { AbstractControl, FormControl, ValidationErrors, Validators } from '@angular/forms';
import { MIN_PASSPHRASE_LENGTH } from '../../../core/crypto/vault';

/**
 * The controls every passphrase form is built from, so the rules live in one place. The vault
 * checks the length again after Unicode normalisation (core/crypto/vault-keys.ts): these
 * validators are for an early, friendly answer, not the guard.
 */

/** A passphrase being chosen: at least MIN_PASSPHRASE_LENGTH characters (empty is too short). */
export function newPassphraseControl(): FormControl<string> {
  return new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(MIN_PASSPHRASE_LENGTH)],
  });
}

/**
 * A passphrase the vault or a file will judge: the current one, or a backup file's. No rule
 * here: even an empty guess goes to the vault, which counts it like any wrong try.
 */
export function typedPassphraseControl(): FormControl<string> {
  return new FormControl('', { nonNullable: true });
}

/** A new passphrase and its repetition, to spread into a form with confirmMatches on it. */
export function newPassphraseControls(): {
  passphrase: FormControl<string>;
  confirm: FormControl<string>;
} {
  return { passphrase: newPassphraseControl(), confirm: typedPassphraseControl() };
}

/** Group validator: the new passphrase typed twice (controls `passphrase`, `confirm`) agrees. */
export function confirmMatches(group: AbstractControl): ValidationErrors | null {
  return group.get('passphrase')?.value === group.get('confirm')?.value ? null : { mismatch: true };
}
