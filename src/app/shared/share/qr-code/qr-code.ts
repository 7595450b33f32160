import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  ViewContainerRef,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { drawWhenLoaded } from '../../ui/draw-when-loaded';
import type { QrDrawing } from './qr-drawing';

let drawing: Promise<typeof QrDrawing> | undefined;

/**
 * A QR code for a link, made on the device and drawn as SVG from the template: no image from a
 * server, and nothing Angular's sanitizer must be told to trust. Always dark on white, even in
 * dark mode, because cameras read that best. The encoder comes in its own chunk on first use, so
 * pages that never show a code never download it (`drawWhenLoaded`, not `@defer`).
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
  private readonly slot = viewChild.required('slot', { read: ViewContainerRef });
  protected readonly shown = drawWhenLoaded(
    this.slot,
    () => (drawing ??= import('./qr-drawing').then((module) => module.QrDrawing)),
    (drawn) => effect(() => drawn.setInput('text', this.text()), { injector: this.injector }),
  );
}
