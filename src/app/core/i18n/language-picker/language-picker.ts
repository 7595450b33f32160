import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../language';

/** A native select: small, keyboard and screen-reader friendly, each language in its own script. */
@Component({
  selector: 'app-language-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './language-picker.html',
  styleUrl: './language-picker.css',
})
export class LanguagePicker {
  protected readonly language = inject(Language);

  /** Distinguishes the header's picker from the one in Settings. */
  readonly pickerId = input('language-picker');
  /** The header shows a compact picker with a visually hidden label. */
  readonly compact = input(false);

  protected switchTo(code: string): void {
    void this.language.use(code);
  }
}
