import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { PassphraseField } from './passphrase-field';
import { confirmMatches, newPassphraseControls } from './passphrase-form';
import { MIN_PASSPHRASE_LENGTH } from '../../../core/crypto/vault';

@Component({
  imports: [ReactiveFormsModule, PassphraseField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="form.markAllAsTouched()">
      <app-passphrase-field
        [control]="form.controls.passphrase"
        label="the.label"
        inputId="pass"
        testId="pass-box"
        [refusedBy]="refusedBy()"
        strength
      />
      <app-passphrase-field
        [control]="form.controls.confirm"
        label="again"
        inputId="again"
        confirms
      />
      <button type="submit">Send</button>
    </form>
    <p id="verdict">refused</p>
  `,
})
class Host {
  readonly form = new FormGroup(newPassphraseControls(), { validators: confirmMatches });
  readonly refusedBy = signal<string | null>(null);
}

describe('PassphraseField', () => {
  async function create() {
    TestBed.configureTestingModule({ providers: [provideTranslateService()] });
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const box = (id: string) => el.querySelector<HTMLInputElement>(`#${id}`)!;
    const type = async (id: string, value: string) => {
      box(id).value = value;
      box(id).dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button')!.click();
      await fixture.whenStable();
    };
    const error = (id: string) => el.querySelector(`#${id}-error`)?.textContent?.trim() ?? null;
    return { fixture, el, box, type, submit, error, host: fixture.componentInstance };
  }

  it('is a labelled password box the browser is not asked to remember', async () => {
    const { el, box } = await create();
    const input = box('pass');
    expect(el.querySelector('label[for=pass]')?.textContent?.trim()).toBe('the.label');
    expect(input.type).toBe('password');
    expect(input.autocomplete).toBe('off');
    expect(input.getAttribute('data-testid')).toBe('pass-box');
    expect(input.hasAttribute('aria-invalid')).toBeFalse();
    expect(input.hasAttribute('aria-describedby')).toBeFalse();
  });

  it('writes what is typed into its control', async () => {
    const { host, type } = await create();
    await type('pass', 'river stone');
    expect(host.form.controls.passphrase.value).toBe('river stone');
  });

  it('says nothing before the form is sent, then names a too short passphrase', async () => {
    const { el, box, type, submit, error } = await create();
    await type('pass', 'x'.repeat(MIN_PASSPHRASE_LENGTH - 1));
    expect(error('pass')).toBeNull();
    await submit();
    expect(error('pass')).toBe('lock.error.short');
    expect(box('pass').getAttribute('aria-invalid')).toBe('true');
    // The error first, then the strength hint (this field is a new passphrase).
    expect(box('pass').getAttribute('aria-describedby')).toBe('pass-error pass-strength');
    expect(el.querySelector('#pass-error')?.getAttribute('role')).toBe('alert');
    // Long enough: the message goes as the reader types.
    await type('pass', 'x'.repeat(MIN_PASSPHRASE_LENGTH));
    expect(error('pass')).toBeNull();
    expect(box('pass').hasAttribute('aria-invalid')).toBeFalse();
  });

  it('an empty new passphrase is too short too', async () => {
    const { submit, error } = await create();
    await submit();
    expect(error('pass')).toBe('lock.error.short');
  });

  it('shows "not the same" on the repeating field only, and drops it once they agree', async () => {
    const { box, type, submit, error } = await create();
    await type('pass', 'river stone lantern');
    await type('again', 'river stone lanterns');
    await submit();
    expect(error('pass')).toBeNull();
    expect(error('again')).toBe('lock.error.mismatch');
    expect(box('again').getAttribute('aria-describedby')).toBe('again-error');
    // Fixing the first box also clears the second's message: the group is what disagrees.
    await type('pass', 'river stone lanterns');
    expect(error('again')).toBeNull();
  });

  it('points at a refusal shown elsewhere, such as the vault saying "not your passphrase"', async () => {
    const { fixture, box, host } = await create();
    host.refusedBy.set('verdict');
    await fixture.whenStable();
    expect(box('pass').getAttribute('aria-invalid')).toBe('true');
    expect(box('pass').getAttribute('aria-describedby')).toBe('verdict');
    host.refusedBy.set(null);
    await fixture.whenStable();
    expect(box('pass').hasAttribute('aria-invalid')).toBeFalse();
  });

  it('hints at the strength of a new passphrase while it is typed, and only there', async () => {
    const { el, box, type } = await create();
    const hint = () => el.querySelector('#pass-strength')?.textContent?.trim() ?? null;
    expect(hint()).toBeNull();
    await type('pass', 'short');
    expect(hint()).toBe('lock.strength.weak');
    expect(box('pass').getAttribute('aria-describedby')).toBe('pass-strength');
    await type('pass', 'river stone lantern moon');
    expect(hint()).toBe('lock.strength.strong');
    // The repeating box has no hint: it must only match.
    await type('again', 'short');
    expect(el.querySelector('#again-strength')).toBeNull();
  });

  it('shows what was typed only when the reader asks', async () => {
    const { fixture, el, box } = await create();
    const show = el.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[0];
    expect(box('pass').type).toBe('password');
    expect(show.getAttribute('aria-controls')).toBe('pass');
    show.click();
    await fixture.whenStable();
    expect(box('pass').type).toBe('text');
    expect(box('again').type).toBe('password');
    // Shown text is still not sent to a spelling service or remembered by the browser.
    expect(box('pass').spellcheck).toBeFalse();
    expect(box('pass').autocomplete).toBe('off');
    show.click();
    await fixture.whenStable();
    expect(box('pass').type).toBe('password');
  });
});
