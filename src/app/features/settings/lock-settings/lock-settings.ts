import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../../../shared/ui/plural-key-pipe';
import { PassphraseField } from '../../../shared/ui/passphrase-field/passphrase-field';
import {
  confirmMatches,
  newPassphraseControls,
  typedPassphraseControl,
} from '../../../shared/ui/passphrase-field/passphrase-form';
import {
  MIN_PASSPHRASE_LENGTH,
  PassphraseTooShort,
  Vault,
  WrongPassphrase,
} from '../../../core/crypto/vault';
import { LocalSettings } from '../../../core/settings/local-settings';
import { WINDOW } from '../../../core/tokens/browser';

/** What the vault or the form refused; too short and not the same show at their fields. */
type FormError = 'short' | 'understand' | 'current' | 'failed';
type Done = 'set' | 'changed' | 'removed' | 'wipeOn' | 'wipeOff';
/** The forms that ask for the current passphrase, so a refusal marks the right field. */
type AskingForm = 'wipe' | 'change' | 'remove';

const checkbox = (checked: boolean, ...validators: ValidatorFn[]) =>
  new FormControl(checked, { nonNullable: true, validators });

@Component({
  selector: 'app-lock-settings',
  imports: [RouterLink, ReactiveFormsModule, TranslatePipe, PluralKeyPipe, PassphraseField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lock-settings.html',
})
export class LockSettings {
  protected readonly vault = inject(Vault);
  private readonly settings = inject(LocalSettings);
  private readonly window = inject(WINDOW);
  protected readonly busy = signal(false);
  protected readonly error = signal<FormError | null>(null);
  /** Which form's current passphrase the vault just refused. */
  protected readonly refusedIn = signal<AskingForm | null>(null);
  protected readonly done = signal<Done | null>(null);
  protected readonly lockAfter = signal(this.settings.get('lockAfterMinutes') ?? '5');
  protected readonly minLength = MIN_PASSPHRASE_LENGTH;
  protected readonly minuteChoices = ['1', '5', '15', '30'];

  protected readonly setForm = new FormGroup(
    {
      ...newPassphraseControls(),
      understand: checkbox(false, Validators.requiredTrue),
      wipeAfterTen: checkbox(false),
    },
    { validators: confirmMatches },
  );
  /** Changing or removing the passphrase asks for the current one (issue 15, finding 3). */
  protected readonly changeForm = new FormGroup(
    { current: typedPassphraseControl(), ...newPassphraseControls() },
    { validators: confirmMatches },
  );
  protected readonly removeForm = new FormGroup({ current: typedPassphraseControl() });
  protected readonly wipeForm = new FormGroup({
    wanted: checkbox(false),
    current: typedPassphraseControl(),
  });

  private readonly wipeWanted = toSignal(this.wipeForm.controls.wanted.valueChanges, {
    initialValue: false,
  });
  /** The 10-try wipe box differs from what is stored: the current passphrase is asked for. */
  protected readonly wipeChanging = computed(() => this.wipeWanted() !== this.vault.wipeAfterTen());

  constructor() {
    // The box shows what is stored, also when another tab changes it.
    effect(() => this.wipeForm.controls.wanted.setValue(this.vault.wipeAfterTen()));
  }

  protected async setPassphrase(): Promise<void> {
    const form = this.setForm;
    if (!this.ready(form)) {
      this.error.set(form.controls.understand.invalid ? 'understand' : null);
      return;
    }
    const { passphrase, wipeAfterTen } = form.getRawValue();
    await this.run(() => this.vault.setPassphrase(passphrase, wipeAfterTen), 'set');
    form.controls.passphrase.reset();
    form.controls.confirm.reset();
  }

  protected async changePassphrase(): Promise<void> {
    const form = this.changeForm;
    if (!this.ready(form)) return;
    const { current, passphrase } = form.getRawValue();
    await this.run(() => this.vault.changePassphrase(current, passphrase), 'changed', 'change');
    form.reset();
  }

  protected async removePassphrase(): Promise<void> {
    const current = this.removeForm.controls.current;
    const typed = current.value;
    await this.run(() => this.vault.removePassphrase(typed), 'removed', 'remove');
    // A key derivation takes a while: keep what the reader typed meanwhile.
    if (current.value === typed) current.reset();
  }

  protected setLockAfter(minutes: string): void {
    this.lockAfter.set(minutes);
    this.settings.set('lockAfterMinutes', minutes);
  }

  /** The 10-try wipe changes only with the current passphrase (see Vault.setWipeAfterTen). */
  protected async saveWipeAfterTen(): Promise<void> {
    const { wanted, current } = this.wipeForm.controls;
    const on = wanted.value;
    await this.run(
      () => this.vault.setWipeAfterTen(on, current.value),
      on ? 'wipeOn' : 'wipeOff',
      'wipe',
    );
    current.reset();
    // Refused: the box shows again what is stored.
    if (this.error()) wanted.setValue(this.vault.wipeAfterTen());
  }

  /** Clears the last answer; an invalid form shows why at its fields and is not sent. */
  private ready(form: FormGroup): boolean {
    this.done.set(null);
    this.error.set(null);
    this.refusedIn.set(null);
    form.markAllAsTouched();
    return form.valid;
  }

  private async run(action: () => Promise<void>, done: Done, asking?: AskingForm): Promise<void> {
    this.busy.set(true);
    this.done.set(null);
    this.error.set(null);
    this.refusedIn.set(null);
    try {
      await action();
      this.done.set(done);
    } catch (error) {
      if (error instanceof WrongPassphrase && error.wiped) {
        this.window.location.replace('/');
        return;
      }
      // The vault counts length after Unicode normalisation, so it may refuse what this form let
      // through (a decomposed accent is two characters here, one there).
      if (error instanceof PassphraseTooShort) {
        this.error.set('short');
        return;
      }
      if (!(error instanceof WrongPassphrase)) console.error(error);
      this.error.set(error instanceof WrongPassphrase ? 'current' : 'failed');
      if (error instanceof WrongPassphrase) this.refusedIn.set(asking ?? null);
    } finally {
      this.busy.set(false);
    }
  }
}
