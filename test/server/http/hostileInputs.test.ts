import { readdir } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from '../../helpers/importFixtures';
import { upload } from '../../helpers/importRequests';
import { startTestAppWithOfficer, type Client, type TestApp } from '../../helpers/testApp';

let t: TestApp;
let officer: Client;

beforeAll(async () => {
  ({ t, officer } = await startTestAppWithOfficer());
});
afterAll(() => t.close());

/** Uploads a file that must be refused: nothing of it stays, no batch, no file in the upload folder. */
async function refusedUpload(name: string, content: Buffer) {
  const kept = async () => ({
    files: (await readdir(t.app.config.uploadDir).catch(() => [])).length,
    batches: (await officer.get('/api/imports')).json().length,
  });
  const before = await kept();
  const response = await upload(officer, name, content, { sourceProvince: '92' });
  expect(response.statusCode, response.body).toBe(400);
  expect(await kept()).toEqual(before);
  return response.json().error;
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('request bodies', () => {
  it('answers an anonymous body with 401 before reading it, however large or deep', async () => {
    const response = await t.anonymous().request({
      method: 'POST',
      url: '/api/persons',
      headers: { 'content-type': 'application/json' },
      payload: nested(4_750_000), // 9.5 MB
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a body nested deeper than 32 levels before parsing it, however it is laid out', async () => {
    for (const payload of [
      nested(520_000),
      `{"fullName": "a", "notes": ${nested(40)}}`,
      '{"a":'.repeat(33) + '1' + '}'.repeat(33),
    ]) {
      const response = await officer.request({
        method: 'POST',
        url: '/api/persons',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('BODY_TOO_DEEP');
    }
    // Brackets inside strings are text, not nesting.
    const person = await officer.post('/api/persons', { fullName: 'Lê [[[[ Văn', notes: '['.repeat(100) });
    expect(person.statusCode, person.body).toBe(201);
  });

  it('refuses a JSON body over 1 MiB with 413 in the error shape, signed in or not', async () => {
    const big = { fullName: 'Nguyễn Văn An', notes: 'x'.repeat(1_100_000) };
    const response = await officer.post('/api/persons', big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({ code: 'BODY_TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn' });
    const login = await t.anonymous().post('/api/auth/login', { username: 'x', password: 'y'.repeat(20_000) });
    expect(login.statusCode).toBe(413);
  });
});

describe('import files past the reader limits', () => {
  it('refuses a 5 MB csv of one line at upload, naming the cell, and keeps nothing', async () => {
    const error = await refusedUpload('mot-dong.csv', Buffer.from('Họ và tên,' + 'A'.repeat(5_000_000)));
    expect(error).toMatchObject({
      code: 'CELL_TOO_LONG',
      details: [{ path: 'B1', message: expect.stringContaining('dòng 1, cột B') }],
    });
  });

  it('refuses an unclosed quote that swallows the rest of the file', async () => {
    const content = Buffer.from('Họ và tên,Ghi chú\nNguyễn Văn An,"' + 'dòng\n'.repeat(200_000));
    expect(await refusedUpload('ngoac.csv', content)).toMatchObject({
      code: 'CELL_TOO_LONG',
      details: [{ path: 'B2' }],
    });
  });

  it('refuses a row with data in more than a thousand columns', async () => {
    const error = await refusedUpload('rong.csv', Buffer.from(`Họ và tên,${'x,'.repeat(1500)}\n`));
    expect(error).toMatchObject({ code: 'TOO_MANY_COLUMNS', details: [{ path: 'ALM1' }] });
  });

  it('refuses a zip bomb', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${'<a/>'.repeat(4_000_000)}</sheetData></worksheet>`);
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect((await refusedUpload('bom.xlsx', bomb)).code).toBe('FILE_TOO_EXPANDED');
  });

  it('leaves no half report of a file refused in its dry run, past the rows read at upload', async () => {
    const rows = [['Họ và tên', 'Năm sinh'], ...Array.from({ length: 3000 }, (_, i) => [`Người ${i}`, '1970'])];
    rows.push(['Trần Văn Dài', 'x'.repeat(40_000)]);
    const uploaded = await upload(officer, 'dai.csv', Buffer.from(csvOf(rows)), { sourceProvince: '92' });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const id = uploaded.json().id;
    const checked = await officer.post(`/api/imports/${id}/check`);
    expect(checked.json().error).toMatchObject({ code: 'CELL_TOO_LONG', details: [{ path: 'B3002' }] });
    expect(await t.db.selectFrom('import_problem').where('batch_id', '=', id).selectAll().execute()).toEqual([]);
    expect((await officer.get(`/api/imports/${id}`)).json()).toMatchObject({ status: 'uploaded', rowsTotal: null });
  });
});
