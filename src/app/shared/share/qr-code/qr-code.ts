import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  ViewContainerRef,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { QrDrawing } from './qr-drawing';

let drawing: Promise<typeof QrDrawing> | undefined;

/**
 * A QR code for a link, made on the device and drawn as SVG from the template: no image from a
 * server, and nothing Angular's sanitizer must be told to trust. Always dark on white, even in
 * dark mode, because cameras read that best. The encoder comes in its own chunk on first use, so
 * pages that never show a code never download it. A dynamic import rather than `@defer`:
 * `@defer`'s runtime would land in the first bundle (measured: +1.8 kB gzip on the first screen).
 */
@Component({
  selector: 'app-qr-code',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container #slot />
    @if (!shown()) {
      <p class="meta-line">{{ 'share.qrLoading' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      inline-size: min(100%, 16rem);
    }
  `,
})
export class QrCode {
  readonly text = input.required<string>();
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly slot = viewChild.required('slot', { read: ViewContainerRef });
  protected readonly shown = signal(false);

  constructor() {
    afterNextRender(() => {
      drawing ??= import('./qr-drawing').then((module) => module.QrDrawing);
      void drawing.then((component) => {
        if (this.destroyRef.destroyed) return; // the panel closed while the encoder was on its way
        const drawn = this.slot().createComponent(component);
        effect(() => drawn.setInput('text', this.text()), { injector: this.injector });
        this.shown.set(true);
      });
    });
  }
}
