import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../../../shared/ui/plural-key-pipe';
import { ContentStore } from '../../../core/content/content-store';
import { Language } from '../../../core/i18n/language';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { localisedEntries } from '../pack-entries';
import { injectPackFragment } from '../held-pack';
import { KeepResult, PackStore } from '../pack-store';
import { injectPackReader } from '../share-codes';

/** A reading list from an adviser, read from the link's fragment: `/share/pack#pack=…`. */
@Component({
  selector: 'app-pack-view',
  imports: [TranslatePipe, PluralKeyPipe, RouterLink, ContentStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pack-view.html',
  styleUrl: './pack-view.css',
})
export default class PackView {
  protected readonly content = inject(ContentStore);
  private readonly language = inject(Language);
  private readonly packs = inject(PackStore);
  private readonly document = inject(DOCUMENT);
  private readonly readPack = injectPackReader();

  /** The list's fragment, held in memory: the address no longer shows it once it is read. */
  protected readonly fragment = injectPackFragment();
  protected readonly decoded = computed(() => {
    const fragment = this.fragment();
    return fragment === null ? null : this.readPack(fragment);
  });
  protected readonly entries = computed(() => {
    const decoded = this.decoded();
    if (decoded?.status !== 'ok') return [];
    return localisedEntries(decoded.pack.items, {
      tips: this.content.tips(),
      guides: this.content.guides(),
      contacts: this.content.contacts(),
    });
  });
  protected readonly kept = computed(() => this.packs.isKept(this.fragment() ?? ''));
  /** What keeping this link gave; another link opened in the same page starts afresh. */
  private readonly keptNow = signal<{ fragment: string; result: KeepResult } | null>(null);
  protected readonly keepResult = computed(() => {
    const last = this.keptNow();
    return last && last.fragment === this.fragment() ? last.result : null;
  });

  constructor() {
    // The adviser chose the reader's language: each pack opens in it, for this visit only, so
    // an adviser's own preview or a kept list never changes the app's remembered language.
    let appliedFor: string | null = null;
    effect(() => {
      const decoded = this.decoded();
      const fragment = this.fragment();
      if (appliedFor === fragment || this.content.state() !== 'ready' || decoded?.status !== 'ok')
        return;
      appliedFor = fragment;
      const lang = decoded.pack.lang;
      if (lang && lang !== this.language.current().code) {
        void this.language.use(lang, { remember: false });
      }
    });
  }

  protected async keep(): Promise<void> {
    const fragment = this.fragment();
    if (!fragment) return;
    const result = await this.packs.keep(fragment);
    this.keptNow.set({ fragment, result });
    // The Keep button has gone: give focus to what replaced it, so the reader hears it.
    setTimeout(() => this.document.getElementById('pack-keep-status')?.focus());
  }
}
