import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/** What the app keeps, what it never sends, and how to remove it, in plain words. */
@Component({
  selector: 'app-privacy-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './privacy-page.html',
})
export default class PrivacyPage {
  protected readonly stored = [
    'privacy.stored1',
    'privacy.stored2',
    'privacy.stored3',
    'privacy.storedSettings',
    'privacy.stored5',
    'privacy.stored6',
    'privacy.stored7',
  ];
  protected readonly never = [
    'privacy.never1',
    'privacy.never2',
    'privacy.never3',
    'privacy.never4',
  ];
}
