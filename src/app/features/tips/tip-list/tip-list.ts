import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';
import { TipCards } from '../tip-cards/tip-cards';

@Component({
  selector: 'app-tip-list',
  imports: [TranslatePipe, ContentStatus, TipCards],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'tips.title' | translate }}</h1>
    <p class="lead">{{ 'tips.intro' | translate }}</p>
    @if (content.state() === 'ready') {
      <app-tip-cards [tips]="content.tips()" />
    } @else {
      <app-content-status
        [status]="content.state() === 'failed' ? 'failed' : 'loading'"
        underPageHeading
      />
    }
  `,
})
export default class TipList {
  protected readonly content = inject(ContentStore);
}
