import { ShareSheet } from '../../../shared/share/share-sheet/share-sheet';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { LETTER_FOR_GUIDE } from '../../letters';
import { NotesAbout } from '../../../shared/ui/notes-about/notes-about';
import { Language } from '../../../core/i18n/language';
import { ContentStatus, pageStatus } from '../../../shared/ui/content-status/content-status';
import { injectSideBySide } from '../../../shared/content/comparison-texts';
import { guideBlocks } from '../../../shared/content/text-blocks';
import { ComparePicker } from '../../../shared/ui/compare-picker/compare-picker';
import { PrintButton } from '../../../shared/ui/print-button/print-button';
import { RelatedLinks, toRelatedLinks } from '../../../shared/ui/related-links/related-links';
import { SideBySide } from '../../../shared/ui/side-by-side/side-by-side';
import { SourceList } from '../../../shared/ui/source-list/source-list';
import { ContentNotices } from '../../../shared/ui/content-notices/content-notices';
import { ReadMore } from '../../../shared/ui/read-more/read-more';
import { Listen } from '../../../shared/ui/listen/listen';
import { injectFootSteps } from '../../../shared/ui/idle-after-render';
import { openFragmentWhenReady } from '../../../shared/content/fragment-scroll';

@Component({
  selector: 'app-guide-detail',
  imports: [
    ShareSheet,
    RouterLink,
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
    ReadMore,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './guide-detail.html',
  styleUrl: './guide-detail.css',
})
export default class GuideDetail {
  protected readonly content = inject(ContentStore);
  protected readonly language = inject(Language);

  /** From the route, `/guides/:id`. */
  readonly id = input<string>();
  /** `?compare=<code>`: a second language to read side by side. */
  readonly compare = input<string>();

  protected readonly guide = computed(() => this.content.guides().find((g) => g.id === this.id()));
  /** Both languages block by block, once the second one has loaded; or why it cannot be. */
  protected readonly sideBySide = injectSideBySide(
    this.guide,
    this.compare,
    (t) => t.guides,
    guideBlocks,
  );
  /** A letter this guide helps to write, if any. */
  protected readonly letter = computed(() => LETTER_FOR_GUIDE[this.id() ?? '']);
  protected readonly status = computed(() => pageStatus(this.content.state(), this.guide()));
  /** Related links and notes, then sources and print: drawn when idle (see the helper). */
  protected readonly footDrawn = injectFootSteps(() => this.status() === 'ready');
  constructor() {
    openFragmentWhenReady(computed(() => this.status() === 'ready' && !this.sideBySide.columns()));
  }

  protected readonly related = computed(() => {
    const guide = this.guide();
    if (!guide) return { tips: [], contacts: [] };
    const related = this.content.related(guide.related);
    return {
      tips: toRelatedLinks(related.tips, '/tips'),
      contacts: toRelatedLinks(related.contacts, '/contacts'),
    };
  });
}
