// Run by `npm test` with node's test runner: the script → font table read from src/styles.css.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fontsourceName, scriptFonts } from './script-fonts.mjs';

test("each script's rule gives its first font family, not the fallbacks or inner rules", () => {
  const css = `
    [data-script='Arab'] {
      font-family: 'Noto Naskh Arabic', system-ui, sans-serif;
      line-height: 1.7;
    }
    [data-script='Aran'] {
      line-height: 2.2;
      font-family: "Noto Nastaliq Urdu", 'Noto Naskh Arabic', sans-serif;
    }
    [data-script='Aran'] :is(h1, h2) { font-family: 'Heading Face'; }
    [data-script='Ethi'] { line-height: 1.6; }
    [data-script='Beng'] { font-family: Noto Sans Bengali; }
    .card { font-family: 'Not A Script'; }
  `;
  assert.deepEqual(
    [...scriptFonts(css)],
    [
      ['Arab', 'Noto Naskh Arabic'],
      ['Aran', 'Noto Nastaliq Urdu'],
      ['Beng', 'Noto Sans Bengali'],
    ],
  );
});

test('every face a script rule names is one the stylesheet loads from @fontsource', () => {
  const css = readFileSync('src/styles.css', 'utf8');
  const fonts = scriptFonts(css);
  assert.ok(fonts.size > 0, 'src/styles.css has no [data-script] rule with a font-family');
  for (const [script, family] of fonts) {
    assert.ok(
      css.includes(`@fontsource/${fontsourceName(family)}/`),
      `[data-script='${script}'] names ${family}, which src/styles.css never loads`,
    );
  }
});

test('@fontsource names a family in lower-case kebab', () => {
  assert.equal(fontsourceName('Noto Nastaliq Urdu'), 'noto-nastaliq-urdu');
});
