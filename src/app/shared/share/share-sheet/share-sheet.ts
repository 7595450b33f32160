import {
  ChangeDetectionStrategy,
  Component,
  ViewContainerRef,
  inject,
  input,
  inputBinding,
  outputBinding,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../../../core/i18n/language';
import { readerLanguageChoice } from '../reader-language-choice';
import type { ShareKind } from '../share-link';
import type { SharePanel } from './share-panel';

let panelComponent: Promise<typeof SharePanel> | undefined;

/**
 * "Share" on a tip, guide or contact. The panel (`SharePanel`: QR code, link, handout) comes in
 * its own chunk when first opened, so a page opened from a shared link waits for none of it
 * before its first paint. A dynamic import rather than `@defer`, for the reason in
 * shared/share/qr-code/qr-code.ts.
 */
@Component({
  selector: 'app-share-sheet',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './share-sheet.html',
  styleUrl: './share-sheet.css',
})
export class ShareSheet {
  private readonly language = inject(Language);

  readonly kind = input.required<ShareKind>();
  readonly itemId = input.required<string>();
  readonly title = input('');

  protected readonly open = signal(false);
  private readonly slot = viewChild.required('panel', { read: ViewContainerRef });
  private readonly choice = readerLanguageChoice(() => this.language.current().code);

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    if (!opening) {
      this.slot().clear();
      return;
    }
    panelComponent ??= import('./share-panel').then(
      (m) => m.SharePanel,
      (error: unknown) => {
        // Asked again on the next tap; the app's error handler meets the failed chunk.
        panelComponent = undefined;
        this.open.set(false);
        throw error;
      },
    );
    void panelComponent.then((component) => {
      // Closed again, or already drawn, while the chunk was on its way.
      if (!this.open() || this.slot().length > 0) return;
      this.slot().createComponent(component, {
        bindings: [
          inputBinding('kind', this.kind),
          inputBinding('itemId', this.itemId),
          inputBinding('title', this.title),
          inputBinding('readerLanguage', this.choice.code),
          outputBinding<string>('languageChosen', this.choice.choose),
        ],
      });
    });
  }
}
