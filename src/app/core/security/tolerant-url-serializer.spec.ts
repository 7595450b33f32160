import { TolerantUrlSerializer } from './tolerant-url-serializer';

describe('TolerantUrlSerializer', () => {
  const serializer = new TolerantUrlSerializer();

  it('parses ordinary addresses exactly as Angular does', () => {
    const tree = serializer.parse('/share/pack?lang=ar#pack=1.ar.t1%20x');
    expect(serializer.serialize(tree)).toBe('/share/pack?lang=ar#pack=1.ar.t1%20x');
    expect(tree.fragment).toBe('pack=1.ar.t1 x');
    expect(tree.queryParams).toEqual({ lang: 'ar' });
  });

  it('keeps the page of an address whose fragment cannot be decoded, with the fragment raw', () => {
    for (const fragment of ['pack=%', 'pack=%E0%A4%A', 'pack=%ED%A0%80', 'pack=1.en.t1%ZZ']) {
      const tree = serializer.parse(`/share/pack#${fragment}`);
      expect(tree.root.children['primary'].segments.map((s) => s.path)).toEqual(['share', 'pack']);
      expect(tree.fragment).toBe(fragment);
    }
  });

  it('drops a query that cannot be decoded, and keeps the page', () => {
    const tree = serializer.parse('/search?q=%E0%A4%A#top');
    expect(tree.root.children['primary'].segments[0].path).toBe('search');
    expect(tree.queryParams).toEqual({});
    expect(tree.fragment).toBe('top');
  });
});
