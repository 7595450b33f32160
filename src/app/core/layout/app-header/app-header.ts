import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguagePicker } from '../../i18n/language-picker/language-picker';
import { QuickExitButton } from '../../safety/quick-exit-button/quick-exit-button';

@Component({
  selector: 'app-header',
  imports: [RouterLink, TranslatePipe, LanguagePicker, QuickExitButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app-header.html',
  styleUrl: './app-header.css',
})
export class AppHeader {}
