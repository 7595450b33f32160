import { Page } from '@playwright/test';
import { LANGUAGE_CODES, translations } from './app-pages';
import { expect, test } from './fixtures';

// What a link does to the page is checked, not caching: no worker installs behind it.
test.use({ serviceWorkers: 'block' });

/**
 * Issue 15, finding 10: 480 hostile `#pack=` fragments, made here from a fixed seed, each opened
 * in the app. None may leave a blank screen or raise a page error; each shows the list or a plain
 * message; none stays in the address. One page is reused and the hash changed, as a reader who
 * opens link after link would; a sample is also opened as a fresh load.
 */

const COUNT = 480;

/** A small seeded generator (mulberry32): the same fragments on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const percent = (text: string) => encodeURIComponent(text);

/** Fragments that are not a list this app can show: each must get the "damaged" message. */
function refused(): string[] {
  const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i));
  const bidi = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c'];
  const invisible = ['\u200b', '\u200d', '\ufeff', '\u{e0041}', '\u00ad'];
  const scripts = [
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '"><img src=x onerror=alert(1)>',
    "';alert(1);//",
    '{{constructor.constructor("alert(1)")()}}',
    '${alert(1)}',
    '<svg onload=alert(1)>',
  ];
  const pollution = [
    '__proto__',
    'constructor',
    'prototype',
    '__proto__[polluted]=1',
    'constructor.prototype.polluted=1',
  ];
  const wrongTypes = ['[]', '{}', 'null', 'true', 'undefined', 'NaN', '1e999', '-1', '0x10'];
  return [
    // Zero-length and nearly so.
    'pack=',
    'pack',
    'pack=.',
    'pack=..',
    'pack=...',
    'pack=1',
    '=',
    '%',
    'pack=%',
    // Broken percent-encoding, which the address itself cannot decode.
    'pack=%E0%A4%A',
    'pack=%ZZ',
    'pack=1.en.t1%',
    'pack=%C0%AF',
    'pack=%ED%A0%80',
    'pack=%FF%FE',
    'pack=1.en.%E2%82',
    // Wrong version numbers and shapes.
    'pack=0.en.t1',
    'pack=01.en.t1',
    'pack=-1.en.t1',
    'pack=1.0.en.t1',
    'pack=1.en.t1.aGk.extra',
    'pack=1.EN.t1',
    'pack=1.english.t1',
    'pack=1.en.T1',
    'pack=1.en.t',
    'pack=1.en.t1234',
    'pack=1.en.1t',
    'pack=1.en.tt1',
    'pack=1.en.' + 't1'.repeat(31).slice(2) + 't99t98',
    // Huge: past the longest link this app writes, and far past it.
    'pack=1.en.' + 't1'.repeat(1001),
    'pack=1.en.t1.' + 'A'.repeat(5000),
    'pack=' + 'x'.repeat(20_000),
    'pack=1.en.t1.' + base64url('x'.repeat(3000)),
    // Nested and repeated.
    'pack=pack=1.en.t1',
    'pack=1.en.t1#pack=1.en.t2',
    'pack=1.en.t1&pack=1.en.t2',
    'pack=1.en.t1?pack=1',
    'pack=' + 'pack='.repeat(200),
    'pack=1.en.t1/../../settings',
    // Wrong types where the pack belongs, and as the note.
    ...wrongTypes.map((t) => `pack=${percent(t)}`),
    ...wrongTypes.map((t) => `pack=1.en.${percent(t)}`),
    // Prototype-pollution keys, bare and encoded.
    ...pollution.map((p) => `pack=${percent(p)}`),
    ...pollution.map((p) => percent(p)),
    ...pollution.map((p) => `pack=1.${percent(p)}.t1`),
    // Control and bidi characters, percent-encoded in the fragment.
    ...controls.map((c) => `pack=1.en${percent(c)}.t1`),
    ...bidi.map((c) => `pack=1.en.t1${percent(c)}`),
    ...invisible.map((c) => `pack=1.en.${percent(c)}t1`),
    // Script-like strings, raw (the browser encodes what it must) and encoded.
    ...scripts.map((s) => `pack=${s}`),
    ...scripts.map((s) => `pack=1.en.t1.${percent(s)}`),
    // Malformed base64url notes: wrong alphabet, padding, impossible lengths, bad UTF-8.
    'pack=1.en.t1.a',
    'pack=1.en.t1.aGVsb',
    'pack=1.en.t1.aGk=',
    'pack=1.en.t1.aGk%3D%3D',
    'pack=1.en.t1.a+b/',
    'pack=1.en.t1.' + Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url'),
    'pack=1.en.t1.' + Buffer.from([0xc0, 0xaf]).toString('base64url'),
    'pack=1.en.t1.' + Buffer.from([0xed, 0xa0, 0x80]).toString('base64url'),
    'pack=1.en.t1.' + base64url('x'.repeat(400)).slice(0, -1) + '!',
  ];
}

