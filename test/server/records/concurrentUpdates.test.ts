import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFFAIRS_REGISTERS } from '../../../src/domain/registers/affairsRegisters';
import {
  USERS,
  associationBody,
  caseBody,
  expertProfileBody,
  needBody,
  personBody,
  planBody,
  registerRecordBody,
  reportBody,
  returneeBody,
  type RegisterRefs,
} from '../../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

const WRITERS = 20;

/** A versioned record at version 1, and how to change it and read it back. */
interface Scenario {
  /** The change request of writer `i`, sent with the version read (1). */
  change(i: number): { method: 'PUT' | 'POST'; url: string; payload: object };
  /** The stored version, and what identifies the writer whose change was kept. */
  stored(): Promise<{ version: number; mark: string }>;
}

// Every versioned kind of record, changed by 20 writers at once, each with the version they read:
// exactly one change is kept, the other 19 hear 409, and the version goes up by one. On PostgreSQL
// the requests really overlap (ten connections); a lost update shows as several 200s.
describe('concurrent changes with the same version', () => {
  let t: TestApp;
  let officer: Client;
  let snv: Client;
  let police: Client;
  const refs: RegisterRefs = {};

  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser(...USERS.ctAdmin);
    const admin = await t.login('ct.admin');
    const agencyOf = async (name: string, isCoordinator: boolean) =>
      (await admin.post('/api/agencies', { name, isCoordinator })).json().id as string;
    const snvAgency = await agencyOf('Sở Ngoại vụ thành phố Cần Thơ', true);
    const policeAgency = await agencyOf('Công an thành phố Cần Thơ', false);
    const userOf = async (username: string, role: 'province_officer' | 'agency_officer', agencyId: string | null) => {
      const id = await t.createUser(username, role, '92');
      await t.db.updateTable('app_user').set({ agency_id: agencyId }).where('id', '=', id).execute();
      return t.login(username);
    };
    officer = await userOf('ct.officer', 'province_officer', null);
    snv = await userOf('ct.snv', 'province_officer', snvAgency);
    police = await userOf('ct.police', 'agency_officer', policeAgency);
    refs.person = (await officer.post('/api/persons', personBody({ fullName: 'Đặng Văn Đầu' }))).json().id;
    refs.association = (await officer.post('/api/associations', associationBody({ name: 'Hội Tokyo' }))).json().id;
    for (const [key, register] of [
      ['agreement', 'agreements'],
      ['business', 'businesses'],
    ] as const) {
      const spec = AFFAIRS_REGISTERS.find((s) => s.key === register)!;
      refs[key] = (await created(officer, `/api/${register}`, registerRecordBody(spec, refs))).record.id;
    }
    scenarios.plan = () => planScenario(policeAgency);
    scenarios.report = () => reportScenario(policeAgency);
    scenarios.review = () => reviewScenario(policeAgency);
  });
  afterAll(() => t.close());

  const created = async (client: Client, url: string, payload: object) => {
    const response = await client.post(url, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const markOf = (i: number) => `Thay đổi số ${i}`;
  const markIn = (text: string | null | undefined) => /Thay đổi số \d+/.exec(text ?? '')?.[0] ?? '';

  /** A record changed by PUT on its own URL, with a text field that carries the writer's mark. */
  const byPut = (
    client: Client,
    url: string,
    body: object,
    field: string,
    read: (json: Record<string, unknown>) => Record<string, unknown> = (json) => json,
  ): Scenario => ({
    change: (i) => ({ method: 'PUT', url, payload: { ...body, [field]: markOf(i), version: 1 } }),
    stored: async () => {
      const record = read((await client.get(url)).json());
      return { version: record.version as number, mark: markIn(record[field] as string) };
    },
  });

  async function planScenario(leadAgencyId: string): Promise<Scenario> {
    const body = planBody([{ leadAgencyId }]);
    const plan = await created(snv, '/api/plans', body);
    return byPut(
      snv,
      `/api/plans/${plan.id}`,
      { ...body, tasks: [{ ...body.tasks[0], id: plan.taskList[0].id }] },
      'title',
    );
  }

  async function reportScenario(leadAgencyId: string): Promise<Scenario> {
    const plan = await created(snv, '/api/plans', planBody([{ leadAgencyId }], { number: '39/KH-UBND' }));
    const taskId = plan.taskList[0].id as string;
    const first = await police.put(`/api/tasks/${taskId}/report`, reportBody());
    expect(first.statusCode, first.body).toBe(200);
    return {
      change: (i) => ({
        method: 'PUT',
        url: `/api/tasks/${taskId}/report`,
        payload: reportBody({ content: markOf(i), version: 1 }),
      }),
      stored: async () => {
        const report = (await police.get(`/api/reports/${first.json().id}`)).json();
        return { version: report.version, mark: markIn(report.content) };
      },
    };
  }

  /** The Sở Ngoại vụ returning a submitted report, each reviewer with a comment of their own. */
  async function reviewScenario(leadAgencyId: string): Promise<Scenario> {
    const plan = await created(snv, '/api/plans', planBody([{ leadAgencyId }], { number: '40/KH-UBND' }));
    const sent = await police.put(`/api/tasks/${plan.taskList[0].id}/report`, reportBody({ submit: true }));
    expect(sent.statusCode, sent.body).toBe(200);
    const { id, version } = sent.json();
    return {
      change: (i) => ({
        method: 'POST',
        url: `/api/reports/${id}/review`,
        payload: { decision: 'return', comment: markOf(i), version },
      }),
      stored: async () => {
        const report = (await snv.get(`/api/reports/${id}`)).json();
        return { version: report.version - version + 1, mark: markIn(report.reviewComment) };
      },
    };
  }

  const scenarios: Record<string, () => Promise<Scenario>> = {
    async person() {
      const body = personBody({ fullName: 'Trần Văn Một' });
      const { id } = await created(officer, '/api/persons', body);
      return byPut(officer, `/api/persons/${id}`, body, 'notes');
    },
    async relative() {
      const person = await created(
        officer,
        '/api/persons',
        personBody({ fullName: 'Lê Văn Hai', relatives: [{ fullName: 'Lê Thị Mẹ', relationship: 'mẹ' }] }),
      );
      const relativeId = person.relatives[0].id as string;
      return byPut(officer, `/api/relatives/${relativeId}`, { fullName: 'Lê Thị Mẹ' }, 'notes');
    },
    async association() {
      const body = associationBody({ name: 'Hội người Việt tại Kyoto' });
      const { id } = await created(officer, '/api/associations', body);
      return byPut(officer, `/api/associations/${id}`, body, 'city');
    },
    async expertProfile() {
      const url = `/api/persons/${refs.person}/expert`;
      expect((await officer.put(url, expertProfileBody())).statusCode).toBe(200);
      return byPut(officer, url, expertProfileBody(), 'employer');
    },
    async need() {
      const body = needBody();
      const { id } = await created(officer, '/api/needs', body);
      return byPut(officer, `/api/needs/${id}`, body, 'title');
    },
    async protectionCase() {
      const body = caseBody();
      const { id } = await created(officer, '/api/cases', body);
      return byPut(officer, `/api/cases/${id}`, body, 'summary');
    },
    async returnee() {
      const body = returneeBody(refs.person!);
      const { id } = await created(officer, '/api/returnees', body);
      return byPut(officer, `/api/returnees/${id}`, body, 'notes');
    },
    ...Object.fromEntries(
      AFFAIRS_REGISTERS.map((spec) => [
        spec.key,
        async () => {
          const body = registerRecordBody(spec, refs);
          const { record } = await created(officer, `/api/${spec.key}`, body);
          const field = spec.fields.find((f) => f.kind === 'text')!.name;
          return byPut(officer, `/api/${spec.key}/${record.id}`, body, field, (json) => json.record as never);
        },
      ]),
    ),
  };

  it.each([
    'person',
    'relative',
    'association',
    'expertProfile',
    'need',
    'protectionCase',
    'returnee',
    'plan',
    'report',
    'review',
    ...AFFAIRS_REGISTERS.map((spec) => spec.key),
  ])('%s: one of 20 writers wins, 19 hear 409, nothing is lost silently', async (kind) => {
    const scenario = await scenarios[kind]!();
    const responses = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => {
        const { method, url, payload } = scenario.change(i);
        return clientOf(kind).request({ method, url, payload });
      }),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(
      statuses.filter((s) => s === 200),
      `${statuses.join(' ')} ${responses[0]!.body}`,
    ).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(WRITERS - 1);
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      expect(refused.json().error.details[0]).toMatchObject({ path: 'version', code: 'versionConflict' });
    }
    const winner = statuses.indexOf(200);
    expect(await scenario.stored()).toEqual({ version: 2, mark: markOf(winner) });
  });

  const clientOf = (kind: string) => ({ plan: snv, review: snv, report: police })[kind] ?? officer;
});
