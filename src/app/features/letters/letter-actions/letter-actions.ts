import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { WINDOW } from '../../../core/tokens/browser';

type Done = 'copied' | 'copyFailed' | 'downloaded';

/** Print (or save as PDF), copy, or download the letter. Nothing is ever sent anywhere. */
@Component({
  selector: 'app-letter-actions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tools no-print">
      <button type="button" class="button" data-testid="print-letter" (click)="print()">
        {{ 'letters.actions.print' | translate }}
      </button>
      <button type="button" class="button secondary" data-testid="copy-letter" (click)="copy()">
        {{ 'letters.actions.copy' | translate }}
      </button>
      <button
        type="button"
        class="button secondary"
        data-testid="download-letter"
        (click)="download()"
      >
        {{ 'letters.actions.download' | translate }}
      </button>
    </div>
    <p class="no-print" role="status" data-testid="letter-action-status">
      @if (done(); as done) {
        <span [class.notice-box]="done === 'copyFailed'">{{
          'letters.actions.' + done | translate
        }}</span>
      }
    </p>
  `,
})
export class LetterActions {
  private readonly window = inject(WINDOW);
  readonly text = input.required<string>();
  /** Without `.txt`. */
  readonly fileName = input.required<string>();
  protected readonly done = signal<Done | null>(null);

  protected print(): void {
    this.done.set(null);
    this.window.print();
  }

  protected async copy(): Promise<void> {
    this.done.set(null);
    try {
      await this.window.navigator.clipboard.writeText(this.text());
      this.done.set('copied');
    } catch {
      // No clipboard (old browser, no permission, not https): the reader can still select it.
      this.done.set('copyFailed');
    }
  }

  protected download(): void {
    const blob = new Blob([this.text()], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = this.window.document.createElement('a');
    link.href = url;
    link.download = `${this.fileName()}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.done.set('downloaded');
  }
}
