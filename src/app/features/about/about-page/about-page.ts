import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { version } from '../../../../../package.json';
import { ContentStore } from '../../../core/content/content-store';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';

/** Who made the app, which app version and which content version this phone has. */
@Component({
  selector: 'app-about-page',
  imports: [RouterLink, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './about-page.html',
})
export default class AboutPage {
  protected readonly content = inject(ContentStore);
  protected readonly version = version;
  /** The date of the release this phone holds, so a reader can tell how current it is. */
  protected readonly contentDate = computed(() => {
    const current = this.content.contentVersion();
    return this.content.versions().find((v) => v.version === current)?.date ?? null;
  });
}
