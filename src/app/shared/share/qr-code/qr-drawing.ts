import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { encodeQR } from 'qr';

/** Rows of modules, dark = true, with the quiet zone already around them. */
export type Modules = readonly (readonly boolean[])[];

export interface Drawing {
  /** Modules per side, quiet zone included. */
  readonly size: number;
  /** One SVG path for all dark modules. */
  readonly d: string;
}

/** White modules around the code; scanners need four (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** The dark modules as one path, a run of modules in a row at a time. */
export function modulesPath(rows: Modules): Drawing {
  let d = '';
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return { size: rows.length, d };
}

/** The QR code itself. `QrCode` creates it once the encoder's chunk has loaded. */
@Component({
  selector: 'app-qr-drawing',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (drawing(); as qr) {
      <svg
        [attr.viewBox]="'0 0 ' + qr.size + ' ' + qr.size"
        role="img"
        [attr.aria-label]="'share.qrLabel' | translate"
        shape-rendering="crispEdges"
        data-testid="qr-code"
      >
        <rect [attr.width]="qr.size" [attr.height]="qr.size" fill="#fff" />
        <path [attr.d]="qr.d" fill="#000" />
      </svg>
    } @else {
      <p class="notice-box" role="alert">{{ 'share.qrTooLong' | translate }}</p>
    }
  `,
  styles: `
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      aspect-ratio: 1;
    }
  `,
})
export class QrDrawing {
  readonly text = input.required<string>();

  protected readonly drawing = computed(() => {
    try {
      return modulesPath(encodeQR(this.text(), 'raw', { ecc: 'medium', border: QUIET_ZONE }));
    } catch {
      // More than a QR code can hold (only a very long note can do this).
      return null;
    }
  });
}
