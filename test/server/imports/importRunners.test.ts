import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPersons } from '../../../src/server/demo/syntheticPersons';
import { ImportRunner } from '../../../src/server/imports/commitBatch';
import { csvOf } from '../../helpers/importFixtures';
import { uploadAndCheck } from '../../helpers/importRequests';
import { startTestAppWithOfficer, type Client, type TestApp } from '../../helpers/testApp';

let t: TestApp;
let officer: Client;

beforeAll(async () => {
  ({ t, officer } = await startTestAppWithOfficer());
});
afterAll(() => t.close());

// A server restarted while the CLI commits the same batch: both resume it, one of them writes it.
describe('two runners on one batch', () => {
  it('store every row exactly once', async () => {
    const next = syntheticPersons(5);
    const rows = Array.from({ length: 5_000 }, (_, i) => [next().fullName, `dòng ${i}`]);
    const checked = await uploadAndCheck(
      officer,
      'hai-lan.csv',
      Buffer.from(csvOf([['Họ và tên', 'Ghi chú'], ...rows])),
    );
    const errors: unknown[] = [];
    const handedOn: string[] = [];
    const second = new ImportRunner(
      t.db,
      t.app.identityCrypto,
      (error) => errors.push(error),
      (id) => handedOn.push(id),
    );

    expect((await officer.post(`/api/imports/${checked.id}/commit`)).statusCode).toBe(202);
    expect(await second.resumeInterrupted()).toBe(1);
    await Promise.all([t.app.importRunner.idle(), second.idle()]);
    await t.app.duplicateCheckRunner.idle();

    expect(errors).toEqual([]);
    const batch = (await officer.get(`/api/imports/${checked.id}`)).json();
    expect(batch).toMatchObject({ status: 'committed', rowsCommitted: 5_000 });
    // The runner that marked it committed, and only that one, hands it to the duplicate check.
    expect(handedOn.length + (batch.duplicatesCheckedAt ? 1 : 0)).toBe(1);
    const stored = await t.db
      .selectFrom('person')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('notes').distinct().as('distinct')])
      .where('import_batch_id', '=', checked.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ n: 5_000, distinct: 5_000 });
  });
});
