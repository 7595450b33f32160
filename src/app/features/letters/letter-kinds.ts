import { BlockDef, FieldDef, LetterKind, LineDef, StepDef } from './letter-model';

// Fields used by several letters; their labels are shared too (`letters.fields.<id>`). None has
// an autocomplete token: the browser must not save a name, birth date or address from here into
// its autofill (maybe synced to an account), out of reach of "Delete everything" (issue 15).
const field = {
  fullName: { id: 'fullName', type: 'text' },
  otherNames: { id: 'otherNames', type: 'text', help: true },
  dateOfBirth: { id: 'dateOfBirth', type: 'date' },
  address: { id: 'address', type: 'textarea' },
  email: { id: 'email', type: 'email' },
  replyBy: { id: 'replyBy', type: 'choice', options: ['post', 'email'], initial: 'post' },
  organisationName: { id: 'organisationName', type: 'text', help: true },
  organisationAddress: { id: 'organisationAddress', type: 'textarea', help: true },
  reference: { id: 'reference', type: 'text', help: true },
  dateFrom: { id: 'dateFrom', type: 'date', help: true },
  dateTo: { id: 'dateTo', type: 'date' },
} satisfies Record<string, FieldDef>;

const text = (id: string, when?: string[]): LineDef => ({ text: id, when });
const paragraph = (id: string, when?: string[]): BlockDef => ({
  kind: 'paragraph',
  lines: [text(id)],
  when,
});
const item = (id: string, when?: string[]): BlockDef => ({ kind: 'item', lines: [text(id)], when });

/** Name, then the postal address and email the reply goes to. */
const sender: BlockDef = {
  kind: 'address',
  lines: [
    { raw: '{{fullName}}' },
    { raw: '{{address}}', when: ['replyBy=post', 'address'] },
    { raw: '{{email}}', when: ['replyBy=email', 'email'] },
  ],
};
/** The first steps of every letter to an organisation: which one, who you are, where to reply. */
const toOrganisation: StepDef[] = [
  { id: 'organisation', fields: ['organisationName', 'organisationAddress'] },
  { id: 'you', fields: ['fullName', 'dateOfBirth', 'reference'] },
  { id: 'reply', fields: ['replyBy', 'address', 'email'] },
];
const dated: BlockDef = { kind: 'date', lines: [{ raw: '{{today}}' }] };
const organisation: BlockDef = {
  kind: 'address',
  lines: [text('common.dpo'), { raw: '{{organisationName}}' }, { raw: '{{organisationAddress}}' }],
};
const myDetails = (extra: BlockDef[]): BlockDef[] => [
  paragraph('common.detailsIntro'),
  item('common.nameItem'),
  item('common.otherNamesItem', ['otherNames']),
  item('common.dobItem'),
  ...extra,
];
const accessRights: BlockDef[] = [
  paragraph('common.range', ['dateFrom', 'dateTo']),
  paragraph('common.article15'),
  paragraph('common.withheld'),
  paragraph('common.searched'),
  paragraph('common.oneMonth'),
  paragraph('common.clarify'),
];
const reply: BlockDef[] = [
  paragraph('common.replyPost', ['replyBy=post']),
  paragraph('common.replyEmail', ['replyBy=email']),
];
const closing: BlockDef[] = [
  paragraph('common.thanks'),
  {
    kind: 'closing',
    lines: [text('common.yours'), text('common.signed'), { raw: '{{fullName}}' }],
  },
];
const enclosed: BlockDef[] = [paragraph('common.enclosedIntro'), item('common.enclosedId')];

export const HOME_OFFICE_SAR: LetterKind = {
  id: 'home-office-sar',
  fileName: 'subject-access-request-home-office',
  fields: [
    field.fullName,
    field.otherNames,
    field.dateOfBirth,
    { id: 'nationality', type: 'text' },
    { id: 'homeOfficeRef', type: 'text', help: true },
    { id: 'uan', type: 'text', help: true },
    { id: 'passportNumber', type: 'text', help: true },
    field.replyBy,
    field.address,
    field.email,
    {
      id: 'requestType',
      type: 'choice',
      options: ['basic', 'specific', 'detailed'],
      initial: 'basic',
    },
    { id: 'documents', type: 'textarea', showIf: 'requestType=specific', help: true },
    field.dateFrom,
    field.dateTo,
  ],
  steps: [
    { id: 'you', fields: ['fullName', 'otherNames', 'dateOfBirth', 'nationality'] },
    { id: 'numbers', fields: ['homeOfficeRef', 'uan', 'passportNumber'] },
    { id: 'reply', fields: ['replyBy', 'address', 'email'] },
    { id: 'records', fields: ['requestType', 'documents', 'dateFrom', 'dateTo'] },
  ],
  blocks: [
    sender,
    dated,
    { kind: 'address', lines: [text('hoSar.recipient')] },
    { kind: 'subject', lines: [text('hoSar.subject')] },
    paragraph('common.greeting'),
    paragraph('hoSar.intro'),
    ...myDetails([
      item('hoSar.nationalityItem'),
      item('hoSar.homeOfficeRefItem', ['homeOfficeRef']),
      item('hoSar.uanItem', ['uan']),
      item('hoSar.passportItem', ['passportNumber']),
    ]),
    paragraph('hoSar.basic', ['requestType=basic']),
    paragraph('hoSar.specific', ['requestType=specific']),
    paragraph('hoSar.detailed', ['requestType=detailed']),
    paragraph('hoSar.travel', ['passportNumber']),
    ...accessRights,
    ...reply,
    ...enclosed,
    ...closing,
  ],
  sendHints: 4,
  related: {
    guides: ['subject-access-request', 'immigration-exemption', 'complain-to-ico'],
    contacts: ['right-to-remain', 'ico', 'migrant-help', 'law-centre-ni'],
  },
};

