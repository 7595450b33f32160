import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguagePicker } from '../../../core/i18n/language-picker/language-picker';
import { InstallCard } from '../../../core/pwa/install-card/install-card';

@Component({
  selector: 'app-settings-page',
  imports: [RouterLink, TranslatePipe, LanguagePicker, InstallCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-page.html',
})
export default class SettingsPage {}
