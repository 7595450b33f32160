import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { injectStoreOnceStored } from '../../../core/db/database-presence';
import { InstallCard } from '../../../core/pwa/install-card/install-card';
import { TipCards } from '../../tips';
import { ChangedLink } from '../../changes';
import { HomeSearch } from '../home-search/home-search';

/**
 * What changed since the last visit, home's search box, urgent contacts, kept reading lists, the offer to install, and the tips with
 * progress: all after the first paint, outside the first bundle.
 */
@Component({
  selector: 'app-home-highlights',
  imports: [RouterLink, TranslatePipe, ChangedLink, HomeSearch, InstallCard, TipCards],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './home-highlights.html',
  styleUrl: './home-highlights.css',
  // Everything appears in one paint once the content is here, in a slot that holds a screen's
  // height until then (see home.css), so nothing on the first screen moves.
  host: { '[class.pending]': "content.state() === 'loading'" },
})
export class HomeHighlights {
  protected readonly content = inject(ContentStore);
  /** Reading lists from advisers, so a reader finds them again from the first screen. */
  protected readonly packs = injectStoreOnceStored(() =>
    import('../../share').then((m) => m.PackStore),
  );
  protected readonly urgentContacts = computed(() =>
    this.content.contacts().filter((contact) => contact.urgent),
  );
}
