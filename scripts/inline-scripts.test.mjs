// The CSP allows inline scripts by hash only (server/security-headers.mjs). A script in
// src/index.html whose hash is not there would be refused by every browser: the prerendered
// pages would then never be held back for a reader in another language.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY, INLINE_SCRIPT_HASHES } from '../server/security-headers.mjs';

const inlineScripts = (html) =>
  [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((match) => match[1]);
const hashOf = (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

test('every inline script of src/index.html is allowed by its hash, and no other hash is', () => {
  const hashes = inlineScripts(readFileSync('src/index.html', 'utf8')).map(hashOf);
  assert.ok(hashes.length > 0, 'src/index.html has no inline script: remove INLINE_SCRIPT_HASHES');
  assert.deepEqual(
    INLINE_SCRIPT_HASHES,
    hashes,
    `set INLINE_SCRIPT_HASHES in server/security-headers.mjs to ${hashes.join(', ')}, then run node scripts/deploy-config.mjs`,
  );
  const scriptSrc =
    CONTENT_SECURITY_POLICY.split('; ').find((part) => part.startsWith('script-src')) ?? '';
  for (const hash of hashes) assert.ok(scriptSrc.includes(hash), `${hash} not in ${scriptSrc}`);
  assert.doesNotMatch(scriptSrc, /unsafe-inline/);
  // README shows hosts the policy to send.
  assert.ok(
    readFileSync('README.md', 'utf8').includes(
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    ),
    'README, "Deploying on any static host": show the policy of server/security-headers.mjs',
  );
});

/** A string constant exported by one of the app's files, as its source spells it. */
function constantIn(path, name) {
  const value = readFileSync(path, 'utf8').match(
    new RegExp(`export const ${name} = '([^']+)'`),
  )?.[1];
  assert.ok(value, `${name} not found in ${path}`);
  return value;
}

test("before the app starts, the script uses the app's own discreet title and exit address", () => {
  const [script] = inlineScripts(readFileSync('src/index.html', 'utf8'));
  const title = constantIn('src/app/core/safety/discreet-head.ts', 'DISCREET_FALLBACK_TITLE');
  assert.ok(
    script.includes(`document.title = '${title}'`),
    `index.html must set the title ${title}`,
  );
  const exit = constantIn('src/app/core/safety/exit-url.ts', 'DEFAULT_EXIT_URL');
  assert.ok(script.includes(`location.replace('${exit}')`), `index.html must leave for ${exit}`);
});
