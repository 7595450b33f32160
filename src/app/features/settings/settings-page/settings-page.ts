import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguagePicker } from '../../../core/i18n/language-picker/language-picker';
import { InstallCard } from '../../../core/pwa/install-card/install-card';
import { BackupSettings } from '../backup/backup-settings';
import { DiscreetSettings } from '../discreet-settings/discreet-settings';
import { LockSettings } from '../lock-settings/lock-settings';
import { ReadingSettings } from '../reading-settings/reading-settings';
import { SafetySettings } from '../safety-settings/safety-settings';
import { StorageSettings } from '../storage-settings/storage-settings';
import { WipeSettings } from '../wipe-settings/wipe-settings';

@Component({
  selector: 'app-settings-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LanguagePicker,
    InstallCard,
    LockSettings,
    ReadingSettings,
    BackupSettings,
    DiscreetSettings,
    SafetySettings,
    StorageSettings,
    WipeSettings,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-page.html',
})
export default class SettingsPage {}
