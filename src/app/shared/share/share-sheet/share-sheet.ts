import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../../../core/i18n/language';
import { LinkActions } from '../link-actions';
import { QrCode } from '../qr-code/qr-code';
import { ReaderLanguagePicker, readerLanguageChoice } from '../reader-language-picker';
import { ShareKind, itemLink } from '../share-link';

/**
 * "Share" on a tip, guide or contact: a QR code made on the device, the link, and a handout to
 * print, all in the language the other person reads. The panel, and the QR encoder with it, is
 * built only when opened.
 */
@Component({
  selector: 'app-share-sheet',
  imports: [TranslatePipe, RouterLink, LinkActions, QrCode, ReaderLanguagePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './share-sheet.html',
  styleUrl: './share-sheet.css',
})
export class ShareSheet {
  private readonly document = inject(DOCUMENT);
  private readonly language = inject(Language);

  readonly kind = input.required<ShareKind>();
  readonly itemId = input.required<string>();
  readonly title = input('');

  protected readonly open = signal(false);
  private readonly choice = readerLanguageChoice(() => this.language.current().code);
  protected readonly readerLanguage = this.choice.code;
  protected readonly chooseLanguage = this.choice.choose;
  protected readonly link = computed(() =>
    itemLink(
      this.document.baseURI,
      { kind: this.kind(), id: this.itemId() },
      this.readerLanguage(),
    ),
  );
  protected readonly printable = computed(() => this.kind() !== 'contacts');
}
