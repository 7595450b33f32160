import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../../../shared/ui/plural-key-pipe';
import {
  MIN_PASSPHRASE_LENGTH,
  PassphraseTooShort,
  Vault,
  WrongPassphrase,
} from '../../../core/crypto/vault';
import { LocalSettings } from '../../../core/settings/local-settings';
import { WINDOW } from '../../../core/tokens/browser';

type FormError = 'short' | 'mismatch' | 'understand' | 'current' | 'failed';
type Done = 'set' | 'changed' | 'removed' | 'wipeOn' | 'wipeOff';

@Component({
  selector: 'app-lock-settings',
  imports: [RouterLink, TranslatePipe, PluralKeyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lock-settings.html',
})
export class LockSettings {
  protected readonly vault = inject(Vault);
  private readonly settings = inject(LocalSettings);
  private readonly window = inject(WINDOW);
  protected readonly busy = signal(false);
  protected readonly error = signal<FormError | null>(null);
  protected readonly done = signal<Done | null>(null);
  /** The 10-try wipe box differs from what is stored: the current passphrase is asked for. */
  protected readonly wipeChanging = signal(false);
  protected readonly lockAfter = signal(this.settings.get('lockAfterMinutes') ?? '5');
  protected readonly minLength = MIN_PASSPHRASE_LENGTH;
  protected readonly minuteChoices = ['1', '5', '15', '30'];

  protected async setPassphrase(
    event: Event,
    passphrase: HTMLInputElement,
    confirm: HTMLInputElement,
    understand: HTMLInputElement,
    wipeAfterTen: HTMLInputElement,
  ): Promise<void> {
    event.preventDefault();
    const error = this.check(passphrase.value, confirm.value, understand.checked);
    this.error.set(error);
    if (error) return;
    await this.run(() => this.vault.setPassphrase(passphrase.value, wipeAfterTen.checked), 'set');
    passphrase.value = confirm.value = '';
  }

  /** Changing or removing the passphrase asks for the current one (issue 15, finding 3). */
  protected async changePassphrase(
    event: Event,
    current: HTMLInputElement,
    passphrase: HTMLInputElement,
    confirm: HTMLInputElement,
  ): Promise<void> {
    event.preventDefault();
    const error = this.check(passphrase.value, confirm.value, true);
    this.error.set(error);
    if (error) return;
    await this.run(() => this.vault.changePassphrase(current.value, passphrase.value), 'changed');
    current.value = passphrase.value = confirm.value = '';
  }

  protected async removePassphrase(event: Event, current: HTMLInputElement): Promise<void> {
    event.preventDefault();
    const typed = current.value;
    await this.run(() => this.vault.removePassphrase(typed), 'removed');
    // A key derivation takes a while: keep what the reader typed meanwhile.
    if (current.value === typed) current.value = '';
  }

  protected setLockAfter(minutes: string): void {
    this.lockAfter.set(minutes);
    this.settings.set('lockAfterMinutes', minutes);
  }

  /** The 10-try wipe changes only with the current passphrase (see Vault.setWipeAfterTen). */
  protected async saveWipeAfterTen(
    event: Event,
    wanted: HTMLInputElement,
    current: HTMLInputElement,
  ): Promise<void> {
    event.preventDefault();
    const on = wanted.checked;
    this.error.set(null);
    await this.run(() => this.vault.setWipeAfterTen(on, current.value), on ? 'wipeOn' : 'wipeOff');
    current.value = '';
    // Refused: the box shows again what is stored.
    if (this.error()) wanted.checked = !on;
    this.wipeChanging.set(false);
  }

  private check(passphrase: string, confirm: string, understood: boolean): FormError | null {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'short';
    if (passphrase !== confirm) return 'mismatch';
    if (!understood) return 'understand';
    return null;
  }

  private async run(action: () => Promise<void>, done: Done): Promise<void> {
    this.busy.set(true);
    this.done.set(null);
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
    } finally {
      this.busy.set(false);
    }
  }
}
