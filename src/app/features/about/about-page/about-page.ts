import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ContentStore } from '../../../core/content/content-store';
import { BUILD_INFO } from '../../../core/release/build-info';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';

/** Who made the app, which app version (and its build date) and content version this phone has. */
@Component({
  selector: 'app-about-page',
  imports: [RouterLink, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './about-page.html',
})
export default class AboutPage {
  protected readonly content = inject(ContentStore);
  protected readonly version = BUILD_INFO.version;
  protected readonly buildDate = BUILD_INFO.buildDate;
  /** The date of the release this phone holds, so a reader can tell how current it is. */
  protected readonly contentDate = computed(() => {
    const current = this.content.contentVersion();
    return this.content.versions().find((v) => v.version === current)?.date ?? null;
  });
}
