import { ContentMeta, contentDates } from './content-model';
import contentMeta from '../../../../public/content/meta.json';

describe('contentDates', () => {
  it('lists every date the content shows, once each', () => {
    const item = (checkedOn: string, lawAsOf: string) => ({ checkedOn, lawAsOf });
    const meta = {
      tips: [item('2026-12-02', '2026-12-01'), item('2026-12-02', '2026-12-02')],
      guides: [item('2026-11-22', '2026-11-20')],
      contacts: [{ checkedOn: '2026-11-30' }, { checkedOn: '2026-12-02' }],
      notices: [{ until: '2026-12-31' }],
      timeline: [{ date: '2018' }, { date: '2024-05' }],
      versions: [{ date: '2026-12-03' }],
    } as unknown as ContentMeta;
    expect(contentDates(meta).sort()).toEqual([
      '2018',
      '2024-05',
      '2026-11-20',
      '2026-11-22',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-31',
    ]);
  });
});

describe("contentDates, on the app's own content", () => {
  /** Every string in `value` that reads as an ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  function isoDatesIn(value: unknown): string[] {
    if (typeof value === 'string') return /^\d{4}(-\d{2}){0,2}$/.test(value) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap(isoDatesIn);
    if (value && typeof value === 'object') return Object.values(value).flatMap(isoDatesIn);
    return [];
  }

  it('misses no date in meta.json: a dated field added later is carried too', () => {
    const meta = contentMeta as unknown as ContentMeta;
    expect(contentDates(meta).sort()).toEqual([...new Set(isoDatesIn(meta))].sort());
  });
});
