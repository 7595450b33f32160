import { NoticeMeta } from './content-model';
import {
  changesSince,
  compareVersions,
  isIsoDate,
  localIsoDate,
  noticeShows,
  noticesFor,
  pluralForm,
} from './freshness';

// Fixtures, not the shipped content: the rules must hold whatever the data says.
const notice = (id: string, until: string, tips: string[], guides: string[] = []): NoticeMeta => ({
  id,
  until,
  tips,
  guides,
  sources: [],
});

describe('notice dates', () => {
  it('uses the device calendar day, not UTC', () => {
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localIsoDate(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });

  it('shows a notice up to and including its last day', () => {
    expect(noticeShows('2026-12-31', '2026-12-02')).toBeTrue();
    expect(noticeShows('2026-12-31', '2026-12-31')).toBeTrue();
    expect(noticeShows('2026-12-31', '2027-01-01')).toBeFalse();
  });

  it('hides a notice whose date cannot be read', () => {
    expect(isIsoDate('2026-02-30')).toBeFalse();
    expect(noticeShows('2026-02-30', '2026-01-01')).toBeFalse();
    expect(noticeShows('soon', '2026-01-01')).toBeFalse();
  });

  it('picks the notices naming a tip or guide that still apply', () => {
    const notices = [
      notice('a', '2026-12-31', ['t1'], ['g1']),
      notice('b', '2026-11-30', ['t1']),
      notice('c', '2027-06-30', [], ['g1']),
    ];
    expect(noticesFor(notices, 'tips', 't1', '2026-12-01').map((n) => n.id)).toEqual(['a']);
    expect(noticesFor(notices, 'guides', 'g1', '2026-12-01').map((n) => n.id)).toEqual(['a', 'c']);
    expect(noticesFor(notices, 'guides', 'g1', '2027-01-01').map((n) => n.id)).toEqual(['c']);
    expect(noticesFor(notices, 'tips', 'g1', '2026-12-01')).toEqual([]);
  });
});

describe('changes since the last visit', () => {
  const versions = [
    { version: '2027.1.0', changes: [{ id: 'x', link: '/' }] },
    {
      version: '2026.12.0',
      changes: [
        { id: 'a', link: '/' },
        { id: 'b', link: '/' },
      ],
    },
    { version: '2026.11.0', changes: [{ id: 'first', link: '/' }] },
  ];

  it('compares versions as numbers', () => {
    expect(compareVersions('2026.12.0', '2026.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2026.12.0', '2026.12.0')).toBe(0);
    expect(compareVersions('2026.12', '2026.12.1')).toBeLessThan(0);
  });

  it('counts the changes of every newer version', () => {
    expect(changesSince(versions, '2026.11.0')).toBe(3);
    expect(changesSince(versions, '2026.12.0')).toBe(1);
    expect(changesSince(versions, '2027.1.0')).toBe(0);
    expect(changesSince(versions, '2020.1.0')).toBe(4);
  });

  it('counts nothing on a first visit', () => {
    expect(changesSince(versions, null)).toBe(0);
  });

  it('chooses the plural forms each language needs', () => {
    expect([1, 2, 5].map((n) => pluralForm(n, 'en-GB'))).toEqual(['one', 'other', 'other']);
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralForm(n, 'ar-u-ca-gregory'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(pluralForm(3, 'uk')).toBe('few');
    expect(pluralForm(1, 'not a locale!')).toBe('one');
  });
});
