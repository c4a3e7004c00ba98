import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USERS, caseBody } from '../../helpers/factories';
import { testClock } from '../../helpers/testClock';
import { startTestApp, type TestApp } from '../../helpers/testApp';

describe('case numbers', () => {
  // 17:30 UTC on 31 December is 00:30 on 1 January in Vietnam: the UTC year is still the old one.
  const clock = testClock(new Date('2026-12-31T16:30:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    await t.createUser(...USERS.ctOfficer);
  });
  afterAll(() => t.close());

  it("take the year of Vietnam's calendar, which starts seven hours before the UTC one", async () => {
    const officer = await t.login('ct.officer');
    const before = (await officer.post('/api/cases', caseBody())).json();
    expect(before.code).toMatch(/^BH-92-2026-\d{4}$/);
    clock.advance(3_600_000); // 17:30 UTC, 00:30 in Vietnam
    const after = (await officer.post('/api/cases', caseBody())).json();
    expect(after.code).toBe('BH-92-2027-0001');
  });
});
