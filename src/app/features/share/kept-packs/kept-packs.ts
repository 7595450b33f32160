import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { Language } from '../../../core/i18n/language';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { localisedEntries } from '../pack-entries';
import { PackStore } from '../pack-store';
import { injectShareCodes } from '../share-codes';
import { decodePack } from '../share-link';

/** `/share/lists`: the reading lists the reader kept, newest first. */
@Component({
  selector: 'app-kept-packs',
  imports: [TranslatePipe, RouterLink, ContentStatus, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kept-packs.html',
  styleUrl: './kept-packs.css',
})
export default class KeptPacks {
  protected readonly content = inject(ContentStore);
  private readonly language = inject(Language);
  private readonly packs = inject(PackStore);
  private readonly codes = injectShareCodes();

  protected readonly lists = computed(() => {
    const codes = this.codes();
    const languages = this.language.languages.map((l) => l.code);
    return (this.packs.kept() ?? []).map((record) => {
      const decoded = decodePack(record.fragment, codes, languages);
      const pack = decoded.status === 'ok' ? decoded.pack : null;
      const entries = pack
        ? localisedEntries(pack.items, {
            tips: this.content.tips(),
            guides: this.content.guides(),
            contacts: this.content.contacts(),
          })
        : [];
      return {
        id: record.id,
        fragment: record.fragment,
        keptOn: new Date(record.keptAt).toISOString().slice(0, 10),
        note: pack?.note ?? '',
        titles: entries.map((entry) => entry.title),
      };
    });
  });

  protected remove(id: string): void {
    void this.packs.remove(id);
  }
}
