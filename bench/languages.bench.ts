import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';
import { LANGUAGES, Script } from '../src/app/core/i18n/languages';
import { BUILD_DIR } from '../e2e/fixtures';
import { fontsourceName, scriptFonts } from '../scripts/script-fonts.mjs';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * The self-hosted face each script downloads where the phone has none: the family its
 * [data-script] rule in src/styles.css names first. A script without a rule uses the phone's font.
 */
const FONT_FAMILY = scriptFonts(readFileSync('src/styles.css', 'utf8'));

test('what one more language costs a reader: its files and its script font', () => {
  const media = readdirSync(join(BUILD_DIR, 'media'));
  const fontSize = (script: Script) => {
    const family = FONT_FAMILY.get(script);
    if (!family) return 0;
    const file = media.find(
      (f) => f.startsWith(`${fontsourceName(family)}-`) && f.endsWith('.woff2'),
    );
    // A rule naming a face the build did not copy would print as "(phone font)": a wrong number.
    if (!file) throw new Error(`no ${family} .woff2 in ${BUILD_DIR}/media for ${script}`);
    // woff2 is already compressed: its bytes are what the phone fetches.
    return readFileSync(join(BUILD_DIR, 'media', file)).length;
  };
  console.log('language  interface  content  letters  = files gzip (target < 60 kB)   font woff2');
  for (const { code, script } of LANGUAGES) {
    const [ui, content, letters] = ['i18n', 'content', 'letters'].map((dir) =>
      gzip(join(BUILD_DIR, dir, `${code}.json`)),
    );
    const total = ui + content + letters;
    const font = fontSize(script);
    console.log(
      `${code.padEnd(9)} ${kB(ui).padStart(9)} ${kB(content).padStart(8)} ${kB(letters).padStart(8)}` +
        `  = ${kB(total).padStart(8)} ${total < 60 * 1024 ? 'ok  ' : 'OVER'}` +
        `                ${font ? `${script} ${kB(font)}` : '(phone font)'}`,
    );
  }
});
