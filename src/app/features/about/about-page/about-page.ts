import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { version } from '../../../../../package.json';

@Component({
  selector: 'app-about-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './about-page.html',
})
export default class AboutPage {
  protected readonly version = version;
}
