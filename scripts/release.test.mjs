// The checks of `npm run release` (scripts/release.mjs), and this repository's CHANGELOG.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkRelease, compareSemver, releasedChangelog } from './release.mjs';

const meta = {
  contentVersion: '2026.12.0',
  versions: [{ version: '2026.12.0', changes: [{ id: 'x' }] }],
};
const changelog = '# Changelog\n\n## Unreleased\n\ncontent 2026.12.0\n\n- A change.\n\n## 0.1.0\n';

test('a release with a changelog entry and its content version passes', () => {
  assert.deepEqual(checkRelease({ version: '0.2.0', current: '0.1.0', changelog, meta }), []);
  assert.deepEqual(
    checkRelease({
      version: '0.2.0',
      current: '0.1.0',
      changelog: '## 0.2.0\ncontent 2026.12.0\n- x\n',
      meta,
    }),
    [],
  );
});

test('what stops a release', () => {
  const check = (over) =>
    checkRelease({ version: '0.2.0', current: '0.1.0', changelog, meta, ...over });
  assert.match(check({ version: 'v2' })[0], /not a version/);
  assert.match(check({ current: '0.2.0' })[0], /not newer/);
  assert.match(check({ tags: ['v0.2.0'] })[0], /exists already/);
  assert.match(check({ changelog: '# Changelog\n\n## 0.1.0\n- x\n' })[0], /no "## 0.2.0"/);
  assert.match(check({ changelog: '## Unreleased\ncontent 2026.12.0\n' })[0], /lists no change/);
  assert.match(check({ changelog: '## Unreleased\n- x\n' })[0], /does not say "content/);
  assert.match(check({ changelog: '## Unreleased\ncontent 2026.9.0\n- x\n' })[0], /says content/);
  assert.match(
    check({ meta: { contentVersion: '2026.12.0', versions: [] } })[0],
    /no "What changed" entry/,
  );
  assert.ok(compareSemver('0.10.0', '0.9.0') > 0);
});

test('the released section gets the version, the date and the content version', () => {
  const out = releasedChangelog(changelog, '0.2.0', '2026-12-24', '2026.12.0');
  assert.match(out, /^## 0\.2\.0 \(2026-12-24\), content 2026\.12\.0\n\n- A change\./m);
  assert.doesNotMatch(out, /Unreleased/);
  assert.match(out, /^## 0\.1\.0$/m);
});

test("this repository's CHANGELOG.md and content are ready for the next release", () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const ours = readFileSync('CHANGELOG.md', 'utf8');
  const content = JSON.parse(readFileSync('public/content/meta.json', 'utf8'));
  assert.match(ours, new RegExp(`^## ${pkg.version.replaceAll('.', '\\.')} `, 'm'));
  const [major, minor] = pkg.version.split('.').map(Number);
  const next = `${major}.${minor + 1}.0`;
  assert.deepEqual(
    checkRelease({ version: next, current: pkg.version, changelog: ours, meta: content }),
    [],
  );
});
