import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  booleanAttribute,
  computed,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslatePipe } from '@ngx-translate/core';
import { startWith, switchMap } from 'rxjs';
import { MIN_PASSPHRASE_LENGTH } from '../../../core/crypto/vault';
import { passphraseStrength } from './passphrase-strength';

/**
 * The one passphrase input: label, a password box the browser is not asked to remember
 * (`autocomplete="off"`, issue 15), a choice to show what was typed, a strength hint for a new
 * passphrase, and the reason it is refused, tied to it for screen readers.
 * Built from the controls in passphrase-form.ts; the form owning the control decides what to do
 * with the value.
 */
@Component({
  selector: 'app-passphrase-field',
  imports: [ReactiveFormsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './passphrase-field.html',
  styles: ':host { display: block; }',
})
export class PassphraseField {
  readonly control = input.required<FormControl<string>>();
  /** Translation key of the label. */
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  readonly testId = input<string>();
  /** This field repeats another: it shows the group's "not the same" (see confirmMatches). */
  readonly confirms = input(false, { transform: booleanAttribute });
  /**
   * The id of a message outside the field that says the value was refused after it was sent
   * (the vault's "not your passphrase"): the box is then marked invalid and described by it.
   */
  readonly refusedBy = input<string | null>(null);
  /** A new passphrase: say how hard it is to guess while the reader types. */
  readonly strength = input(false, { transform: booleanAttribute });

  protected readonly min = MIN_PASSPHRASE_LENGTH;
  private readonly box = viewChild.required<ElementRef<HTMLInputElement>>('box');
  protected readonly errorId = computed(() => `${this.inputId()}-error`);
  protected readonly strengthId = computed(() => `${this.inputId()}-strength`);
  /** Off at first: someone may be looking over the reader's shoulder. */
  protected readonly shown = signal(false);

  /**
   * Reactive forms report through events, not signals: any change anywhere in the form (a value,
   * a submit marking everything touched) makes this field look at its control again.
   */
  private readonly formChanged = toSignal(
    toObservable(this.control).pipe(switchMap((c) => c.root.events.pipe(startWith(null)))),
  );

  /** Translation key of what is wrong with the value, once the reader has left it or sent it. */
  protected readonly error = computed(() => {
    this.formChanged();
    const control = this.control();
    if (!control.touched) return null;
    if (control.hasError('required') || control.hasError('minlength')) return 'lock.error.short';
    if (this.confirms() && control.parent?.hasError('mismatch')) return 'lock.error.mismatch';
    return null;
  });

  /** Translation key of the strength hint, once something is typed into a new passphrase. */
  protected readonly strengthKey = computed(() => {
    this.formChanged();
    const value = this.control().value;
    return this.strength() && value ? `lock.strength.${passphraseStrength(value)}` : null;
  });

  protected readonly describedBy = computed(
    () =>
      [
        this.error() ? this.errorId() : this.refusedBy(),
        this.strengthKey() ? this.strengthId() : null,
      ]
        .filter(Boolean)
        .join(' ') || null,
  );
  protected readonly invalid = computed(() => !!(this.error() || this.refusedBy()));

  /** Back to the box, for another try after a refusal. */
  focus(): void {
    this.box().nativeElement.focus();
  }
}
