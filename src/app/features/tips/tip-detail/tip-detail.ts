import { ShareSheet } from '../../../shared/share/share-sheet/share-sheet';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { NotesAbout } from '../../../shared/ui/notes-about/notes-about';
import { Language } from '../../../core/i18n/language';
import { ContentStatus, pageStatus } from '../../../shared/ui/content-status/content-status';
import { injectSideBySide } from '../../../shared/content/comparison-texts';
import { tipBlocks } from '../../../shared/content/text-blocks';
import { ComparePicker } from '../../../shared/ui/compare-picker/compare-picker';
import { PrintButton } from '../../../shared/ui/print-button/print-button';
import { RelatedLinks, toRelatedLinks } from '../../../shared/ui/related-links/related-links';
import { SideBySide } from '../../../shared/ui/side-by-side/side-by-side';
import { SourceList } from '../../../shared/ui/source-list/source-list';
import { ContentNotices } from '../../../shared/ui/content-notices/content-notices';
import { Listen } from '../../../shared/ui/listen/listen';
import { injectFootSteps } from '../../../shared/ui/idle-after-render';
import { openFragmentWhenReady } from '../../../shared/content/fragment-scroll';
import { injectChecklist } from '../checklist-once-stored';

@Component({
  selector: 'app-tip-detail',
  imports: [
    ShareSheet,
    TranslatePipe,
    ComparePicker,
    ContentStatus,
    Listen,
    NotesAbout,
    PrintButton,
    RelatedLinks,
    SideBySide,
    SourceList,
    ContentNotices,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tip-detail.html',
  styleUrl: './tip-detail.css',
})
export default class TipDetail {
  protected readonly content = inject(ContentStore);
  /**
   * The device's ticks: `null` while nothing is stored, so a tip opened from a shared link on a
   * first visit runs no Dexie until a box is ticked.
   */
  private readonly ticks = injectChecklist();
  private readonly checklist = this.ticks.store;
  /**
   * Ticked here while nothing was stored: the boxes already show every tick there is, so they stay
   * usable while that first tick loads the store. Disabled for that moment, a quick second tick
   * landed on a disabled box and was lost (e2e/content.spec.ts).
   */
  private readonly tickedBeforeStore = signal(false);
  /** The boxes wait for the stored ticks, so a done step never shows unticked first. */
  protected readonly ticksKnown = computed(() => this.ticks.known() || this.tickedBeforeStore());
  protected readonly saveError = computed(() => this.checklist()?.error() ?? null);
  protected readonly language = inject(Language);

  /** From the route, `/tips/:id`. */
  readonly id = input<string>();
  /** `?compare=<code>`: a second language to read side by side. */
  readonly compare = input<string>();

  protected readonly tip = computed(() => this.content.tips().find((t) => t.id === this.id()));
  /** Both languages block by block, once the second one has loaded; or why it cannot be. */
  protected readonly sideBySide = injectSideBySide(
    this.tip,
    this.compare,
    (t) => t.tips,
    tipBlocks,
  );
  protected readonly number = computed(() => this.content.tips().indexOf(this.tip()!) + 1);
  protected readonly related = computed(() => {
    const tip = this.tip();
    if (!tip) return { guides: [], contacts: [] };
    const related = this.content.related(tip.related);
    return {
      guides: toRelatedLinks(related.guides, '/guides'),
      contacts: toRelatedLinks(related.contacts, '/contacts'),
    };
  });
  protected readonly status = computed(() => pageStatus(this.content.state(), this.tip()));
  /** Related links and notes, then sources and print: drawn when idle (see the helper). */
  protected readonly footDrawn = injectFootSteps(() => this.status() === 'ready');

  constructor() {
    openFragmentWhenReady(computed(() => this.status() === 'ready' && !this.sideBySide.columns()));
  }

  protected isDone(tipId: string, step: number): boolean {
    return this.checklist()?.isDone(tipId, step) ?? false;
  }

  protected doneCount(tipId: string): number {
    return this.checklist()?.doneCount(tipId) ?? 0;
  }

  protected async toggle(step: number, event: Event): Promise<void> {
    const box = event.target as HTMLInputElement;
    const tip = this.tip();
    if (!tip) return;
    if (this.checklist() === null) this.tickedBeforeStore.set(true);
    // The first tick of all loads the store (its chunk, then the database it creates).
    const saved = await this.checklist
      .open()
      .then((store) => store.setDone(tip.id, step, box.checked))
      .catch(() => false);
    // Keep the box showing what is really stored.
    if (!saved) box.checked = !box.checked;
  }
}
