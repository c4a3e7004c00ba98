import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS } from '../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../helpers/testApp';

describe('reference data', () => {
  let t: TestApp;
  let client: Client;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.nationalViewer);
    client = await t.login(USERS.nationalViewer[0]);
  });
  afterAll(() => t.close());

  it('is loaded into the database: 34 provinces, 63 legacy provinces, the ISO countries', async () => {
    const count = async (table: 'province' | 'legacy_province' | 'country') =>
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    expect(await count('province')).toBe(34);
    expect(await count('legacy_province')).toBe(63);
    expect(await count('country')).toBeGreaterThanOrEqual(249);
  });

  it('lists provinces with the legacy mapping', async () => {
    const body = (await client.get('/api/reference/provinces')).json();
    expect(body.provinces).toHaveLength(34);
    expect(body.legacy).toContainEqual({ code: '94', name: 'Sóc Trăng', newCode: '92' });
  });

  it('resolves free-text names and says when it cannot', async () => {
    const url = `/api/reference/resolve?province=${encodeURIComponent('soc trang')}&country=${encodeURIComponent('Mỹ')}`;
    const body = (await client.get(url)).json();
    expect(body.province).toMatchObject({ ok: true, province: { code: '92', name: 'Cần Thơ' }, via: 'legacy' });
    expect(body.country).toMatchObject({ ok: true, country: { code: 'US', nameVi: 'Hoa Kỳ' } });
    const unknown = (await client.get('/api/reference/resolve?province=Gotham')).json();
    expect(unknown.province).toEqual({ ok: false, reason: 'unknown', input: 'Gotham' });
  });
});
