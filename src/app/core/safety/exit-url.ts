/** Where quick exit goes unless the reader chose another page in Settings (GOV.UK's example). */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Why an address cannot be an exit target; each has its own message in Settings. */
export type ExitUrlProblem = 'invalid' | 'not-https' | 'this-app' | 'local';

export type ExitUrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: ExitUrlProblem };

/**
 * Names only a home network or this device can resolve (issue 15, finding 9). A name with no dot
 * at all (`https://router/`) is also only reachable on a local network.
 */
const LOCAL_NAME = /(^|\.)(localhost|local|internal)$/;

/** IPv4 ranges that never lead out to the internet: this host, private and link-local. */
function isLocalIpv4(host: string): boolean {
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) {
    return false;
  }
  const [a, b] = parts;
  return (
    a === 0 || // 0.0.0.0/8: "this network"
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

/**
 * IPv6 loopback, unspecified, unique-local (fc00::/7), link-local (fe80::/10), and IPv4 addresses
 * written as IPv6 (`::ffff:10.0.0.1`, which the URL parser turns into `::ffff:a00:1`).
 */
function isLocalIpv6(bracketed: string): boolean {
  const host = bracketed.slice(1, -1);
  if (host === '::1' || host === '::') return true;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const high = parseInt(mapped[1], 16);
    const low = parseInt(mapped[2], 16);
    return isLocalIpv4([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  const first = parseInt(host.split(':')[0] || '0', 16);
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/**
 * Checks a quick-exit target: an https page on the open internet, never this app (which would
 * bring the reader straight back) and never a local address (a router page or a local server
 * says where the phone is, and may not even load). The URL parser has already turned odd forms
 * such as `https://0x7f.1/` or `https://2130706433/` into dotted IPv4, so they are caught too.
 */
export function checkExitUrl(
  candidate: string | null | undefined,
  appOrigin: string,
): ExitUrlCheck {
  let url: URL;
  try {
    url = new URL((candidate ?? '').trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  let app = '';
  try {
    app = new URL(appOrigin).hostname.toLowerCase();
  } catch {
    // No origin to compare with (tests); the other checks still apply.
  }
  if (host === app) return { ok: false, problem: 'this-app' };
  const local = host.startsWith('[')
    ? isLocalIpv6(host)
    : isLocalIpv4(host) || LOCAL_NAME.test(host) || !host.includes('.');
  if (local) return { ok: false, problem: 'local' };
  return { ok: true, url: url.href };
}

/** The address to leave for: the candidate when it passes, otherwise the default. */
export function safeExitUrl(candidate: string | null | undefined, appOrigin: string): string {
  const checked = checkExitUrl(candidate, appOrigin);
  return checked.ok ? checked.url : DEFAULT_EXIT_URL;
}