export const ORGANISATION_SAR: LetterKind = {
  id: 'organisation-sar',
  fileName: 'subject-access-request',
  fields: [
    field.organisationName,
    field.organisationAddress,
    field.fullName,
    field.otherNames,
    field.dateOfBirth,
    field.reference,
    field.replyBy,
    field.address,
    field.email,
    { id: 'whatRecords', type: 'choice', options: ['all', 'specific'], initial: 'all' },
    { id: 'recordDetails', type: 'textarea', showIf: 'whatRecords=specific', help: true },
    field.dateFrom,
    field.dateTo,
  ],
  steps: [
    { id: 'organisation', fields: ['organisationName', 'organisationAddress'] },
    { id: 'you', fields: ['fullName', 'otherNames', 'dateOfBirth', 'reference'] },
    { id: 'reply', fields: ['replyBy', 'address', 'email'] },
    { id: 'records', fields: ['whatRecords', 'recordDetails', 'dateFrom', 'dateTo'] },
  ],
  blocks: [
    sender,
    dated,
    organisation,
    { kind: 'subject', lines: [text('orgSar.subject')] },
    paragraph('common.greeting'),
    paragraph('orgSar.intro'),
    ...myDetails([item('common.referenceItem', ['reference'])]),
    paragraph('orgSar.all', ['whatRecords=all']),
    paragraph('orgSar.specific', ['whatRecords=specific']),
    ...accessRights,
    ...reply,
    ...enclosed,
    ...closing,
  ],
  sendHints: 3,
  related: {
    guides: ['subject-access-request', 'health-data', 'complain-to-ico'],
    contacts: ['ico', 'citizens-advice', 'privacy-international', 'right-to-remain'],
  },
};

/** What came of the complaint to the organisation, shown only once the reader dated it. */
const complaintOutcome = (value: string): BlockDef => ({
  kind: 'paragraph',
  when: [`complaintOutcome=${value}`],
  lines: [text(`ico.complaint${value[0].toUpperCase()}${value.slice(1)}`, ['complainedOn'])],
});

export const ORGANISATION_COMPLAINT: LetterKind = {
  id: 'organisation-complaint',
  fileName: 'data-protection-complaint',
  fields: [
    field.organisationName,
    field.organisationAddress,
    field.fullName,
    field.dateOfBirth,
    field.reference,
    field.replyBy,
    field.address,
    field.email,
    { id: 'whatHappened', type: 'textarea', help: true },
    { id: 'whenHappened', type: 'date', help: true },
    { id: 'earlierRequest', type: 'textarea', help: true },
    { id: 'wanted', type: 'textarea', help: true },
  ],
  steps: [
    ...toOrganisation,
    { id: 'complaint', fields: ['whatHappened', 'whenHappened', 'earlierRequest', 'wanted'] },
  ],
  blocks: [
    sender,
    dated,
    organisation,
    { kind: 'subject', lines: [text('orgComplaint.subject')] },
    paragraph('common.greeting'),
    paragraph('orgComplaint.intro'),
    paragraph('common.detailsIntro'),
    item('common.nameItem'),
    item('common.dobItem'),
    item('common.referenceItem', ['reference']),
    paragraph('orgComplaint.happened'),
    paragraph('orgComplaint.when', ['whenHappened']),
    paragraph('orgComplaint.earlier', ['earlierRequest']),
    paragraph('orgComplaint.wanted'),
    paragraph('orgComplaint.acknowledge'),
    paragraph('fix.replyPost', ['replyBy=post']),
    paragraph('fix.replyEmail', ['replyBy=email']),
    paragraph('orgComplaint.ico'),
    ...closing,
  ],
  sendHints: 4,
  related: {
    guides: ['complain-to-ico', 'subject-access-request'],
    contacts: ['ico', 'citizens-advice'],
  },
};

