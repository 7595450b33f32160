import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { PluralKeyPipe } from '../../../shared/ui/plural-key-pipe';
import { ContentStore } from '../../../core/content/content-store';
import { NATIONS } from '../../../core/content/content-model';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { injectIdleSteps } from '../../../shared/ui/idle-after-render';
import { ContactCard } from '../contact-card/contact-card';
import { ContactFilters, filterContacts } from '../contact-filters';

/**
 * Cards drawn per idle step. A step of five was a task of 13 to 34 ms in Lighthouse's unthrottled
 * traces, 52 to 136 ms in its 4x model; with Chromium itself slowed 4x, no step of two is a long
 * task (over 50 ms), and the fifteen are all drawn within about a quarter of a second.
 */
const OTHERS_PER_STEP = 2;

@Component({
  selector: 'app-contact-list',
  imports: [TranslatePipe, PluralKeyPipe, ContentStatus, ContactCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contact-list.html',
  styleUrl: './contact-list.css',
})
export default class ContactList {
  protected readonly content = inject(ContentStore);
  /** Where the reader lives and what they need: kept in memory only (see ContactFilters). */
  protected readonly filters = inject(ContactFilters);
  protected readonly nations = NATIONS;

  /** Only topics that some contact has, in a stable order. */
  protected readonly topics = computed(() => [
    ...new Set(this.content.contacts().flatMap((contact) => contact.topics)),
  ]);
  protected readonly shown = computed(() =>
    filterContacts(this.content.contacts(), this.filters.nation(), this.filters.topic()),
  );
  protected readonly urgent = computed(() => this.shown().filter((c) => c.urgent));
  protected readonly others = computed(() => this.shown().filter((c) => !c.urgent));
  /**
   * The other contacts are drawn once the page is idle, after the urgent ones, a few cards at a
   * time: all fifteen in one go held a 4x slower CPU for about 110 ms (see the helper).
   */
  private readonly othersDrawn = injectIdleSteps(
    () => this.content.state() === 'ready',
    () => this.others().length,
    OTHERS_PER_STEP,
  );
  protected readonly othersShown = computed(() => this.others().slice(0, this.othersDrawn()));

  /** A select's value is any string: only one of its own options (or '' for all) is kept. */
  protected chooseNation(value: string): void {
    this.filters.nation.set(this.nations.find((nation) => nation === value) ?? '');
  }

  protected chooseTopic(value: string): void {
    this.filters.topic.set(this.topics().find((topic) => topic === value) ?? '');
  }
}
