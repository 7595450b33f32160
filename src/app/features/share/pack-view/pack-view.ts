import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { Language } from '../../../core/i18n/language';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { localisedEntries } from '../pack-entries';
import { KeepResult, PackStore } from '../pack-store';
import { injectPackReader } from '../share-codes';

/** A reading list from an adviser, read from the link's fragment: `/share/pack#pack=…`. */
@Component({
  selector: 'app-pack-view',
  imports: [TranslatePipe, RouterLink, ContentStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pack-view.html',
  styleUrl: './pack-view.css',
})
export default class PackView {
  protected readonly content = inject(ContentStore);
  private readonly language = inject(Language);
  private readonly packs = inject(PackStore);
  private readonly readPack = injectPackReader();

  protected readonly fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });
  protected readonly decoded = computed(() => this.readPack(this.fragment()));
  protected readonly entries = computed(() => {
    const decoded = this.decoded();
    if (decoded.status !== 'ok') return [];
    return localisedEntries(decoded.pack.items, {
      tips: this.content.tips(),
      guides: this.content.guides(),
      contacts: this.content.contacts(),
    });
  });
  protected readonly kept = computed(() => this.packs.isKept(this.fragment() ?? ''));
  protected readonly keepResult = signal<KeepResult | null>(null);

  constructor() {
    // The adviser chose the reader's language; a pack opens in it, as a `?lang=` link does.
    let switched = false;
    effect(() => {
      const decoded = this.decoded();
      if (switched || this.content.state() !== 'ready' || decoded.status !== 'ok') return;
      switched = true;
      const lang = decoded.pack.lang;
      if (lang && lang !== this.language.current().code) void this.language.use(lang);
    });
  }

  protected async keep(): Promise<void> {
    const fragment = this.fragment();
    if (fragment) this.keepResult.set(await this.packs.keep(fragment));
  }
}
