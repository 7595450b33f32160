import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Source } from '../../../core/content/content-model';
import { ExternalLinkList } from '../external-link-list/external-link-list';
import { LocalDatePipe } from '../local-date-pipe';

/**
 * Where the facts come from, when they were checked, the date of the law they describe, and a
 * warning that links leave the app.
 */
@Component({
  selector: 'app-source-list',
  imports: [TranslatePipe, LocalDatePipe, ExternalLinkList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './source-list.html',
  styleUrl: './source-list.css',
})
export class SourceList {
  readonly sources = input.required<readonly Source[]>();
  readonly checkedOn = input.required<string>();
  /** Tips and guides say which law they describe; contacts have none. */
  readonly lawAsOf = input<string>();
}
