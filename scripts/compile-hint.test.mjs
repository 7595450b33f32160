import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMPILE_HINT, addCompileHint } from './compile-hint.mjs';

const sha1 = (text) => createHash('sha1').update(text).digest('hex');

test('the hint heads main only, once; ngsw.json hashes the new bytes; the map moves a line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hint-'));
  const code = 'var a=1;console.log(a);\n//# sourceMappingURL=main-AbC_12-x.js.map\n';
  writeFileSync(join(dir, 'main-AbC_12-x.js'), code);
  writeFileSync(
    join(dir, 'main-AbC_12-x.js.map'),
    JSON.stringify({ version: 3, mappings: 'AAAA' }),
  );
  writeFileSync(join(dir, 'chunk-Zz.js'), 'var b=2;');
  const ngsw = {
    hashTable: { '/main-AbC_12-x.js': sha1(code), '/chunk-Zz.js': sha1('var b=2;') },
  };
  writeFileSync(join(dir, 'ngsw.json'), JSON.stringify(ngsw));

  for (let run = 0; run < 2; run++) {
    assert.equal(await addCompileHint(dir), 'main-AbC_12-x.js');
    const hinted = readFileSync(join(dir, 'main-AbC_12-x.js'), 'utf8');
    assert.equal(hinted, COMPILE_HINT + code);
    const table = JSON.parse(readFileSync(join(dir, 'ngsw.json'), 'utf8')).hashTable;
    assert.equal(table['/main-AbC_12-x.js'], sha1(hinted));
    assert.equal(table['/chunk-Zz.js'], sha1('var b=2;'));
    const map = JSON.parse(readFileSync(join(dir, 'main-AbC_12-x.js.map'), 'utf8'));
    assert.equal(map.mappings, ';AAAA');
  }
  assert.equal(readFileSync(join(dir, 'chunk-Zz.js'), 'utf8'), 'var b=2;');
});

test('a build without main, or whose ngsw.json does not list it, fails loudly', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'hint-'));
  await assert.rejects(addCompileHint(empty), /no main/);
  const dir = mkdtempSync(join(tmpdir(), 'hint-'));
  writeFileSync(join(dir, 'main-AbCdEfGh.js'), 'x');
  writeFileSync(join(dir, 'ngsw.json'), JSON.stringify({ hashTable: {} }));
  await assert.rejects(addCompileHint(dir), /does not list/);
});
