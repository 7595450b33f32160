import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Language } from '../../../core/i18n/language';
import { Script } from '../../../core/i18n/languages';
import { ComparisonTexts } from '../../../shared/content/comparison-texts';
import { PrintButton } from '../../../shared/ui/print-button/print-button';
import { QrCode } from '../../../shared/share/qr-code/qr-code';

interface PosterLine {
  readonly code: string;
  readonly dir: 'ltr' | 'rtl';
  readonly script: Script;
  readonly text: string;
}

/**
 * `/share/poster`: one QR code for a shelter wall. It opens the app's home page, which picks
 * each phone's own language; "scan to open in your language" is printed in every shipped one.
 */
@Component({
  selector: 'app-poster',
  imports: [TranslatePipe, PrintButton, QrCode],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './poster.html',
  styleUrl: './poster.css',
})
export default class Poster {
  private readonly texts = inject(ComparisonTexts);
  protected readonly language = inject(Language);
  protected readonly link = new URL('.', inject(DOCUMENT).baseURI).href;
  protected readonly lines = signal<readonly PosterLine[] | null>(null);

  constructor() {
    void Promise.all(
      this.language.languages.map(async ({ code, dir, script }) => {
        const label = await this.texts.labels(code).catch(() => null);
        return label ? [{ code, dir, script, text: label('share.posterScan') }] : [];
      }),
    ).then((lines) => this.lines.set(lines.flat()));
  }
}
