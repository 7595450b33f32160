import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  input,
} from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { Language } from '../../../core/i18n/language';
import { injectComparison } from '../../../shared/content/comparison-texts';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { PrintButton } from '../../../shared/ui/print-button/print-button';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { injectPackFragment } from '../held-pack';
import { entriesIn } from '../pack-entries';
import { QrCode } from '../../../shared/share/qr-code/qr-code';
import { ReaderLanguagePicker } from '../../../shared/share/reader-language-picker';
import { readerLanguageChoice } from '../../../shared/share/reader-language-choice';
import { injectPackReader, injectShareCodes } from '../share-codes';
import { itemLink, packLink } from '../../../shared/share/share-link';

/**
 * A one-page A4 handout in the reader's language, with a QR code that opens the same thing in the
 * app: `/share/handout/tips/<id>?in=ar` for one item, `/share/handout#pack=…` for a reading list.
 */
@Component({
  selector: 'app-handout',
  imports: [TranslatePipe, LocalDatePipe, PrintButton, QrCode, ReaderLanguagePicker, ContentStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './handout.html',
  styleUrl: './handout.css',
})
export default class Handout {
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);
  private readonly language = inject(Language);
  private readonly content = inject(ContentStore);
  private readonly codes = injectShareCodes();
  private readonly readPack = injectPackReader();

  /** `/share/handout/:kind/:id` for one item; both absent for a reading list in the fragment. */
  readonly kind = input<string>();
  readonly id = input<string>();
  private readonly fragment = injectPackFragment();
  /** `?in=<code>`: the reader's language the adviser chose. */
  readonly in = input<string>();

  /** A reading list, when the address carries one; undefined for a single item. */
  protected readonly pack = computed(() => {
    if (this.kind()) return undefined;
    const decoded = this.readPack(this.fragment());
    return decoded.status === 'ok' ? decoded.pack : null;
  });
  private readonly choice = readerLanguageChoice(
    () => this.pack()?.lang || this.in() || this.language.current().code,
  );
  protected readonly readerLanguage = this.choice.code;
  protected readonly texts = injectComparison(this.readerLanguage);

  private readonly item = computed((): { kind: 'tips' | 'guides'; id: string } | undefined => {
    const kind = this.kind();
    const id = this.id();
    return (kind === 'tips' || kind === 'guides') && id ? { kind, id } : undefined;
  });
  protected readonly single = computed(() => {
    const item = this.item();
    const texts = this.texts()?.texts;
    if (!item || !texts) return undefined;
    const text = texts[item.kind][item.id];
    const meta = this.content[item.kind]().find((entry) => entry.id === item.id);
    if (!text || !meta) return undefined;
    return {
      ...item,
      title: text.title,
      summary: text.summary,
      steps: text.steps,
      checkedOn: meta.checkedOn,
    };
  });
  protected readonly entries = computed(() => {
    const pack = this.pack();
    const texts = this.texts()?.texts;
    if (!pack || !texts) return [];
    const names = new Map(this.content.contacts().map((c) => [c.id, c.name]));
    return entriesIn(pack.items, texts, names);
  });
  protected readonly link = computed(() => {
    const base = this.document.baseURI;
    const item = this.item();
    if (item) return itemLink(base, item, this.readerLanguage());
    const pack = this.pack();
    return pack ? packLink(base, { ...pack, lang: this.readerLanguage() }, this.codes()) : '';
  });
  protected readonly status = computed(() => {
    if (this.content.state() === 'failed') return 'failed';
    if (this.content.state() !== 'ready' || !this.texts()) return 'loading';
    if (this.pack() === null || (this.item() === undefined && this.kind())) return 'damaged';
    if (this.item() && !this.single()) return 'damaged';
    return 'ready';
  });

  protected chooseLanguage(code: string): void {
    this.choice.choose(code);
    if (this.item()) {
      void this.router.navigate([], { queryParams: { in: code }, replaceUrl: true });
    }
  }
}
