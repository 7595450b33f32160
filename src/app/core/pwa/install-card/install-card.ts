import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { InstallPrompt } from '../install-prompt';

/** "Keep the app on your phone": the browser's install button, or Add to Home Screen on iPhone. */
@Component({
  selector: 'app-install-card',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './install-card.html',
})
export class InstallCard {
  protected readonly install = inject(InstallPrompt);

  constructor() {
    this.install.start();
  }
}
