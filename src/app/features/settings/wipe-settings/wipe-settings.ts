import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Wipe } from '../../../core/safety/wipe';

/** Delete everything, after one clear confirmation that can be cancelled. */
@Component({
  selector: 'app-wipe-settings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="wipe-heading">
      <h2 id="wipe-heading">{{ 'wipe.heading' | translate }}</h2>
      <p>{{ 'wipe.explain' | translate }}</p>
      @if (blocked()) {
        <p class="notice-box" role="alert" data-testid="wipe-blocked">
          {{ 'wipe.blocked' | translate }}
        </p>
      }
      @if (confirming()) {
        <div class="notice-box" role="group" aria-labelledby="wipe-confirm">
          <p id="wipe-confirm">
            <strong>{{ 'wipe.confirm' | translate }}</strong>
          </p>
          <div class="tools">
            <button
              type="button"
              class="button danger"
              data-testid="wipe-confirm"
              [disabled]="busy()"
              (click)="wipeNow()"
            >
              {{ 'wipe.yes' | translate }}
            </button>
            <button type="button" class="button secondary" (click)="confirming.set(false)">
              {{ 'notes.cancel' | translate }}
            </button>
          </div>
        </div>
      } @else {
        <button
          type="button"
          class="button danger"
          data-testid="wipe-start"
          (click)="confirming.set(true)"
        >
          {{ 'wipe.button' | translate }}
        </button>
      }
    </section>
  `,
})
export class WipeSettings {
  private readonly wipe = inject(Wipe);
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  /** Another window of the app still holds the database: its delete waits for that window. */
  protected readonly blocked = signal(false);

  protected async wipeNow(): Promise<void> {
    this.busy.set(true);
    await this.wipe.everythingAndRestart(() => this.blocked.set(true));
  }
}
