import { sql } from 'kysely';
import { mergeRowInto, changesSomething } from '../../domain/imports/rowMerge';
import { personInputOf } from '../../domain/persons/personInputOf';
import { sortedNameKey } from '../../domain/persons/personName';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { visibleRows } from '../access/policy';
import { loadManyPersonParts } from '../persons/loadPersonParts';
import { hometownOf, toPerson } from '../persons/personRecord';
import type { PersonServiceContext } from '../serviceContext';

type ValidRow = { rowNumber: number; person: PersonInput };

/** A row that surely is a person of the registry, and what importing it would do. */
export interface RowMatch {
  rowNumber: number;
  personId: string;
  evidence: 'document' | 'contact' | 'nameBirth';
  proposed: 'update' | 'skip';
}

interface Candidate {
  id: string;
  name_key: string;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  phones: string[];
  emails: string[];
  hometown_province_code: string | null;
}

const sameBirthDay = (row: PersonInput, c: Candidate) =>
  !!row.birthDate?.day &&
  row.birthDate.year === c.birth_year &&
  row.birthDate.month === c.birth_month &&
  row.birthDate.day === c.birth_day;

/**
 * Whether a registry person of the same name is surely the row's: they share a phone or an email,
 * or the full birth date, or the birth year and the hometown province. A family phone shared by
 * siblings does not make them one: the name must be the same too.
 */
function evidenceOf(row: PersonInput, c: Candidate): RowMatch['evidence'] | null {
  if (c.name_key !== sortedNameKey(row.fullName)) return null;
  if (row.phones.some((p) => c.phones.includes(p)) || row.emails.some((e) => c.emails.includes(e))) return 'contact';
  if (sameBirthDay(row, c)) return 'nameBirth';
  const province = hometownOf(row).provinceCode;
  const sameYear = row.birthDate?.year !== undefined && row.birthDate.year === c.birth_year;
  return sameYear && province !== null && province === c.hometown_province_code ? 'nameBirth' : null;
}

/** Registry persons the user may change, by name key or by identity document (the row's number hashed). */
async function candidatesOf(ctx: PersonServiceContext, rows: readonly ValidRow[]) {
  const keys = [...new Set(rows.map((r) => sortedNameKey(r.person.fullName)))];
  const hashes = [
    ...new Set(rows.flatMap((r) => r.person.identityDocuments.map((d) => ctx.crypto.lookupHash(d.number)))),
  ];
  const visible = visibleRows(ctx.actor.user, 'person', 'p');
  const { rows: byName } = await sql<Candidate>`
    select p.id, p.name_key, p.birth_year, p.birth_month, p.birth_day, p.phones, p.emails, p.hometown_province_code
    from person p where p.name_key = any(${keys}::text[]) and p.deleted_at is null and ${visible}`.execute(ctx.db);
  const { rows: byDocument } = await sql<{ id: string; number_hash: string }>`
    select p.id, d.number_hash from person_identity_document d join person p on p.id = d.person_id
    where d.number_hash = any(${hashes}::text[]) and p.deleted_at is null and ${visible}`.execute(ctx.db);
  return { byName, byDocument };
}

/** The one person a row surely is, or null (none, or several: those are left to duplicate review). */
function surePerson(ctx: PersonServiceContext, row: ValidRow, found: Awaited<ReturnType<typeof candidatesOf>>) {
  const hashes = row.person.identityDocuments.map((d) => ctx.crypto.lookupHash(d.number));
  const byDocument = [...new Set(found.byDocument.filter((d) => hashes.includes(d.number_hash)).map((d) => d.id))];
  if (byDocument.length === 1) return { id: byDocument[0]!, evidence: 'document' as const };
  const sure = found.byName.flatMap((c) => {
    const evidence = evidenceOf(row.person, c);
    return evidence ? [{ id: c.id, evidence }] : [];
  });
  return sure.length === 1 ? sure[0]! : null;
}

/**
 * The dry run's matching: each row that surely is a registry person the user may change, with the
 * proposal — update when the row brings something (an empty field filled, a phone added), skip
 * when it brings nothing new.
 */
export async function matchRowsToRegistry(ctx: PersonServiceContext, rows: readonly ValidRow[]): Promise<RowMatch[]> {
  if (!rows.length) return [];
  const found = await candidatesOf(ctx, rows);
  const matched = rows.flatMap((row) => {
    const person = surePerson(ctx, row, found);
    return person ? [{ row, ...person }] : [];
  });
  const parts = new Map(
    (
      await loadManyPersonParts(
        ctx.db,
        matched.map((m) => m.id),
      )
    ).map((p) => [p.row.id, p]),
  );
  return matched.flatMap(({ row, id, evidence }) => {
    const stored = parts.get(id);
    if (!stored) return [];
    const { changes } = mergeRowInto(personInputOf(toPerson(stored, ctx.crypto, true)), row.person);
    return [
      { rowNumber: row.rowNumber, personId: id, evidence, proposed: changesSomething(changes, []) ? 'update' : 'skip' },
    ];
  });
}
