import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { QuickExit } from '../quick-exit';

/** Always in the header, on every screen: one tap leaves for a neutral website. */
@Component({
  selector: 'app-quick-exit-button',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <!-- data-quick-exit: before the app has started, src/index.html answers a tap on it. -->
    <button
      type="button"
      class="exit"
      data-testid="quick-exit"
      data-quick-exit
      (click)="quickExit.exit()"
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" class="icon flip-in-rtl">
        <path d="M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10" />
      </svg>
      <span>{{ 'exit.button' | translate }}</span>
      <!-- The spoken name starts with the visible word (WCAG 2.5.3), then says what it does. -->
      <span class="visually-hidden">{{ 'exit.label' | translate }}</span>
    </button>
  `,
  styles: `
    .exit {
      display: inline-flex;
      align-items: center;
      gap: var(--space-1);
      min-block-size: 44px;
      min-inline-size: 44px;
      padding-inline: var(--space-2);
      border: 2px solid #fff;
      border-radius: var(--radius);
      background: #b3261e;
      color: #fff;
      font: inherit;
      font-weight: 700;
      cursor: pointer;
    }
  `,
})
export class QuickExitButton {
  protected readonly quickExit = inject(QuickExit);
}
