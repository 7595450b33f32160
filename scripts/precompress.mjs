// Writes `.br` and `.gz` beside every text file of a build, with Node's own zlib, so that static
// hosts (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, server/serve.mjs) send the
// smallest file without compressing on every request. The originals are never touched: the
// service worker checks the hashes in ngsw.json against the decompressed bytes.
//   node scripts/precompress.mjs [dir]          (default: dist/digital-sanctuary/browser)
import { readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Extensions worth compressing: text. Images, fonts (woff2) and icons are compressed already. */
export const TEXT_EXTENSIONS = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.ico',
]);
/** Below this size a compressed copy saves less than a packet. */
const MIN_SIZE = 256;

/** Every file under `dir`, at any depth (scripts/language-pages.mjs walks the build with it too). */
export async function* filesUnder(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * (Re)writes `file.br` and `file.gz` for one file, or removes stale ones when it is not worth it.
 * @returns {Promise<number>} how many compressed files were written
 */
export async function precompressFile(file) {
  const data = await readFile(file);
  const variants = [];
  if (data.length >= MIN_SIZE) {
    variants.push(
      [
        '.br',
        await brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
      ],
      ['.gz', await gz(data, { level: 9 })],
    );
  }
  let written = 0;
  for (const suffix of ['.br', '.gz']) {
    const compressed = variants.find(([s]) => s === suffix)?.[1];
    if (compressed && compressed.length < data.length) {
      await writeFile(file + suffix, compressed);
      written++;
    } else {
      await unlink(file + suffix).catch(() => undefined);
    }
  }
  return written;
}

/** Precompresses every text file under `dir`, a few at a time (zlib runs in libuv's pool). */
export async function precompressDir(dir) {
  const queue = [];
  for await (const file of filesUnder(dir)) {
    if (TEXT_EXTENSIONS.has(extname(file))) queue.push(file);
  }
  let written = 0;
  let bytes = 0;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      // (Await first, then add: `written += await …` would add to a stale total.)
      const count = await precompressFile(file);
      const { size } = await stat(file);
      written += count;
      bytes += size;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return { written, bytes };
}

// Run as a script. No top-level await or import.meta: the e2e helpers load this module too.
if (/[\\/]precompress\.mjs$/.test(process.argv[1] ?? '')) {
  const dir = resolve(process.argv[2] ?? 'dist/digital-sanctuary/browser');
  const started = Date.now();
  precompressDir(dir).then(({ written, bytes }) =>
    console.log(
      `precompress: ${written} .br/.gz files for ${(bytes / 1024).toFixed(0)} kB of text in ` +
        `${dir} (${Date.now() - started} ms)`,
    ),
  );
}
