// Builds the previous release (the newest `v*` git tag that is not the commit checked out) once,
// into a temporary folder keyed by the tag's commit, for the upgrade test (e2e/upgrade.spec.ts).
//   node scripts/previous-release.mjs      prints the folder of its build, building it if needed
// The release's files come from `git archive`, with this project's node_modules linked in; it is
// built with the build command of that release. A lock folder lets several callers wait for one
// build. A fresh clone has the tags (`git clone` fetches them); a shallow one needs
// `git fetch --tags --unshallow`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

/**
 * Releases by tag and by the `RELEASES` file (`v<version> <commit>` a line). The file is there
 * because a clone may come without tags: CI clones the submitted branch, and tags are not always
 * pushed with it. The commit itself is in every full clone.
 */
function knownReleases() {
  const releases = new Map();
  if (existsSync('RELEASES')) {
    for (const line of readFileSync('RELEASES', 'utf8').split('\n')) {
      const [tag, commit] = line.trim().split(/\s+/);
      if (tag?.startsWith('v') && /^[0-9a-f]{40}$/.test(commit ?? '')) releases.set(tag, commit);
    }
  }
  for (const tag of git('tag', '--list', 'v*').split('\n').filter(Boolean)) {
    releases.set(tag, git('rev-parse', `${tag}^{commit}`));
  }
  return releases;
}

const byVersion = (a, b) => {
  const parts = (tag) => tag.slice(1).split('.').map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (y[i] ?? 0) - (x[i] ?? 0);
  return 0;
};

/** The newest release whose commit is not HEAD's, or the newest one if all are HEAD. */
export function previousRelease() {
  const releases = knownReleases();
  const tags = [...releases.keys()].sort(byVersion);
  if (tags.length === 0)
    throw new Error(
      'No release (a v* tag or a line in RELEASES) in this clone: the upgrade test builds the ' +
        'previous release. Run `git fetch --tags` (and `--unshallow` in a shallow clone).',
    );
  const head = git('rev-parse', 'HEAD');
  const tag = tags.find((t) => releases.get(t) !== head) ?? tags[0];
  return { tag, commit: releases.get(tag) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @returns {Promise<{ tag: string, commit: string, dir: string }>} dir: the release's build */
export async function buildPreviousRelease({ log = console.log } = {}) {
  const { tag, commit } = previousRelease();
  const base = join(tmpdir(), `ds-release-${commit.slice(0, 12)}`);
  const dir = join(base, 'src', 'dist', 'digital-sanctuary', 'browser');
  const done = join(base, 'built');
  const lock = `${base}.lock`;
  if (existsSync(done)) return { tag, commit, dir };
  // One builder at a time; the others wait for its result.
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      if (existsSync(done)) return { tag, commit, dir };
      await sleep(500);
    }
  }
  try {
    if (existsSync(done)) return { tag, commit, dir };
    const started = Date.now();
    log(`Building the previous release ${tag} (${commit.slice(0, 12)}) in ${base}…`);
    await rm(base, { recursive: true, force: true });
    const src = join(base, 'src');
    await mkdir(src, { recursive: true });
    const archive = spawnSync('git', ['archive', '--format=tar', commit], {
      maxBuffer: 1 << 30,
    });
    if (archive.status !== 0) throw new Error(`git archive ${tag}: ${archive.stderr}`);
    execFileSync('tar', ['-x', '-C', src], { input: archive.stdout });
    await symlink(resolve('node_modules'), join(src, 'node_modules'), 'dir');
    // That release's own build: its scripts/build.mjs if it has one (precompressed files and
    // all), else a plain production build, as v0.1.0 was built.
    const [command, args] = existsSync(join(src, 'scripts', 'build.mjs'))
      ? [process.execPath, ['scripts/build.mjs', '--skip-validate']]
      : ['npx', ['ng', 'build']];
    const build = spawnSync(command, args, {
      cwd: src,
      encoding: 'utf8',
      env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
    });
    if (build.status !== 0)
      throw new Error(`Building ${tag} failed:\n${build.stdout}\n${build.stderr}`);
    await writeFile(done, `${tag} ${commit}\n`);
    log(`Built ${tag} in ${Math.round((Date.now() - started) / 1000)} s.`);
    return { tag, commit, dir };
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

if (/[\\/]previous-release\.mjs$/.test(process.argv[1] ?? '')) {
  buildPreviousRelease({ log: (line) => console.error(line) }).then(
    ({ dir }) => console.log(dir),
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
