import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from '../../helpers/importFixtures';
import { commitAndWait, uploadAndCheck } from '../../helpers/importRequests';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';
import { USERS } from '../../helpers/factories';

let t: TestApp;
let officer: Client;

beforeAll(async () => {
  t = await startTestApp();
  await t.createUser(...USERS.hpOfficer);
  officer = await t.login('hp.officer');
});
afterAll(() => t.close());

const HEADER = ['Họ và tên', 'Năm sinh', 'Quốc gia cư trú'];

describe('possible duplicates at the dry run', () => {
  it('names the earlier row of a person repeated within the file (same name words, same birth year)', async () => {
    const rows = [
      HEADER,
      ['Ngô Văn Tài', '1960', 'Pháp'],
      ['Đinh Thị Lan', '1970', 'Đức'],
      ['NGO VAN TAI', '1960', 'Bỉ'],
      ['Tài Ngô Văn', '1960', 'Pháp'],
      ['Ngô Văn Tài', '1961', 'Pháp'],
    ];
    const checked = await uploadAndCheck(officer, 'hai-phong.csv', Buffer.from(csvOf(rows)));
    expect(checked).toMatchObject({ rowsValid: 5, rowsInvalid: 0, rowsDuplicate: 2 });
    const problems = (await officer.get(`/api/imports/${checked.id}/problems`)).json();
    expect(problems.items).toEqual([
      expect.objectContaining({ rowNumber: 4, column: 'fullName', code: 'duplicateInFile', value: '2' }),
      expect.objectContaining({ rowNumber: 5, column: 'fullName', code: 'duplicateInFile', value: '2' }),
    ]);
  });

  it('flags rows matching a person already in the registry, and still commits them when asked', async () => {
    const first = await uploadAndCheck(
      officer,
      'dot-1.csv',
      Buffer.from(csvOf([HEADER, ['Vũ Minh Khoa', '1980', 'Úc']])),
    );
    expect((await commitAndWait(t, officer, first.id)).rowsCommitted).toBe(1);
    const second = await uploadAndCheck(
      officer,
      'dot-2.csv',
      Buffer.from(csvOf([HEADER, ['Vu Minh Khoa', '1980', 'Úc'], ['Vũ Minh Khoa', '1981', 'Úc']])),
    );
    expect(second).toMatchObject({ rowsValid: 2, rowsDuplicate: 1 });
    const problems = (await officer.get(`/api/imports/${second.id}/problems`)).json();
    expect(problems.items).toEqual([expect.objectContaining({ rowNumber: 2, code: 'possibleDuplicate' })]);
    expect((await commitAndWait(t, officer, second.id)).rowsCommitted).toBe(2);
  });
});

describe('the duplicate check after a commit', () => {
  const ROWS = [HEADER, ['Lê Thị Hồng Nhung', '1975', 'Pháp'], ['Trần Quốc Bảo', '1990', 'Nhật Bản']];

  it("proposes pairs between the batch's persons and the registry, and counts them on the batch", async () => {
    const held = await officer.post('/api/persons', {
      fullName: 'Nhung Thi Hong Le',
      birthDate: { year: 1975 },
      residenceCountry: 'FR',
      hometownText: 'Hải Phòng',
    });
    expect(held.statusCode, held.body).toBe(201);
    const checked = await uploadAndCheck(officer, 'dot-3.csv', Buffer.from(csvOf(ROWS)));
    const committed = await commitAndWait(t, officer, checked.id);
    expect(committed).toMatchObject({ status: 'committed', duplicatePairs: 1 });
    expect(committed.duplicatesCheckedAt).toEqual(expect.any(String));
    const pairs = (await officer.get(`/api/duplicates?personId=${held.json().id}`)).json();
    expect(pairs.items).toHaveLength(1);
  });

  it('is run again at start for a batch committed but not checked (a crash in between)', async () => {
    const checked = await uploadAndCheck(
      officer,
      'dot-4.csv',
      Buffer.from(csvOf([HEADER, ['Hà Văn Sơn', '1966', 'Úc']])),
    );
    await commitAndWait(t, officer, checked.id);
    await t.db
      .updateTable('import_batch')
      .set({ duplicates_checked_at: null, duplicate_pairs: null })
      .where('id', '=', checked.id)
      .execute();
    expect(await t.app.duplicateCheckRunner.resumeImportChecks()).toBe(1);
    await t.app.duplicateCheckRunner.idle();
    const batch = (await officer.get(`/api/imports/${checked.id}`)).json();
    expect(batch).toMatchObject({ duplicatePairs: 0, duplicatesCheckedAt: expect.any(String) });
  });
});
