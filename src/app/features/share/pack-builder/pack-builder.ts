import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { Language } from '../../../core/i18n/language';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { LinkActions } from '../../../shared/share/link-actions';
import { localisedEntries } from '../pack-entries';
import { PackStore } from '../pack-store';
import { QrCode } from '../../../shared/share/qr-code/qr-code';
import { ReaderLanguagePicker } from '../../../shared/share/reader-language-picker';
import { readerLanguageChoice } from '../../../shared/share/reader-language-choice';
import { injectShareCodes } from '../share-codes';
import {
  MAX_ITEMS,
  MAX_NOTE,
  PackItem,
  ShareKind,
  cleanNote,
  encodePack,
  packLink,
} from '../../../shared/share/share-link';

const KINDS: readonly ShareKind[] = ['tips', 'guides', 'contacts'];

/** `/share`: an adviser ticks what a client should read, and gets a QR code, a link and a handout. */
@Component({
  selector: 'app-pack-builder',
  imports: [TranslatePipe, RouterLink, ContentStatus, LinkActions, QrCode, ReaderLanguagePicker],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pack-builder.html',
  styleUrl: './pack-builder.css',
})
export default class PackBuilder {
  private readonly document = inject(DOCUMENT);
  private readonly language = inject(Language);
  protected readonly content = inject(ContentStore);
  protected readonly packs = inject(PackStore);
  private readonly codes = injectShareCodes();

  protected readonly kinds = KINDS;
  protected readonly maxNote = MAX_NOTE;
  protected readonly maxItems = MAX_ITEMS;
  protected readonly choices = computed(() => ({
    tips: localisedEntries(this.all('tips'), this.lists()),
    guides: localisedEntries(this.all('guides'), this.lists()),
    contacts: localisedEntries(this.all('contacts'), this.lists()),
  }));
  protected readonly selected = signal<readonly PackItem[]>([]);
  private readonly choice = readerLanguageChoice(() => this.language.current().code);
  protected readonly readerLanguage = this.choice.code;
  protected readonly chooseLanguage = this.choice.choose;
  protected readonly note = signal('');
  protected readonly noteLength = computed(() => [...this.note()].length);
  protected readonly tooMany = computed(() => this.selected().length > MAX_ITEMS);
  protected readonly pack = computed(() => ({
    lang: this.readerLanguage(),
    items: this.selected(),
    note: cleanNote(this.note()),
  }));
  protected readonly noteTooLong = computed(() => this.noteLength() > MAX_NOTE);
  protected readonly ready = computed(
    () =>
      !this.tooMany() &&
      !this.noteTooLong() &&
      (this.selected().length > 0 || this.pack().note !== ''),
  );
  protected readonly link = computed(() =>
    packLink(this.document.baseURI, this.pack(), this.codes()),
  );
  protected readonly fragment = computed(() => encodePack(this.pack(), this.codes()));

  protected countOf(kind: ShareKind): number {
    return this.selected().filter((item) => item.kind === kind).length;
  }

  protected isSelected(kind: ShareKind, id: string): boolean {
    return this.selected().some((item) => item.kind === kind && item.id === id);
  }

  protected toggle(kind: ShareKind, id: string, on: boolean): void {
    const rest = this.selected().filter((item) => !(item.kind === kind && item.id === id));
    this.selected.set(on ? [...rest, { kind, id }] : rest);
  }

  protected clear(): void {
    this.selected.set([]);
    this.note.set('');
  }

  private lists() {
    return {
      tips: this.content.tips(),
      guides: this.content.guides(),
      contacts: this.content.contacts(),
    };
  }

  private all(kind: ShareKind): PackItem[] {
    return this.lists()[kind].map((item) => ({ kind, id: item.id }));
  }
}
