import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore, Guide } from '../../../core/content/content-store';
import { TopicId } from '../../../core/content/content-model';
import { ContentStatus } from '../../../shared/ui/content-status/content-status';

/** Guides grouped by topic, in the order topics first appear. */
@Component({
  selector: 'app-guide-list',
  imports: [RouterLink, TranslatePipe, ContentStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './guide-list.html',
  styleUrl: './guide-list.css',
})
export default class GuideList {
  protected readonly content = inject(ContentStore);

  protected readonly groups = computed(() => {
    const groups = new Map<TopicId, Guide[]>();
    for (const guide of this.content.guides()) {
      groups.set(guide.topic, [...(groups.get(guide.topic) ?? []), guide]);
    }
    return [...groups].map(([topic, guides]) => ({ topic, guides }));
  });
}
