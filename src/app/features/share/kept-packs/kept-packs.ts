import { ChangeDetectionStrategy, Component, DOCUMENT, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { HeldPack } from '../held-pack';
import { localisedEntries } from '../pack-entries';
import { PackStore } from '../pack-store';
import { UnlockForm } from '../../../shared/ui/unlock-form/unlock-form';
import { injectPackReader } from '../share-codes';

/** The reader's own calendar day, not UTC's: a list kept after midnight in Kabul is today's. */
function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `/share/lists`: the reading lists the reader kept, newest first. */
@Component({
  selector: 'app-kept-packs',
  imports: [TranslatePipe, RouterLink, ContentStatus, LocalDatePipe, UnlockForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './kept-packs.html',
  styleUrl: './kept-packs.css',
})
export default class KeptPacks {
  protected readonly content = inject(ContentStore);
  private readonly document = inject(DOCUMENT);
  protected readonly packs = inject(PackStore);
  protected readonly held = inject(HeldPack);
  private readonly readPack = injectPackReader();

  protected readonly lists = computed(() => {
    return (this.packs.kept() ?? []).map((record) => {
      const decoded = this.readPack(record.fragment);
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
        keptOn: localIsoDate(new Date(record.keptAt)),
        note: pack?.note ?? '',
        entries,
      };
    });
  });

  protected async remove(id: string): Promise<void> {
    await this.packs.remove(id);
    // The card that held focus is gone: start again from the page's heading.
    this.document.querySelector<HTMLElement>('main h1')?.focus();
  }
}
