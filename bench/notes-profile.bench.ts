import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map';
import { expect, test } from '../e2e/fixtures';
import { BENCH_NOTE, BENCH_PASSPHRASE, lockNotes, seedPlainNotes } from './notes-seed';

// Where the time of "unlock and list 10,000 notes" goes: a Chromium CPU profile of the unlock,
// summed per function (self time), with minified names mapped back through the build's source
// maps. Skipped unless PROFILE_BUILD names a build made with source maps, e.g.
//   npx ng build --source-map --output-path dist/profile
//   PROFILE_BUILD=dist/profile/browser npx playwright test -c bench/playwright.config.ts \
//     bench/notes-profile.bench.ts --reporter=line
// It also times PBKDF2 alone in the page, with the vault's own count, to split it out.
const BUILD = process.env['PROFILE_BUILD'];
const COUNT = 10_000;
const RUNS = Number(process.env['PROFILE_RUNS'] ?? 3);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

// bench/playwright.config.ts leaves this file out unless PROFILE_BUILD is set.

test('profile: unlock and list encrypted notes', async ({ page, serveFolder }) => {
  test.setTimeout(300_000);
  const server = await serveFolder(BUILD!);
  await page.goto(`${server.origin}/notes`);
  await expect(page.getByTestId('new-note')).toBeVisible();
  await seedPlainNotes(page, COUNT, BENCH_NOTE);
  await lockNotes(page, server.origin);

  // PBKDF2 alone, with the count stored in the vault record.
  const pbkdf2 = await page.evaluate(async (passphrase) => {
    const iterations = await new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('digital-sanctuary');
      open.onsuccess = () => {
        const get = open.result.transaction('vault').objectStore('vault').get('vault');
        get.onsuccess = () => (open.result.close(), resolve(get.result.kdf.iterations));
        get.onerror = () => reject(get.error);
      };
    });
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const material = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode(passphrase),
        'PBKDF2',
        false,
        ['deriveKey'],
      );
      await crypto.subtle.deriveKey(
        { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations },
        material,
        { name: 'AES-GCM', length: 256 },
        false,
        ['decrypt'],
      );
      times.push(performance.now() - start);
    }
    return { iterations, times };
  }, BENCH_PASSPHRASE);
  console.log(
    `PBKDF2-SHA-256, ${pbkdf2.iterations} iterations: ${pbkdf2.times.map((t) => t.toFixed(0)).join(', ')} ms`,
  );

  // Reading every sealed note row, as the list's live query and the unlock's scan for rows still
  // to seal each do.
  const reads = await page.evaluate(async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('digital-sanctuary');
        open.onsuccess = () => {
          const all = open.result.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => (open.result.close(), resolve());
          all.onerror = () => reject(all.error);
        };
      });
      times.push(performance.now() - start);
    }
    return times;
  });
  console.log(`reading all sealed notes (getAll): ${reads.map((t) => t.toFixed(0)).join(', ')} ms`);

  const nav = page.getByRole('navigation', { name: 'Main' });
  const count = page.getByTestId('note-count');
  await nav.getByRole('link', { name: 'Notes' }).click();
  await expect(count).toHaveText(`${COUNT} notes`, { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const self = new Map<string, number>();
  let wall = 0;
  for (let run = 0; run < RUNS; run++) {
    await page.getByTestId('lock-now').click();
    await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
    await cdp.send('Profiler.start');
    const start = performance.now();
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(count).toHaveText(`${COUNT} notes`, { timeout: 30_000 });
    wall += performance.now() - start;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await addSelfTimes(profile, self);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(
    `mean wall time ${(wall / RUNS).toFixed(0)} ms; mean profiled ${(total / RUNS).toFixed(0)} ms`,
  );
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    console.log(`${(ms / RUNS).toFixed(1).padStart(8)} ms  ${name}`);
  }
});

const maps = new Map<string, SourceMapConsumer | null>();

async function mapFor(url: string): Promise<SourceMapConsumer | null> {
  if (!maps.has(url)) {
    let map: SourceMapConsumer | null;
    try {
      const file = join(BUILD!, new URL(url).pathname + '.map');
      map = await new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** Adds each sample's interval to its function, named by source file and original name. */
async function addSelfTimes(profile: Profile, into: Map<string, number>): Promise<void> {
  const names = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let name = functionName || '(anonymous)';
    if (url) {
      const map = await mapFor(url);
      const at = map?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      name = at?.source
        ? `${at.name ?? functionName ?? '?'} ${at.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${at.line}`
        : `${name} ${url.replace(/^.*\//, '')}`;
    }
    names.set(node.id, name);
  }
  profile.samples.forEach((id, i) => {
    const name = names.get(id)!;
    into.set(name, (into.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
}