/** Fragments that carry a list or a note, however odd: the app shows what it can read. */
function readable(): string[] {
  const notes = [
    '\u202eevil reversed text',
    'bidi \u2066isolate\u2069 and \u200fmarks',
    'controls \u0000\u0007\u001b[31m and \u007f\u0085',
    '<script>window.__pwned = 1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    '{"__proto__":{"polluted":1}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    'x'.repeat(280),
    '🙂'.repeat(280),
    'ملاحظة \u200c فارسی',
    '\ud83d\ude00 emoji and \u0301 a lone combining mark',
  ];
  return [
    'pack=1.en.t1',
    'pack=1..t1t2',
    'pack=1.ar.t1g1c1',
    'pack=1.en.t1t1t1t1',
    'pack=1.zz.t1',
    'pack=1.en.t999g999c999',
    'pack=1.en.z1y2x3',
    'pack=1.en.t0',
    'pack=2.en.t1',
    'pack=9999.en.t1',
    // A leading `#` too many is read past; a trailing line break is trimmed.
    '#pack=1.en.t1g1',
    '##pack=1.en.t1g2',
    'pack=1.en.t2%0A',
    ...notes.map((note) => `pack=1.en.t1.${base64url(note)}`),
    ...notes.map((note) => `pack=1.en..${base64url(note)}`),
  ];
}

/** Seeded mutations of good links: truncated, a character swapped, a part repeated. */
function mutated(count: number): string[] {
  const next = random(15);
  const good = [
    'pack=1.en.t1t2g1c1.' + base64url('Bring your BRP and the letter'),
    'pack=1.ar.t3t4g2.' + base64url('سلام'),
    'pack=1.fa.c1c2c3',
  ];
  const alphabet = 'AZaz09-_.=%#&?/+~!$\'()*,;:@[]{}|\\^`"<> \u202e\u0000\u00e9';
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const link = good[i % good.length];
    const at = Math.floor(next() * link.length);
    const kind = i % 4;
    if (kind === 0) out.push(link.slice(0, at));
    else if (kind === 1) {
      const char = alphabet[Math.floor(next() * alphabet.length)];
      out.push(link.slice(0, at) + percent(char) + link.slice(at + 1));
    } else if (kind === 2) out.push(link.slice(0, at) + link.slice(at, at + 4).repeat(50));
    else out.push(link.slice(0, at) + '.' + link.slice(at));
  }
  return out;
}

function fragments(): { refused: Set<string>; all: string[] } {
  const refusedOnes = new Set(refused());
  const fixed = [...refusedOnes, ...readable()];
  const seen = new Set(fixed);
  // An empty fragment (`…#`) is no link at all: the router sees no change, so it is left out.
  const extra = mutated(COUNT * 2).filter((f) => f !== '' && !seen.has(f) && seen.add(f));
  return { refused: refusedOnes, all: [...fixed, ...extra].slice(0, COUNT) };
}

