// Keeps the security headers of deploy/ identical to server/security-headers.mjs, the one source
// of their values. Each config holds them between `# BEGIN security headers` and
// `# END security headers`; this script writes that part, and scripts/deploy-config.test.mjs
// fails when a file differs from what it would write.
//   node scripts/deploy-config.mjs           rewrite the blocks after changing the headers
import { readFileSync, writeFileSync } from 'node:fs';
import { SECURITY_HEADERS } from '../server/security-headers.mjs';

const BEGIN = '# BEGIN security headers (checked against server/security-headers.mjs)';
const END = '# END security headers';

/** Each deploy file and how it spells a header. */
export const DEPLOY_FILES = [
  {
    path: 'deploy/nginx/digital-sanctuary.conf',
    indent: '    ',
    render: (headers) => headers.map(([name, value]) => `add_header ${name} "${value}" always;`),
  },
  {
    path: 'deploy/caddy/Caddyfile',
    indent: '\t',
    render: (headers) => [
      'header {',
      ...headers.map(([name, value]) => `\t${name} "${value}"`),
      '}',
    ],
  },
  {
    path: 'deploy/static-hosts/_headers',
    indent: '',
    render: (headers) => ['/*', ...headers.map(([name, value]) => `  ${name}: ${value}`)],
  },
];

/** The text of `file` with its header block written from SECURITY_HEADERS. */
export function withHeaders(text, { path, indent, render }, headers = SECURITY_HEADERS) {
  const entries = Object.entries(headers);
  for (const [name, value] of entries) {
    if (/["\n\\]/.test(value)) throw new Error(`${name}: a value with " or \\ needs escaping`);
  }
  const start = text.indexOf(indent + BEGIN);
  const end = text.indexOf(indent + END);
  if (start < 0 || end < start) throw new Error(`${path}: no "${BEGIN}" … "${END}" block`);
  const block = [BEGIN, ...render(entries), END].map((line) => indent + line).join('\n');
  return text.slice(0, start) + block + text.slice(end + indent.length + END.length);
}

if (/[\\/]deploy-config\.mjs$/.test(process.argv[1] ?? '')) {
  for (const file of DEPLOY_FILES) {
    const text = readFileSync(file.path, 'utf8');
    const next = withHeaders(text, file);
    if (next !== text) {
      writeFileSync(file.path, next);
      console.log(`updated ${file.path}`);
    }
  }
}
