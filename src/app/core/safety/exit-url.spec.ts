import { DEFAULT_EXIT_URL, ExitUrlProblem, checkExitUrl, safeExitUrl } from './exit-url';

const APP = 'https://sanctuary.example';

describe('checkExitUrl', () => {
  it('accepts an https page on the open internet, as the parser writes it', () => {
    expect(checkExitUrl(' https://www.Example.org/news ', APP)).toEqual({
      ok: true,
      url: 'https://www.example.org/news',
    });
    // Public addresses next to the private ranges stay allowed.
    for (const url of ['https://172.32.0.1/', 'https://192.169.1.1/', 'https://8.8.8.8/']) {
      expect(checkExitUrl(url, APP).ok).withContext(url).toBeTrue();
    }
    expect(checkExitUrl('https://[2001:db8::1]/', APP).ok).toBeTrue();
  });

  const refused: [string, ExitUrlProblem][] = [
    ['', 'invalid'],
    ['not a url', 'invalid'],
    ['http://plain.example/', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['data:text/html,hi', 'not-https'],
    ['https://sanctuary.example/notes', 'this-app'],
    ['https://SANCTUARY.example./', 'this-app'],
    ['https://sanctuary.example:8443/', 'this-app'],
    ['https://localhost/', 'local'],
    ['https://app.localhost/', 'local'],
    ['https://printer.local/', 'local'],
    ['https://wiki.corp.internal/', 'local'],
    ['https://router/', 'local'],
    ['https://10.1.2.3/', 'local'],
    ['https://172.16.0.1/', 'local'],
    ['https://172.31.255.255/', 'local'],
    ['https://192.168.1.1/', 'local'],
    ['https://127.0.0.1/', 'local'],
    ['https://169.254.169.254/', 'local'],
    ['https://0.0.0.0/', 'local'],
    // Odd spellings of 127.0.0.1 that the URL parser turns into dotted form.
    ['https://0x7f.1/', 'local'],
    ['https://2130706433/', 'local'],
    ['https://[::1]/', 'local'],
    ['https://[fc00::1]/', 'local'],
    ['https://[fd12:3456::1]/', 'local'],
    ['https://[fe80::1]/', 'local'],
    ['https://[febf::1]/', 'local'],
    ['https://[::ffff:192.168.0.1]/', 'local'],
  ];
  for (const [url, problem] of refused) {
    it(`refuses ${JSON.stringify(url)} as ${problem}`, () =>
      expect(checkExitUrl(url, APP)).toEqual({ ok: false, problem }));
  }
});

describe('safeExitUrl', () => {
  it('falls back to the default for anything refused, or nothing', () => {
    expect(safeExitUrl(null, APP)).toBe(DEFAULT_EXIT_URL);
    expect(safeExitUrl('https://192.168.0.1/', APP)).toBe(DEFAULT_EXIT_URL);
    expect(safeExitUrl('https://news.example/', APP)).toBe('https://news.example/');
  });
});
