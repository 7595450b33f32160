import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Tip } from '../../../core/content/content-store';
import { injectStoreOnceStored } from '../../../core/db/database-presence';

/** The seven tips as numbered cards, each with how many of its steps are done. */
@Component({
  selector: 'app-tip-cards',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tip-cards.html',
  styleUrl: './tip-cards.css',
})
export class TipCards {
  readonly tips = input.required<readonly Tip[]>();
  /** The device's ticks: `null` when nothing is stored, so nothing is ticked. */
  protected readonly checklist = injectStoreOnceStored(() =>
    import('../checklist-store').then((m) => m.ChecklistStore),
  );
  /** Drawn hidden until known, so the cards keep their size and a done tip never shows 0 first. */
  protected readonly progressKnown = computed(() => {
    const checklist = this.checklist();
    return checklist === null || (checklist !== undefined && checklist.loaded());
  });
}
