import { installDefaultTrustedTypesPolicy, isAllowedScriptUrl } from './trusted-types';

describe('Trusted Types default policy', () => {
  // document.baseURI under <base href="/">, whatever page is open.
  const base = 'http://localhost:8080/';

  const cases: [string, boolean][] = [
    ['ngsw-worker.js', true],
    ['/ngsw-worker.js', true],
    ['http://localhost:8080/ngsw-worker.js', true],
    ['https://evil.example/ngsw-worker.js', false],
    ['//evil.example/ngsw-worker.js', false],
    ['/ngsw-worker.js.evil', false],
    ['/other.js', false],
    ['tips/ngsw-worker.js', false],
    ['data:text/javascript,alert(1)', false],
    ['javascript:alert(1)', false],
  ];
  for (const [url, allowed] of cases) {
    it(`${allowed ? 'allows' : 'refuses'} ${url}`, () => {
      expect(isAllowedScriptUrl(url, base)).toBe(allowed);
    });
  }

  it('registers a policy named default that throws for anything else', () => {
    let rules: { createScriptURL(url: string): string } | undefined;
    let name = '';
    installDefaultTrustedTypesPolicy(
      {
        createPolicy: (policyName, policyRules) => {
          name = policyName;
          rules = policyRules;
          return {};
        },
      },
      base,
    );
    expect(name).toBe('default');
    expect(rules!.createScriptURL('ngsw-worker.js')).toBe('ngsw-worker.js');
    expect(() => rules!.createScriptURL('https://cdn.example/x.js')).toThrowError(TypeError);
  });

  it('does nothing where the browser has no Trusted Types', () => {
    expect(() => installDefaultTrustedTypesPolicy(undefined, base)).not.toThrow();
  });
});
