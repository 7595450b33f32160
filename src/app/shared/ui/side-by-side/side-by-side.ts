import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LanguageInfo } from '../../../core/i18n/languages';
import { TextBlock } from '../../content/text-blocks';

export interface LanguageColumn {
  readonly lang: LanguageInfo;
  readonly blocks: readonly TextBlock[];
}

/**
 * Two languages paragraph by paragraph: side by side on a wide screen, in stacked pairs on a
 * phone. Each half carries its own `lang` and `dir`.
 */
@Component({
  selector: 'app-side-by-side',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './side-by-side.html',
  styleUrl: './side-by-side.css',
})
export class SideBySide {
  readonly first = input.required<LanguageColumn>();
  readonly second = input.required<LanguageColumn>();

  protected readonly rows = computed(() =>
    this.first().blocks.map((block, i) => ({
      kind: block.kind,
      pair: [block, this.second().blocks[i]],
    })),
  );
}
