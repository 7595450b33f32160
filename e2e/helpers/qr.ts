import { Locator } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads the QR code on screen the way a phone camera would: from pixels, with Debian's zbarimg
 * (`npm test` installs zbar-tools). Returns exactly the text the code holds.
 */
export async function readQr(code: Locator): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'qr-'));
  try {
    const file = join(dir, 'code.png');
    writeFileSync(file, await code.screenshot());
    return execFileSync('zbarimg', ['--raw', '-q', '--nodbus', file], { encoding: 'utf8' }).replace(
      /\n$/,
      '',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages in a PDF made by Chromium (its page objects are plain, uncompressed dictionaries). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
