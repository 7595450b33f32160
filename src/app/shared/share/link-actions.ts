import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { WINDOW } from '../../core/tokens/browser';

type CopyState = 'idle' | 'copied' | 'failed';

/** A share link as text, with "Copy link" and, where the browser has one, its own share sheet. */
@Component({
  selector: 'app-link-actions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="link-text" dir="ltr" data-testid="share-link">{{ link() }}</p>
    <div class="tools">
      <button type="button" class="button" data-testid="copy-link" (click)="copy()">
        {{ 'share.copy' | translate }}
      </button>
      @if (canShare) {
        <button type="button" class="button secondary" data-testid="web-share" (click)="share()">
          {{ 'share.shareWith' | translate }}
        </button>
      }
    </div>
    <p role="status" class="meta-line">
      @if (copyState() !== 'idle') {
        {{ 'share.copy_' + copyState() | translate }}
      }
    </p>
  `,
  styles: `
    .link-text {
      font-family: monospace;
      overflow-wrap: anywhere;
      text-align: start;
      unicode-bidi: isolate;
    }
  `,
})
export class LinkActions {
  private readonly window = inject(WINDOW);
  readonly link = input.required<string>();
  readonly title = input('');

  protected readonly canShare = typeof this.window.navigator.share === 'function';
  protected readonly copyState = signal<CopyState>('idle');

  constructor() {
    // "Link copied" must never stand beside a link that has changed since.
    effect(() => {
      this.link();
      this.copyState.set('idle');
    });
  }

  protected async copy(): Promise<void> {
    try {
      await this.window.navigator.clipboard.writeText(this.link());
      this.copyState.set('copied');
    } catch {
      // No clipboard permission (some embedded browsers): the link is on screen to copy by hand.
      this.copyState.set('failed');
    }
  }

  protected async share(): Promise<void> {
    try {
      await this.window.navigator.share({ title: this.title() || undefined, url: this.link() });
    } catch {
      // Closing the share sheet rejects too; there is nothing to tell.
    }
  }
}
