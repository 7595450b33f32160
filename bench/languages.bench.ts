import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from '@playwright/test';
import { LANGUAGES, Script } from '../src/app/core/i18n/languages';
import { BUILD_DIR } from '../e2e/fixtures';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The self-hosted face each script downloads where the phone has none (src/styles.css). */
const FONT_FILE: Partial<Record<Script, string>> = {
  Arab: 'noto-naskh-arabic-arabic-400-normal',
  Aran: 'noto-nastaliq-urdu-arabic-400-normal',
  Ethi: 'noto-sans-ethiopic-ethiopic-400-normal',
  Beng: 'noto-sans-bengali-bengali-400-normal',
};

test('what one more language costs a reader: its files and its script font', () => {
  const media = readdirSync(join(BUILD_DIR, 'media'));
  const fontSize = (script: Script) => {
    const prefix = FONT_FILE[script];
    const file = prefix && media.find((f) => f.startsWith(prefix) && f.endsWith('.woff2'));
    // woff2 is already compressed: its bytes are what the phone fetches.
    return file ? readFileSync(join(BUILD_DIR, 'media', file)).length : 0;
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
