import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, associationBody, caseBody, needBody, personBody } from '../../helpers/factories';
import { startTestApp, type Client, type TestApp } from '../../helpers/testApp';

// A sample of the access policy through the API: records of Hà Nội (01) are unknown to Cần Thơ's
// (92) users (404), a role without the permission is refused (403), one's own province's are at hand.
let t: TestApp;
let ministry: Client;
let officer: Client;
let viewer: Client;
let agencyOfficer: Client;
const haNoi: Record<'person' | 'association' | 'need' | 'case', string> = {
  person: '',
  association: '',
  need: '',
  case: '',
};
let ownPerson: { id: string; version: number };

beforeAll(async () => {
  t = await startTestApp();
  await t.createUser(...USERS.ministry);
  await t.createUser(...USERS.ctOfficer);
  await t.createUser(...USERS.ctViewer);
  await t.createUser(...USERS.ctAgency);
  [ministry, officer, viewer, agencyOfficer] = await Promise.all([
    t.login('bo.admin'),
    t.login('ct.officer'),
    t.login('ct.viewer'),
    t.login('ct.agency'),
  ]);
  const created = async (url: string, body: object) => {
    const response = await ministry.post(url, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  haNoi.person = await created('/api/persons', personBody({ hometownText: 'Hà Nội', sourceProvinceCode: '01' }));
  haNoi.association = await created('/api/associations', associationBody({ provinceCode: '01' }));
  haNoi.need = await created('/api/needs', needBody({ provinceCode: '01' }));
  haNoi.case = await created('/api/cases', caseBody({ provinceCode: '01' }));
  ownPerson = (await officer.post('/api/persons', personBody())).json();
});
afterAll(() => t.close());

describe('the access policy through the API', () => {
  it.each([
    ['person', '/api/persons/'],
    ['association', '/api/associations/'],
    ['need', '/api/needs/'],
    ['case', '/api/cases/'],
  ] as const)("keeps another province's %s unknown to a province officer (404)", async (entity, url) => {
    expect((await officer.get(url + haNoi[entity])).statusCode).toBe(404);
    expect((await ministry.get(url + haNoi[entity])).statusCode).toBe(200);
  });

  it("refuses a change to another province's person as unknown, and a viewer's change as forbidden", async () => {
    const change = personBody({ version: 1 });
    expect((await officer.put(`/api/persons/${haNoi.person}`, change)).statusCode).toBe(404);
    expect((await officer.delete(`/api/persons/${haNoi.person}`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/persons/${ownPerson.id}`)).statusCode).toBe(200);
    expect(
      (await viewer.put(`/api/persons/${ownPerson.id}`, { ...change, version: ownPerson.version })).statusCode,
    ).toBe(403);
    expect((await viewer.delete(`/api/persons/${ownPerson.id}`)).statusCode).toBe(403);
  });

  it("keeps the registry from an agency's officer and lists only one's own province", async () => {
    expect((await agencyOfficer.get('/api/persons')).statusCode).toBe(403);
    expect((await agencyOfficer.get('/api/associations')).statusCode).toBe(200);
    const listed = (await officer.get('/api/persons?limit=50')).json().items.map((p: { id: string }) => p.id);
    expect(listed).toContain(ownPerson.id);
    expect(listed).not.toContain(haNoi.person);
    // A person's hometown may be elsewhere (its source is Cần Thơ): a list of records kept by one province may not.
    expect((await officer.get('/api/associations?province=01')).statusCode).toBe(403);
  });

  it('shows a case to an officer only once it is assigned to them', async () => {
    const created = (await ministry.post('/api/cases', caseBody({ provinceCode: '92' }))).json();
    expect((await officer.get(`/api/cases/${created.id}`)).statusCode).toBe(404);
    expect((await ministry.get('/api/cases?limit=50')).json().items.map((c: { id: string }) => c.id)).toContain(
      created.id,
    );
  });
});
