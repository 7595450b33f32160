import { Nation, TopicId } from '../../core/content/content-model';
import { filterContacts, servesNation } from './contact-filters';

// Fixtures, not the shipped contacts: the rules must hold whatever the data says.
const contact = (id: string, nations: Nation[], topics: TopicId[]) => ({ id, nations, topics });
const contacts = [
  contact('uk-wide', ['uk'], ['rights']),
  contact('scotland-abuse', ['scotland'], ['abuse']),
  contact('england-abuse', ['england'], ['abuse']),
  contact('gb', ['england', 'wales', 'scotland'], ['advice']),
];
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('contact filters', () => {
  it('shows everything for the whole UK', () => {
    expect(ids(filterContacts(contacts, '', ''))).toEqual([
      'uk-wide',
      'scotland-abuse',
      'england-abuse',
      'gb',
    ]);
  });

  it("shows Scotland's own services and the UK-wide ones, not England's", () => {
    expect(ids(filterContacts(contacts, 'scotland', ''))).toEqual([
      'uk-wide',
      'scotland-abuse',
      'gb',
    ]);
  });

  it('counts a UK-wide service in every nation', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      expect(servesNation(['uk'], nation)).toBeTrue();
    }
    expect(servesNation(['england', 'wales', 'scotland'], 'northern-ireland')).toBeFalse();
  });

  it('combines the nation with the topic', () => {
    expect(ids(filterContacts(contacts, 'england', 'abuse'))).toEqual(['england-abuse']);
    expect(ids(filterContacts(contacts, 'northern-ireland', 'abuse'))).toEqual([]);
    expect(ids(filterContacts(contacts, '', 'abuse'))).toEqual(['scotland-abuse', 'england-abuse']);
  });
});
