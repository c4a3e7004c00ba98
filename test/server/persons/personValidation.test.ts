import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppWithOfficer, type Client, type TestApp } from '../../helpers/testApp';

describe('person validation', () => {
  let t: TestApp;
  let officer: Client;
  beforeAll(async () => {
    ({ t, officer } = await startTestAppWithOfficer());
  });
  afterAll(() => t.close());

  async function detailsOf(body: Record<string, unknown>, language = 'vi') {
    const response = await officer.request({
      method: 'POST',
      url: '/api/persons',
      payload: { fullName: 'Nguyễn Văn An', ...body },
      headers: { 'accept-language': language },
    });
    expect(response.statusCode).toBe(400);
    return response.json().error.details as { path: string; code: string; message: string }[];
  }

  it('requires a full name', async () => {
    expect(await detailsOf({ fullName: undefined })).toEqual([
      { path: 'fullName', code: 'required', message: 'Bắt buộc nhập' },
    ]);
    expect((await detailsOf({ fullName: '   ' }))[0]).toMatchObject({ path: 'fullName', code: 'too_small' });
  });

  it('rejects 31 February', async () => {
    expect(await detailsOf({ birthDate: { year: 1990, month: 2, day: 31 } })).toEqual([
      { path: 'birthDate', code: 'dateInvalid', message: 'Ngày không tồn tại' },
    ]);
  });

  it('rejects a birth date in the future, in English on request', async () => {
    expect(await detailsOf({ birthDate: { year: 3000 } }, 'en')).toEqual([
      { path: 'birthDate', code: 'dateInFuture', message: 'The date is in the future' },
    ]);
  });

  it('rejects a day without a month and a month out of range', async () => {
    expect((await detailsOf({ birthDate: { year: 1990, day: 3 } }))[0]?.code).toBe('dateInvalid');
    expect((await detailsOf({ birthDate: { year: 1990, month: 13 } }))[0]?.code).toBe('dateInvalid');
  });

  it('rejects a bad email and a bad phone, naming the list position', async () => {
    const details = await detailsOf({ emails: ['ok@example.com', 'not-an-email'], phones: ['0912 345 678', '12'] });
    expect(details).toEqual(
      expect.arrayContaining([
        { path: 'emails.1', code: 'emailInvalid', message: 'Địa chỉ email không hợp lệ' },
        { path: 'phones.1', code: 'phoneInvalid', message: 'Số điện thoại không hợp lệ' },
      ]),
    );
  });

  it('rejects an unknown country and province', async () => {
    const details = await detailsOf({
      residenceCountry: 'XX',
      nationalities: ['VN', 'ZZ'],
      hometownProvinceCode: '99',
      identityDocuments: [{ type: 'passport', number: 'B123456', issuingCountry: 'QQ' }],
    });
    expect(details.map((d) => `${d.path}:${d.code}`).sort()).toEqual([
      'hometownProvinceCode:unknownProvince',
      'identityDocuments.0.issuingCountry:unknownCountry',
      'nationalities.1:unknownCountry',
      'residenceCountry:unknownCountry',
    ]);
  });

  it('rejects unknown categories and sexes', async () => {
    const details = await detailsOf({ categories: ['tourist'], sex: 'robot' });
    expect(details.map((d) => d.path).sort()).toEqual(['categories.0', 'sex']);
  });

  it('stores nothing when a request is invalid', async () => {
    await detailsOf({ fullName: 'Không Lưu', emails: ['bad'] });
    const rows = await t.db.selectFrom('person').select('id').where('full_name', '=', 'Không Lưu').execute();
    expect(rows).toHaveLength(0);
  });
});
