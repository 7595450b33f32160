import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import packageJson from '../../../../../package.json';

@Component({
  selector: 'app-about-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './about-page.html',
})
export default class AboutPage {
  protected readonly version = packageJson.version;
}
