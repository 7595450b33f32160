import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Tip } from '../../../core/content/content-store';
import { injectChecklist } from '../checklist-once-stored';

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
  private readonly ticks = injectChecklist();
  /** The device's ticks: `null` when nothing is stored, so nothing is ticked. */
  protected readonly checklist = this.ticks.store;
  /** Drawn hidden until known, so the cards keep their size and a done tip never shows 0 first. */
  protected readonly progressKnown = this.ticks.known;
}
