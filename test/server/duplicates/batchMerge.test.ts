import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

// One woman written down twice, with the same passport, phone and birth date: a sure pair.
const sure = (given: string, passport: string, overrides: object = {}) => ({
  fullName: `Trịnh Thị ${given}`,
  sex: 'female',
  birthDate: { year: 1979, month: 8, day: 21 },
  hometownText: 'Cần Thơ',
  residenceCountry: 'DE',
  phones: [`+4915123${passport.slice(-6)}`],
  identityDocuments: [{ type: 'passport', number: passport, issuingCountry: 'VN' }],
  ...overrides,
});

describe('batch merge of sure pairs (safe mode)', () => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    officer = await t.login('ct.officer');
  });
  afterAll(() => t.close());

  async function pairOf(a: object, b: object) {
    const first = (await officer.post('/api/persons', a)).json();
    const second = (await officer.post('/api/persons', b)).json();
    const { items } = (await officer.get(`/api/duplicates?personId=${second.id}`)).json();
    expect(items).toHaveLength(1);
    return { pair: items[0], first, second };
  }

  it('previews, merges the pairs without conflict, reports the others, and undoes the batch', async () => {
    const clean = await pairOf(sure('Thoa', 'C1000001', { residenceCity: 'Berlin' }), sure('Thoa', 'C1000001'));
    const conflicting = await pairOf(
      sure('Thủy', 'C1000002', { residenceCity: 'Berlin' }),
      sure('Thủy', 'C1000002', { residenceCity: 'Leipzig' }),
    );
    const weak = await pairOf(
      { fullName: 'Trịnh Thị Thắm', birthDate: { year: 1979 }, hometownText: 'Cần Thơ', sex: 'female' },
      { fullName: 'Trinh Thi Tham', birthDate: { year: 1979 }, hometownText: 'Cần Thơ', sex: 'female' },
    );
    const preview = (await officer.get('/api/duplicates/batch-merge')).json();
    const byPair = new Map(preview.map((p: { pairId: number }) => [p.pairId, p]));
    // Recorded at the same instant (the test clock stands still): the record with the city stays.
    expect(byPair.get(clean.pair.id)).toMatchObject({ kept: { id: clean.first.id }, conflicts: [] });
    expect(byPair.get(conflicting.pair.id)).toMatchObject({ conflicts: ['residenceCity'] });
    expect(byPair.has(weak.pair.id)).toBe(false);

    const result = (
      await officer.post('/api/duplicates/batch-merge', { pairIds: [clean.pair.id, conflicting.pair.id] })
    ).json();
    expect(result).toEqual({ merged: [clean.pair.id], skipped: [{ pairId: conflicting.pair.id, reason: 'conflict' }] });
    const kept = (await officer.get(`/api/persons/${clean.first.id}`)).json();
    expect(kept).toMatchObject({ residenceCity: 'Berlin', deletedAt: null });
    expect((await officer.get(`/api/duplicates/${clean.pair.id}`)).json().status).toBe('merged');
    expect((await officer.get(`/api/duplicates/${conflicting.pair.id}`)).json().status).toBe('open');

    const undone = (await officer.post('/api/duplicates/undo-merges', { pairIds: [clean.pair.id] })).json();
    expect(undone).toEqual({ undone: [clean.pair.id], refused: [] });
    expect((await officer.get(`/api/duplicates/${clean.pair.id}`)).json().status).toBe('open');
    expect((await officer.get(`/api/persons/${clean.second.id}`)).json().deletedAt).toBeNull();
  });

  it('takes the facts the kept record lacks from the other', async () => {
    const { pair } = await pairOf(sure('Nhàn', 'C1000003'), sure('Nhàn', 'C1000003', { occupation: 'Kỹ sư' }));
    const preview = (await officer.get('/api/duplicates/batch-merge')).json();
    const planned = preview.find((p: { pairId: number }) => p.pairId === pair.id);
    await officer.post('/api/duplicates/batch-merge', { pairIds: [pair.id] });
    expect((await officer.get(`/api/persons/${planned.kept.id}`)).json().occupation).toBe('Kỹ sư');
  });

  it('refuses a minimum score below the sure one', async () => {
    expect((await officer.get('/api/duplicates/batch-merge?minScore=3')).statusCode).toBe(400);
  });
});
