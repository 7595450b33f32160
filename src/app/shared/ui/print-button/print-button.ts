import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { WINDOW } from '../../../core/tokens/browser';

@Component({
  selector: 'app-print-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="button secondary no-print" (click)="print()">
      <svg viewBox="0 0 24 24" aria-hidden="true" class="icon">
        <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" />
      </svg>
      {{ 'content.print' | translate }}
    </button>
  `,
})
export class PrintButton {
  private readonly window = inject(WINDOW);

  protected print(): void {
    this.window.print();
  }
}
