// Puts the build's stylesheet inside each prerendered page (`index.html`, `index.<code>.html`), in
// place of its `<link>`. A first visit's text then paints once the page itself has come, not after
// a second request: with Chromium slowed as Lighthouse's DevTools throttling slows it (4x CPU,
// 562.5 ms a request), a tip's first paint came at 0.84 to 1.10 s instead of 1.36 to 1.45 s, for
// 1.4 kB (brotli) more in each page (docs/prerendering.md, "The stylesheet inside the page"). The shell
// (`index.csr.html`), which the service worker serves from its cache once installed, keeps the
// `<link>`: there the file is already on the phone, and one copy serves every page.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { filesUnder } from './precompress.mjs';

/** The shell's stylesheet link: `<link rel="stylesheet" href="styles-<hash>.css">`. */
const LINK = /<link rel="stylesheet" href="(styles-[\w-]+\.css)">/;
const PAGE = /^index(\.[a-z]{2,3})?\.html$/;

/** Inlines the stylesheet in every prerendered page under `dir`; returns their paths. */
export async function inlineStylesheet(dir) {
  const shell = await readFile(join(dir, 'index.csr.html'), 'utf8');
  const link = LINK.exec(shell);
  if (!link) throw new Error('inline stylesheet: index.csr.html links no styles-*.css');
  const css = await readFile(join(dir, link[1]), 'utf8');
  // The text goes inside <style>: it must not be able to end that element early.
  if (/<\/style/i.test(css)) throw new Error(`inline stylesheet: ${link[1]} holds "</style"`);
  const inlined = [];
  for await (const file of filesUnder(dir)) {
    if (!PAGE.test(basename(file)) || basename(file) === 'index.csr.html') continue;
    const html = await readFile(file, 'utf8');
    if (html.includes(`<style data-inlined="${link[1]}">`)) continue;
    if (!html.includes(link[0])) {
      throw new Error(`inline stylesheet: ${relative(dir, file)} does not link ${link[1]}`);
    }
    // A function as the replacement: `$` in the CSS must stay as it is.
    await writeFile(
      file,
      html.replace(link[0], () => `<style data-inlined="${link[1]}">${css}</style>`),
    );
    inlined.push(relative(dir, file));
  }
  return inlined;
}
