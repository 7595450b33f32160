import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LinkActions } from '../link-actions';
import { QrCode } from '../qr-code/qr-code';
import { ReaderLanguagePicker } from '../reader-language-picker';
import { ShareKind, itemLink } from '../share-link';

/**
 * What "Share" opens on a tip, guide or contact: the reader's language, a QR code made on the
 * device, the link, and a handout to print. Its own chunk, loaded by `ShareSheet` when opened.
 */
@Component({
  selector: 'app-share-panel',
  imports: [TranslatePipe, RouterLink, LinkActions, QrCode, ReaderLanguagePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './share-panel.html',
  styleUrl: './share-panel.css',
})
export class SharePanel {
  private readonly document = inject(DOCUMENT);

  readonly kind = input.required<ShareKind>();
  readonly itemId = input.required<string>();
  readonly title = input.required<string>();
  /** Kept by `ShareSheet`, so that closing the panel does not forget it. */
  readonly readerLanguage = input.required<string>();
  readonly languageChosen = output<string>();

  protected readonly link = computed(() =>
    itemLink(
      this.document.baseURI,
      { kind: this.kind(), id: this.itemId() },
      this.readerLanguage(),
    ),
  );
  protected readonly printable = computed(() => this.kind() !== 'contacts');
}
