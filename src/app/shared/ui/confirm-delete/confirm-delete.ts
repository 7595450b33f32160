import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** A delete button that asks first: the question, then Yes or Cancel in its place. */
@Component({
  selector: 'app-confirm-delete',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (confirming()) {
      <span class="confirm" role="group" [attr.aria-label]="questionKey() | translate">
        <span>{{ questionKey() | translate }}</span>
        <button
          type="button"
          class="button danger"
          [attr.data-testid]="confirmTestId()"
          (click)="confirm()"
        >
          {{ yesKey() | translate }}
        </button>
        <button type="button" class="button secondary" (click)="cancel()">
          {{ 'notes.cancel' | translate }}
        </button>
      </span>
    } @else {
      <button
        type="button"
        class="button secondary"
        [attr.data-testid]="startTestId()"
        (click)="confirming.set(true)"
      >
        {{ askKey() | translate }}
      </button>
    }
  `,
  styles: `
    :host {
      display: contents;
    }

    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-2);
    }
  `,
})
export class ConfirmDelete {
  readonly askKey = input.required<string>();
  readonly questionKey = input.required<string>();
  readonly yesKey = input.required<string>();
  readonly startTestId = input<string>();
  readonly confirmTestId = input<string>();
  /** The reader said Yes. */
  readonly confirmed = output();

  protected readonly confirming = signal(false);

  /** Takes the question back, e.g. when the reader goes on typing. */
  cancel(): void {
    this.confirming.set(false);
  }

  protected confirm(): void {
    this.confirming.set(false);
    this.confirmed.emit();
  }
}
