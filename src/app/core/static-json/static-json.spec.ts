import { Injector, runInInjectionContext, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FakeStaticJson } from '../../../testing/fake-static-json';
import { until } from '../../../testing/until';
import { StaticJson, StaticJsonError, staticJsonResource } from './static-json';

const blobUrl = (text: string) =>
  URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('StaticJson over the real fetch', () => {
  let json: StaticJson;
  const urls: string[] = [];

  beforeEach(() => (json = TestBed.inject(StaticJson)));
  afterEach(() => urls.splice(0).forEach((url) => URL.revokeObjectURL(url)));

  it('parses a file', async () => {
    const url = blobUrl('{"greeting":"Hello"}');
    urls.push(url);
    expect(await json.get<{ greeting: string }>(url)).toEqual({ greeting: 'Hello' });
  });

  it('rejects a missing file with its status, and a broken one without', async () => {
    const missing = (await json
      .get('no-such-file-here.json')
      .catch((error) => error)) as StaticJsonError;
    expect(missing).toBeInstanceOf(StaticJsonError);
    expect(missing.status).toBe(404);
    expect(missing.message).toBe('no-such-file-here.json: HTTP 404');

    const url = blobUrl('{"cut off');
    urls.push(url);
    const broken = (await json.get(url).catch((error) => error)) as StaticJsonError;
    expect(broken).toBeInstanceOf(StaticJsonError);
    expect(broken.status).toBeNull();
  });
});

describe('StaticJson cache', () => {
  let json: FakeStaticJson;

  beforeEach(() => (json = new FakeStaticJson({ 'a.json': { a: 1 } })));

  it('fetches each URL once and shares the answer', async () => {
    const [first, second] = await Promise.all([json.get('a.json'), json.get('a.json')]);
    expect(await json.get('a.json')).toBe(first);
    expect(second).toBe(first);
    expect(json.requests).toEqual(['a.json']);
  });

  it('forgets a failure, so a later try can succeed (offline first visit, then online)', async () => {
    await expectAsync(json.get('b.json')).toBeRejectedWithError(StaticJsonError);
    json.serve('b.json', { b: 2 });
    expect(await json.get('b.json')).toEqual({ b: 2 });
    expect(json.requests).toEqual(['b.json', 'b.json']);
  });

  it('keeps a success: a file gone later is still there', async () => {
    await json.get('a.json');
    json.remove('a.json');
    expect(await json.get('a.json')).toEqual({ a: 1 });
    expect(json.requests).toEqual(['a.json']);
  });
});

describe('staticJsonResource', () => {
  let json: FakeStaticJson;

  beforeEach(() => {
    json = new FakeStaticJson({ 'en.json': { hello: 'Hello' }, 'ar.json': { hello: 'مرحبا' } });
    TestBed.configureTestingModule({ providers: [{ provide: StaticJson, useValue: json }] });
  });

  const resourceOf = (url: () => string | undefined) =>
    runInInjectionContext(TestBed.inject(Injector), () =>
      staticJsonResource<{ hello: string }>(url),
    );

  it('is loading, then holds the value; idle while no URL is asked for', async () => {
    const url = signal<string | undefined>(undefined);
    const file = resourceOf(url);
    await until(() => file.status() === 'idle');
    expect(file.value()).toBeUndefined();

    json.hold();
    url.set('en.json');
    await until(() => file.status() === 'loading');
    expect(file.value()).toBeUndefined();
    json.release();
    await until(() => file.status() === 'resolved');
    expect(file.value()).toEqual({ hello: 'Hello' });
  });

  it('drops the answer for a URL no longer asked for', async () => {
    const url = signal('en.json');
    const file = resourceOf(url);
    await until(() => file.status() === 'resolved');

    json.hold();
    url.set('ar.json');
    await until(() => json.requests.includes('ar.json'));
    url.set('en.json');
    json.release();
    await until(() => file.status() === 'resolved');
    // English came from the cache while Arabic was still on its way; Arabic's late answer is lost.
    await json.get('ar.json');
    await until(() => file.value()?.hello === 'Hello', 'still English after Arabic answered');
  });

  it('reports a file that cannot load as an error, and loads it once asked again', async () => {
    const url = signal('fr.json');
    const file = resourceOf(url);
    await until(() => file.status() === 'error');
    expect(file.error()).toBeInstanceOf(StaticJsonError);
    expect(file.hasValue()).toBeFalse();

    json.serve('fr.json', { hello: 'Bonjour' });
    url.set('en.json');
    await until(() => file.status() === 'resolved');
    url.set('fr.json');
    await until(() => file.value()?.hello === 'Bonjour', 'French on the second try');
  });
});
