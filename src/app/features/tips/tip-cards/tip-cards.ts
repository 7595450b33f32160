import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Tip } from '../../../core/content/content-store';
import { ChecklistStore } from '../checklist-store';

/** The seven tips as numbered cards, each with how many of its steps are done. */
@Component({
  selector: 'app-tip-cards',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tip-cards.html',
  styleUrl: './tip-cards.css',
})
export class TipCards {
  protected readonly checklist = inject(ChecklistStore);
  readonly tips = input.required<readonly Tip[]>();
}
