import { ContentMeta, contentDates } from './content-model';

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
