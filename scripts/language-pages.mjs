// Files each prerendered page in another language beside its English page, where the hosts look
// for it: Angular writes the page it rendered from `/tips/x?lang=ar` (src/app/app.routes.server.ts)
// as `tips/x?lang=ar/index.html`; the hosts serve `tips/x/index.ar.html` at `/tips/x` to a reader
// whose link or phone asks for Arabic (server/page-language.mjs, deploy/). Home's are
// `index.ar.html` beside `index.html`.
import { existsSync } from 'node:fs';
import { readFile, readdir, rename, rmdir } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { filesUnder } from './precompress.mjs';

/** `tips/x?lang=ar` → the path `tips/x` and the code `ar`, or null for any other folder name. */
const RENDERED = /^(?<name>[^?]*)\?lang=(?<code>[a-z]{2,3})$/;

/**
 * Moves every `<path>?lang=<code>/index.html` under `dir` to `<path>/index.<code>.html`; returns
 * the new paths, relative to `dir`. A page with no English page beside it fails the build: the
 * hosts would never send it.
 */
export async function fileLanguagePages(dir, under = '') {
  const filed = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const match = RENDERED.exec(entry.name);
    if (!match?.groups) {
      filed.push(...(await fileLanguagePages(dir, join(under, entry.name))));
      continue;
    }
    const { name, code } = match.groups;
    const from = join(dir, under, entry.name);
    const home = join(dir, under, name);
    if (!existsSync(join(home, 'index.html')))
      throw new Error(`${join(under, entry.name)}: no English page at ${join(under, name)}/`);
    const to = join(home, `index.${code}.html`);
    await rename(join(from, 'index.html'), to);
    await rmdir(from);
    filed.push(join(under, name, `index.${code}.html`));
  }
  return filed;
}

/** The folders under `dir` that hold a prerendered English page (`index.html`), relative. */
async function englishPages(dir) {
  const found = [];
  for await (const file of filesUnder(dir))
    if (basename(file) === 'index.html') found.push(relative(dir, dirname(file)));
  return found;
}

/** `lang`, `data-page` and `data-languages` of a prerendered page's `<html>`. */
function htmlOf(text) {
  const tag = /<html\b[^>]*>/i.exec(text)?.[0] ?? '';
  const attribute = (name) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return {
    lang: attribute('lang'),
    page: attribute('data-page'),
    languages: attribute('data-languages')?.split(' ').sort().join(' '),
  };
}

/**
 * Fails the build unless every prerendered English page has its page in each of `codes` beside
 * it, and each says its language, its folder's address and the shipped languages: a page the
 * build left out would be drawn in the browser, slowly, and one that said the wrong thing held
 * back by index.html's first script, with no test to notice.
 */
export async function checkLanguagePages(dir, codes) {
  const wrong = [];
  const languages = ['en', ...codes].sort().join(' ');
  for (const folder of await englishPages(dir)) {
    // The address the page is for: "" for home, "/tips/x".
    const address = folder ? `/${folder.split(sep).join('/')}` : '';
    for (const code of ['en', ...codes]) {
      const file = join(folder, code === 'en' ? 'index.html' : `index.${code}.html`);
      const page = existsSync(join(dir, file))
        ? htmlOf(await readFile(join(dir, file), 'utf8'))
        : null;
      if (!page) wrong.push(`${file} is missing`);
      else if (page.lang !== code || page.page !== address || page.languages !== languages)
        wrong.push(
          `${file} is lang="${page.lang}" for "${page.page}" among "${page.languages ?? ''}"`,
        );
    }
  }
  if (wrong.length) throw new Error(`language pages: ${wrong.join(', ')}`);
}
