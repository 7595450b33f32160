// Puts V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136 and later) at the
// top of the build's `main-*.js`, then mends what the change touches: the file's SHA-1 in
// ngsw.json (the service worker refuses a file whose hash differs) and its source map, if any.
//
// Why: nearly every function of `main` runs as the app starts. Without the hint V8 compiles
// them one by one on the main thread when first called, and keeps only the top level in its
// code cache, so every reopen from the worker's cache compiled them again: 60 to 110 ms of
// compiling in a trace of home reopened offline, against 22 ms with the hint. With a 4x slower
// CPU, home reopened offline in 412 ms against 458 (medians of 30, alternating builds); the
// first visit's Lighthouse runs did not get worse (README, "Performance"). Other chunks are left
// lazy: most of their functions do not run on load.
//
// What it costs (6 December 2026, Debian's Chromium 156): no V8 code cache is made or used for a
// script the service worker serves, whether cached at install or later (a test page traced;
// the same `main` from the HTTP cache reused a 1 MB code cache). So each reopen compiles all of
// `main` again, off the main thread, while the page waits: 69 to 83 ms in traces. Reopening home
// offline took 155 ms with the hint against 121 ms without (medians of 21, alternating, one
// browser with an on-disk profile). The first visit needs it far more: Lighthouse's TBT was 6 to
// 200 ms with it against 214 to 370 ms without (alternating runs of home, a tip and the contacts).
// It stays, for the visit that decides whether a reader comes back.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Adds the hint to `main-*.js` in `dir`, once; returns the file's name. */
export async function addCompileHint(dir) {
  const main = (await readdir(dir)).find((name) => /^main-[\w-]+\.js$/.test(name));
  if (!main) throw new Error(`no main-*.js in ${dir}`);
  const path = join(dir, main);
  const code = await readFile(path, 'utf8');
  if (code.startsWith(COMPILE_HINT)) return main;
  const hinted = COMPILE_HINT + code;
  await writeFile(path, hinted);

  const mapPath = `${path}.map`;
  if (existsSync(mapPath)) {
    // One more line at the top: every mapping moves down one line.
    const map = JSON.parse(await readFile(mapPath, 'utf8'));
    map.mappings = `;${map.mappings}`;
    await writeFile(mapPath, JSON.stringify(map));
  }

  const ngswPath = join(dir, 'ngsw.json');
  if (existsSync(ngswPath)) {
    const ngsw = JSON.parse(await readFile(ngswPath, 'utf8'));
    if (!(`/${main}` in ngsw.hashTable)) throw new Error(`ngsw.json does not list /${main}`);
    ngsw.hashTable[`/${main}`] = createHash('sha1').update(hinted).digest('hex');
    await writeFile(ngswPath, JSON.stringify(ngsw, null, 2));
  }
  return main;
}
