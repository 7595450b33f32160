import { ChangeDetectionStrategy, Component, DOCUMENT, inject, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { LocalSettings } from '../../../core/settings/local-settings';
import { applyReadingComfort } from '../../../core/settings/reading-comfort';

/** Text sizes in per cent of the browser's own size; every length in the app is in rem. */
export const TEXT_SIZES = ['100', '125', '150'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * Text size and high contrast, kept on this device and applied at once. Each size's name is shown
 * at that size, relative to the size in use.
 */
@Component({
  selector: 'app-reading-settings',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="reading-heading" class="settings-form">
      <h2 id="reading-heading">{{ 'reading.heading' | translate }}</h2>
      <fieldset class="modes">
        <legend>{{ 'reading.size' | translate }}</legend>
        @for (size of sizes; track size) {
          <label class="check">
            <input
              type="radio"
              name="text-size"
              [value]="size"
              [checked]="textSize() === size"
              [attr.data-testid]="'text-size-' + size"
              (change)="setTextSize(size)"
            />
            <span [style.font-size.%]="(100 * +size) / +textSize()">{{
              'reading.sizes.' + size | translate
            }}</span>
          </label>
        }
      </fieldset>
      <label class="check">
        <input
          #contrastBox
          type="checkbox"
          data-testid="high-contrast"
          [checked]="highContrast()"
          (change)="setHighContrast(contrastBox.checked)"
        />
        {{ 'reading.contrast' | translate }}
      </label>
      <p class="meta-line">{{ 'reading.kept' | translate }}</p>
    </section>
  `,
})
export class ReadingSettings {
  private readonly settings = inject(LocalSettings);
  private readonly document = inject(DOCUMENT);

  protected readonly sizes = TEXT_SIZES;
  protected readonly textSize = signal<TextSize>(
    TEXT_SIZES.find((size) => size === this.settings.get('textSize')) ?? '100',
  );
  protected readonly highContrast = signal(this.settings.get('contrast') === 'high');

  protected setTextSize(size: TextSize): void {
    this.textSize.set(size);
    this.settings.set('textSize', size);
    this.apply();
  }

  protected setHighContrast(on: boolean): void {
    this.highContrast.set(on);
    this.settings.set('contrast', on ? 'high' : 'normal');
    this.apply();
  }

  private apply(): void {
    const size = this.textSize();
    applyReadingComfort(this.document, size === '100' ? null : size, this.highContrast());
  }
}
