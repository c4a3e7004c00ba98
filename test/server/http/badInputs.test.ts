import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, personBody, planBody, reportBody } from '../../helpers/factories';
import { csvOf } from '../../helpers/importFixtures';
import { upload } from '../../helpers/importRequests';
import { startTestAppWithOfficer, type Client, type TestApp } from '../../helpers/testApp';

let t: TestApp;
let officer: Client;

beforeAll(async () => {
  ({ t, officer } = await startTestAppWithOfficer());
});
afterAll(() => t.close());

const personCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('person')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A 400 in the error shape naming `path` (with `code`), and no person stored by it. */
async function expectRefused(
  send: () => Promise<{ statusCode: number; json(): unknown }>,
  path: string,
  code?: string,
) {
  const before = await personCount();
  const response = await send();
  expect(response.statusCode).toBe(400);
  const error = (response.json() as { error: { code: string; details: { path: string; code: string }[] } }).error;
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.details).toContainEqual(expect.objectContaining({ path, ...(code ? { code } : {}) }));
  expect(await personCount()).toBe(before);
}

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('input the database cannot take is a 400 naming the field, not a 500', () => {
  it('refuses a NUL character in any text of a body, a query or a form field', async () => {
    await expectRefused(
      () => officer.post('/api/persons', personBody({ fullName: 'Nguyễn\u0000An' })),
      'fullName',
      'nulCharacter',
    );
    const relatives = [{ fullName: 'Lê\u0000Ba', relationship: 'cha' }];
    await expectRefused(() => officer.post('/api/persons', personBody({ relatives })), 'relatives.0.fullName');
    await expectRefused(() => officer.get('/api/persons?q=an%00b'), 'q', 'nulCharacter');
    const form = await upload(officer, 'ds.csv', Buffer.from('Họ và tên\nAn\n'), { sourceProvince: '9\u00002' });
    expect(form.statusCode).toBe(400);
    expect(form.json().error.details[0]).toMatchObject({ path: 'sourceProvince', code: 'nulCharacter' });
  });

  it('refuses a file whose cell holds a NUL character, naming the cell', async () => {
    // Past the first 64 KB the upload reads for the header: found by the dry run.
    const rows = [['Họ và tên', 'Ghi chú'], ...Array.from({ length: 400 }, (_, i) => [`Người ${i}`, 'x'.repeat(200)])];
    rows.push(['Trần Văn Nul', 'a\u0000b']);
    const uploaded = await upload(officer, 'nul.csv', Buffer.from(csvOf(rows)), { sourceProvince: '92' });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const checked = await officer.post(`/api/imports/${uploaded.json().id}/check`);
    expect(checked.statusCode).toBe(400);
    expect(checked.json().error).toMatchObject({ code: 'CELL_INVALID_CHARACTER', details: [{ path: 'B402' }] });
  });

  it('refuses the year 0000, which no date of the database has', async () => {
    await expectRefused(
      () => officer.post('/api/persons', personBody({ sourceDate: '0000-01-01' })),
      'sourceDate',
      'dateInvalid',
    );
  });

  it.each([
    ['an id that is no uuid', cursorOf([1, 'nguyen', 'x'])],
    ['a tier of 1e308', cursorOf([1e308, 'nguyen', '00000000-0000-0000-0000-000000000000'])],
    ['a NUL in the value', cursorOf([1, 'a\u0000', '00000000-0000-0000-0000-000000000000'])],
    ['not JSON', 'bm90IGpzb24'],
  ])('refuses a person-list cursor with %s', async (_what, cursor) => {
    await expectRefused(() => officer.get(`/api/persons?q=nguyen&cursor=${cursor}`), 'cursor', 'cursorInvalid');
  });

  it('refuses a cursor of the list by last change that holds no time', async () => {
    for (const value of ['không phải ngày', '2026-13-45 10:00:00+00']) {
      const cursor = cursorOf([0, value, '00000000-0000-0000-0000-000000000000']);
      await expectRefused(() => officer.get(`/api/persons?sort=updated&cursor=${cursor}`), 'cursor', 'cursorInvalid');
    }
  });

  it('answers a report by an account without agency with 403 NOT_ASSIGNED', async () => {
    await t.createUser(...USERS.ctAdmin);
    const admin = await t.login('ct.admin');
    const agency = (await admin.post('/api/agencies', { name: 'Sở Tư pháp', isCoordinator: false })).json();
    const plan = (await admin.post('/api/plans', planBody([{ leadAgencyId: agency.id }]))).json();
    const response = await officer.put(`/api/tasks/${plan.taskList[0].id}/report`, reportBody());
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('NOT_ASSIGNED');
  });

  it('says what was received when a field has the wrong type', async () => {
    const vi = await officer.post('/api/persons', personBody({ fullName: ['Nguyễn', 'An'], phones: 'một' }));
    const messages = vi.json().error.details.map((d: { message: string }) => d.message);
    expect(messages.join(' ')).not.toContain('undefined');
    const en = await officer.request({
      method: 'POST',
      url: '/api/persons',
      headers: { 'accept-language': 'en' },
      payload: personBody({ fullName: ['Nguyễn', 'An'], birthDate: 1985 }),
    });
    expect(en.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'fullName', message: expect.stringContaining('received array') }),
        expect.objectContaining({ path: 'birthDate', message: expect.stringContaining('received number') }),
      ]),
    );
  });
});
