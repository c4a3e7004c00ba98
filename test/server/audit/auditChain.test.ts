import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../src/server/audit/verifyAuditChain';
import { USERS, personBody } from '../../helpers/factories';
import { appendForgedAuditEntry } from '../../helpers/forgedAuditEntry';
import { startTestApp, type TestApp } from '../../helpers/testApp';

// Each test tampers with a database of its own: what breaks one chain must not reach another test.
describe('the audit log as a hash chain', () => {
  let t: TestApp | undefined;
  afterEach(() => t?.close());

  /** An app whose audit log holds some entries: sign-ins, a person created and read ten times. */
  async function appWithEntries() {
    t = await startTestApp();
    await t.createUser(...USERS.ctOfficer);
    const officer = await t.login('ct.officer');
    const { id } = (await officer.post('/api/persons', personBody())).json();
    await Promise.all(Array.from({ length: 10 }, () => officer.get(`/api/persons/${id}`)));
    const entries = await t.db.selectFrom('audit_log').select(['id', 'chain_seq']).orderBy('chain_seq').execute();
    return { t, entries };
  }

  /** As the owner of the table could: triggers off, the change, triggers on. */
  async function asOwner(t: TestApp, change: string) {
    const triggers = (state: 'enable' | 'disable') =>
      sql.raw(`alter table audit_log ${state} trigger user; alter table audit_log_province ${state} trigger user`);
    await triggers('disable').execute(t.db);
    await sql.raw(change).execute(t.db);
    await triggers('enable').execute(t.db);
  }

  it('holds for what the server writes, concurrent writers included, and names its head', async () => {
    const { t, entries } = await appWithEntries();
    expect(entries.map((e) => e.chain_seq)).toEqual(entries.map((_, i) => i + 1));
    const verdict = await verifyAuditChain(t.db);
    expect(verdict).toMatchObject({ isIntact: true, chained: entries.length, before: 0 });
    expect(verdict.isIntact && verdict.head).toMatchObject({ id: entries.at(-1)!.id, chainSeq: entries.length });
  });

  it('names an entry whose content was changed', async () => {
    const { t, entries } = await appWithEntries();
    const victim = entries[4]!;
    await asOwner(t, `update audit_log set username = 'someone.else' where id = ${victim.id}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      isIntact: false,
      chained: 4,
      firstBreak: { id: victim.id, reason: 'altered' },
    });
  });

  it('names the entry after one deleted', async () => {
    const { t, entries } = await appWithEntries();
    await asOwner(t, `delete from audit_log_province where audit_id = ${entries[3]!.id}`);
    await asOwner(t, `delete from audit_log where id = ${entries[3]!.id}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      isIntact: false,
      firstBreak: { id: entries[4]!.id, reason: 'missingBefore' },
    });
  });

  it('names a forged entry, written without the key', async () => {
    const { t, entries } = await appWithEntries();
    const forged = await appendForgedAuditEntry(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      isIntact: false,
      chained: entries.length,
      firstBreak: { id: forged, reason: 'altered' },
    });
  });

  it('refuses to be truncated, updated or deleted from', async () => {
    const { t, entries } = await appWithEntries();
    await expect(sql.raw('truncate audit_log cascade').execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql.raw('truncate audit_log_province').execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql.raw(`delete from audit_log where id = ${entries[0]!.id}`).execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql.raw('update audit_log set ip = null').execute(t.db)).rejects.toThrow(/append-only/);
    expect((await verifyAuditChain(t.db)).isIntact).toBe(true);
  });
});