interface Outcome {
  shown: string[];
  heading: string;
  mainText: number;
  href: string;
}

/** Opens each fragment by changing the hash, and reports what the page showed. */
function sweep(page: Page, list: string[]): Promise<Outcome[]> {
  return page.evaluate(async (list) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const outcomes: Outcome[] = [];
    const ids = ['pack-items', 'pack-note', 'pack-dropped', 'pack-damaged', 'pack-newer'];
    for (const fragment of list) {
      location.hash = fragment;
      // Read means taken out of the address; then the page is drawn.
      for (let i = 0; i < 200 && location.href.includes('#'); i++) await frame();
      await frame();
      await frame();
      const main = document.querySelector('main');
      outcomes.push({
        shown: ids.filter((id) => document.querySelector(`[data-testid="${id}"]`)),
        heading: document.querySelector('main h1')?.textContent?.trim() ?? '',
        mainText: main?.innerText.trim().length ?? 0,
        href: location.href,
      });
    }
    return outcomes;
  }, list) as Promise<Outcome[]>;
}

/** The sweep in parts that run side by side on the workers; each part is a whole check. */
const PARTS = 4;

for (let part = 0; part < PARTS; part++) {
  test(`${COUNT} hostile #pack= links, part ${part + 1} of ${PARTS}: never a blank screen, never a page error`, async ({
    page,
    server,
  }) => {
    const { refused, all: every } = fragments();
    expect(every).toHaveLength(COUNT);
    const all = every.filter((_, i) => i % PARTS === part);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });

    await page.goto(`${server.origin}/share/pack#pack=1.en.t1`);
    await expect(page.getByTestId('pack-items')).toBeVisible();
    const started = Date.now();
    const outcomes = await sweep(page, all);
    const took = Date.now() - started;

    // A list opens in the language its adviser chose: the page's heading in any shipped language.
    const titles = new Set(LANGUAGE_CODES.map((code) => translations(code).get('share.packTitle')));
    const problems: string[] = [];
    outcomes.forEach((outcome, i) => {
      const fragment = all[i].slice(0, 80);
      if (!titles.has(outcome.heading) || outcome.mainText < 40) {
        problems.push(`blank or other page: ${fragment} → ${JSON.stringify(outcome)}`);
      } else if (outcome.shown.length === 0) {
        problems.push(`no list and no message: ${fragment}`);
      } else if (refused.has(all[i]) && !outcome.shown.includes('pack-damaged')) {
        problems.push(`not refused: ${fragment} → ${outcome.shown.join(',')}`);
      }
      if (outcome.href.includes('pack=') || outcome.href.includes('#')) {
        problems.push(`left in the address: ${fragment} → ${outcome.href.slice(0, 80)}`);
      }
    });
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => ({
        pwned: (window as { __pwned?: unknown }).__pwned,
        polluted: ({} as { polluted?: unknown }).polluted,
      })),
    ).toEqual({ pwned: undefined, polluted: undefined });
    console.log(`swept ${all.length} fragments by hash change in ${took} ms`);

    // A sample as fresh loads (one in 40, as before the split), the way a link from a message or
    // a QR code opens.
    for (const fragment of all.filter((_, i) => i % 40 === 0)) {
      // From another page, so this is a new load and not a change of hash.
      await page.goto('about:blank');
      await page.goto(`${server.origin}/share/pack#${fragment}`);
      await expect(page.locator('main h1'), fragment).toHaveText(/\S/);
      expect(titles, fragment).toContain(await page.locator('main h1').textContent());
      await expect(
        page.locator(
          '[data-testid="pack-items"], [data-testid="pack-note"], [data-testid="pack-dropped"], [data-testid="pack-damaged"], [data-testid="pack-newer"]',
        ),
        fragment,
      ).not.toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });
}
