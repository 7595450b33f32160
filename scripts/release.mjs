// `npm run release -- <version>` (e.g. 0.2.0): the one way a release is made.
//  1. checks: a clean working tree on a version newer than package.json's; a CHANGELOG.md section
//     for it (`## <version>`, or `## Unreleased`, which it then names) that says which content
//     version it carries; that content version is public/content/meta.json's `contentVersion` and
//     has its "What changed" entry in `versions`; the content validates;
//  2. bumps the version in package.json and package-lock.json;
//  3. builds (scripts/build.mjs: the About page then shows this version and today's date);
//  4. commits and tags `v<version>`. Push with `git push --follow-tags`.
// `--dry-run` checks only. README, "Releasing and rolling back".
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const SEMVER = /^\d+\.\d+\.\d+$/;

/** Negative when `a` is older ("0.9.0" before "0.10.0"). */
export function compareSemver(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** The `## …` section of CHANGELOG.md for `version` (or Unreleased): heading and body. */
export function changelogSection(changelog, version) {
  const sections = changelog.split(/^(?=## )/m).filter((s) => s.startsWith('## '));
  const escaped = version.replaceAll('.', '\\.');
  return (
    sections.find((s) => new RegExp(`^## ${escaped}(\\s|$)`).test(s)) ??
    sections.find((s) => /^## Unreleased\b/i.test(s))
  );
}

/**
 * Everything that must hold before `version` is released.
 * @param {{ version: string, current: string, changelog: string, meta: any, tags?: string[] }} release
 * @returns {string[]} problems, one line each; empty when the release can go ahead
 */
export function checkRelease({ version, current, changelog, meta, tags = [] }) {
  const problems = [];
  if (!SEMVER.test(version ?? '')) {
    return [`"${version}" is not a version like 0.2.0: npm run release -- 0.2.0`];
  }
  if (compareSemver(version, current) <= 0)
    problems.push(`${version} is not newer than package.json's ${current}`);
  if (tags.includes(`v${version}`)) problems.push(`the tag v${version} exists already`);
  const section = changelogSection(changelog ?? '', version);
  if (!section) {
    problems.push(`CHANGELOG.md has no "## ${version}" or "## Unreleased" section`);
  } else {
    if (!/^\s*[-*] \S/m.test(section))
      problems.push(`CHANGELOG.md: the ${version} section lists no change`);
    const content = /content (\d{4}\.\d{1,2}\.\d+)/.exec(section)?.[1];
    if (!content)
      problems.push(`CHANGELOG.md: the ${version} section does not say "content <version>"`);
    else if (content !== meta?.contentVersion)
      problems.push(
        `CHANGELOG.md says content ${content}, public/content/meta.json has ${meta?.contentVersion}`,
      );
  }
  const entry = (meta?.versions ?? []).find((v) => v.version === meta?.contentVersion);
  if (!entry || !Array.isArray(entry.changes) || entry.changes.length === 0)
    problems.push(
      `public/content/meta.json: no "What changed" entry (versions) for ${meta?.contentVersion}`,
    );
  return problems;
}

/** The heading a released section gets: `## 0.2.0 (2026-12-02), content 2026.12.0`. */
export function releasedChangelog(changelog, version, date, contentVersion) {
  const section = changelogSection(changelog, version);
  const heading = `## ${version} (${date}), content ${contentVersion}`;
  const body = section
    .replace(/^## .*\n/, '')
    .replace(/^\s*content \d{4}\.\d{1,2}\.\d+\.?[ \t]*\n/, '')
    .replace(/^\s*\n/, '');
  return changelog.replace(section, `${heading}\n\n${body}`);
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' } },
  });
  const version = positionals[0];
  const fail = (lines) => {
    console.error(
      `\nrelease ${version ?? ''}: stopped.\n${lines.map((l) => `  - ${l}`).join('\n')}\n`,
    );
    process.exit(1);
  };
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const meta = JSON.parse(readFileSync('public/content/meta.json', 'utf8'));
  const problems = checkRelease({
    version,
    current: pkg.version,
    changelog,
    meta,
    tags: git('tag', '--list', 'v*').split('\n'),
  });
  if (!values['dry-run'] && git('status', '--porcelain'))
    problems.push('the working tree has changes: commit or stash them first');
  const validate = spawnSync(process.execPath, ['scripts/validate-content.mjs'], {
    stdio: 'inherit',
  });
  if (validate.status !== 0) problems.push('the content does not validate (see above)');
  if (problems.length) fail(problems);
  if (values['dry-run']) {
    console.log(`release ${version}: every check passes (dry run: nothing changed).`);
    return;
  }

  const date = new Date().toISOString().slice(0, 10);
  writeFileSync('CHANGELOG.md', releasedChangelog(changelog, version, date, meta.contentVersion));
  for (const file of ['package.json', 'package-lock.json']) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.version = version;
    if (json.packages?.['']) json.packages[''].version = version;
    writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  }
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--skip-validate'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    git('checkout', '--', 'package.json', 'package-lock.json', 'CHANGELOG.md');
    fail(['the build failed (see above); the version bump is undone']);
  }
  git('add', 'package.json', 'package-lock.json', 'CHANGELOG.md');
  git('commit', '-q', '-m', `Release ${version} (content ${meta.contentVersion})`);
  git(
    'tag',
    '-a',
    `v${version}`,
    '-m',
    `Digital Sanctuary ${version}, content ${meta.contentVersion}`,
  );
  // Recorded in the tree too: a clone without tags still finds the release (previous-release.mjs).
  const commit = git('rev-parse', 'HEAD');
  appendFileSync('RELEASES', `v${version} ${commit}\n`);
  git('add', 'RELEASES');
  git('commit', '-q', '-m', `Record release ${version} in RELEASES`);
  console.log(
    `\nReleased ${version}: tagged v${version}; the build is in dist/digital-sanctuary/browser/.\n` +
      'Push it with `git push --follow-tags`, then deploy that folder as it is (README).',
  );
}

if (/[\\/]release\.mjs$/.test(process.argv[1] ?? '')) main();