export const ICO_COMPLAINT: LetterKind = {
  id: 'ico-complaint',
  fileName: 'complaint-to-the-ico',
  fields: [
    field.fullName,
    { ...field.address, help: true },
    field.email,
    field.organisationName,
    { id: 'whatAsked', type: 'textarea', help: true },
    { id: 'askedOn', type: 'date' },
    { id: 'reminderOn', type: 'date', help: true },
    { id: 'complainedOn', type: 'date', help: true },
    {
      id: 'complaintOutcome',
      type: 'choice',
      options: ['noAck', 'noOutcome', 'unhappy'],
      initial: 'noAck',
      showIf: 'complainedOn',
    },
    { id: 'outcome', type: 'choice', options: ['noReply', 'unhappy'], initial: 'noReply' },
    { id: 'replyOn', type: 'date', showIf: 'outcome=unhappy' },
    { id: 'whatHappened', type: 'textarea', help: true },
    { id: 'wanted', type: 'textarea', help: true },
  ],
  steps: [
    { id: 'you', fields: ['fullName', 'address', 'email'] },
    { id: 'organisation', fields: ['organisationName', 'whatAsked', 'askedOn', 'reminderOn'] },
    { id: 'complained', fields: ['complainedOn', 'complaintOutcome'] },
    { id: 'happened', fields: ['outcome', 'replyOn', 'whatHappened', 'wanted'] },
  ],
  blocks: [
    {
      kind: 'address',
      lines: [
        { raw: '{{fullName}}' },
        { raw: '{{address}}', when: ['address'] },
        { raw: '{{email}}', when: ['email'] },
      ],
    },
    dated,
    { kind: 'address', lines: [text('ico.recipient')] },
    { kind: 'subject', lines: [text('ico.subject')] },
    paragraph('common.greeting'),
    paragraph('ico.intro'),
    paragraph('ico.asked'),
    paragraph('ico.reminder', ['reminderOn']),
    paragraph('ico.noReply', ['outcome=noReply']),
    paragraph('ico.unhappy', ['outcome=unhappy']),
    paragraph('ico.complained', ['complainedOn']),
    // Both must hold: an outcome picked before the date was cleared stays out of the letter.
    complaintOutcome('noAck'),
    complaintOutcome('noOutcome'),
    complaintOutcome('unhappy'),
    paragraph('ico.details', ['whatHappened']),
    paragraph('ico.ask'),
    paragraph('ico.wanted', ['wanted']),
    paragraph('ico.copies'),
    ...closing,
  ],
  sendHints: 4,
  related: {
    guides: ['complain-to-ico', 'subject-access-request'],
    contacts: ['ico', 'citizens-advice', 'right-to-remain', 'privacy-international'],
  },
};

export const CORRECT_OR_DELETE: LetterKind = {
  id: 'correct-or-delete',
  fileName: 'correct-or-delete-my-data',
  fields: [
    field.organisationName,
    field.organisationAddress,
    field.fullName,
    field.dateOfBirth,
    field.reference,
    field.replyBy,
    field.address,
    field.email,
    { id: 'action', type: 'choice', options: ['correct', 'delete'], initial: 'correct' },
    { id: 'wrongData', type: 'textarea', help: true },
    { id: 'correctData', type: 'textarea', showIf: 'action=correct' },
    { id: 'reason', type: 'textarea', showIf: 'action=delete', help: true },
  ],
  steps: [
    ...toOrganisation,
    { id: 'change', fields: ['action', 'wrongData', 'correctData', 'reason'] },
  ],
  blocks: [
    sender,
    dated,
    organisation,
    {
      kind: 'subject',
      lines: [
        text('fix.subjectCorrect', ['action=correct']),
        text('fix.subjectDelete', ['action=delete']),
      ],
    },
    paragraph('common.greeting'),
    paragraph('common.detailsIntro'),
    item('common.nameItem'),
    item('common.dobItem'),
    item('common.referenceItem', ['reference']),
    paragraph('fix.correctIntro', ['action=correct']),
    paragraph('fix.wrong', ['action=correct']),
    paragraph('fix.right', ['action=correct']),
    paragraph('fix.deleteIntro', ['action=delete']),
    paragraph('fix.delete', ['action=delete']),
    // Both must hold: a reason typed before switching to "correct" stays out of the letter.
    { kind: 'paragraph', when: ['action=delete'], lines: [text('fix.reason', ['reason'])] },
    paragraph('fix.share'),
    paragraph('fix.oneMonth'),
    paragraph('fix.replyPost', ['replyBy=post']),
    paragraph('fix.replyEmail', ['replyBy=email']),
    ...closing,
  ],
  sendHints: 3,
  related: {
    guides: ['subject-access-request', 'complain-to-ico'],
    contacts: ['ico', 'citizens-advice', 'privacy-international'],
  },
};

export const LETTER_KINDS: readonly LetterKind[] = [
  HOME_OFFICE_SAR,
  ORGANISATION_SAR,
  ORGANISATION_COMPLAINT,
  ICO_COMPLAINT,
  CORRECT_OR_DELETE,
];

export function findLetterKind(id: string | undefined): LetterKind | undefined {
  return LETTER_KINDS.find((kind) => kind.id === id);
}
