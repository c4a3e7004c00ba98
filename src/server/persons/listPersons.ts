import { CompiledQuery, sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema';
import type { PersonSummary } from '../../domain/persons/personSchemas';
import type { ConsentPurpose, ConsentState } from '../../domain/consent/consentPurposes';
import { consentStateOf } from '../consent/consentConditions';
import { birthDateOf } from './personRecord';
import { presentRow } from '../records/presentRow';

type NameMatching = 'words' | (typeof NAME_TIERS)[number]['matching'];

/** The person list's filters after names were resolved to codes and search text to its forms. */
export interface PersonFilters {
  /** Province the user is limited to (hometown or source), null for all. */
  scope: string | null;
  /** A commune's or a mission's user: the rows of their unit (the access policy's condition on `p`). */
  unit?: Expression<SqlBool>;
  /**
   * The searched name: its words, their sorted key, and for each word the real name words one
   * typo away from it (empty when there are none). `matching` picks which names match (nameMatch).
   */
  name?: { words: string[]; key: string; typos: string[][]; matching: NameMatching };
  phone?: string;
  documentHash?: string;
  country?: string;
  provinceCode?: string;
  legacyProvinceCode?: string;
  communeCode?: string;
  category?: string;
  sex?: string;
  birthYearFrom?: number;
  birthYearTo?: number;
  expertise?: string;
  sourceProvinceCode?: string;
  consent?: { purpose: ConsentPurpose; state: ConsentState };
  deleted: 'exclude' | 'only';
}

export interface PersonPageRequest {
  sort: 'name' | 'updated';
  limit: number;
  cursor?: { tier: number; value: string; id: string };
}

// Counting stops here; beyond it the planner's estimate is shown (a long list does not need an exact
// total, and counting 10,000 rows cost 40 ms at a million persons).
export const EXACT_COUNT_LIMIT = 1_000;

/**
 * Ranking tiers of a name search, best first: 3 the same words in any order; 2 all searched words,
 * the name beginning with the first of them (the family name, as people type it); 1 all searched
 * words otherwise (a longer name, an alias); 0 a word matched through a one-letter typo. Each tier
 * is its own keyset query in the list's sort order, so no query sorts every match of a common word;
 * tier 2 keeps a family name's names together, which the name order index holds in one run
 * (person_first_word_order): "Trần" alone would otherwise walk the names from A to T.
 */
export const NAME_TIERS = [
  { tier: 3, matching: 'sameName' },
  { tier: 2, matching: 'firstWord' },
  { tier: 1, matching: 'otherWords' },
  { tier: 0, matching: 'typos' },
] as const;

/**
 * The near-spelling tier is drawn from at most this many matches after the cursor, in no order,
 * then ranked: a page of typos never sorts, or walks to, every near spelling of a common word.
 */
export const TYPO_CANDIDATES = 2_000;

/** A cursor just before the first row of a tier, for a page that ended exactly with the previous tier. */
export function startOfTier(tier: number, sort: PersonPageRequest['sort']): NonNullable<PersonPageRequest['cursor']> {
  return { tier, value: sort === 'name' ? '' : 'infinity', id: '00000000-0000-0000-0000-000000000000' };
}

/**
 * 'words': every searched word among the name's words, in any order; of those, 'sameName' the ones
 * with no other word, 'firstWord' the others whose name begins with the first searched word,
 * 'otherWords' the rest. 'typos': not 'words', but all but one of them, and for that one a word
 * one typo away ("Bichh" finds "Bích", "An" finds "Anh"; "Nguyễn Văn An" does not find every
 * "Nguyễn Văn …": the other words must still be there).
 */
function nameMatch({ words, key, typos, matching }: NonNullable<PersonFilters['name']>): Expression<SqlBool> {
  const hasWords = sql<SqlBool>`p.name_words @> ${words}::text[]`;
  if (matching === 'words') return hasWords;
  if (matching === 'sameName') return sql<SqlBool>`(p.name_key = ${key} and ${hasWords})`;
  const otherName = sql<SqlBool>`(${hasWords} and p.name_key is distinct from ${key})`;
  if (matching === 'firstWord') return sql<SqlBool>`(${otherName} and p.name_words[1] = ${words[0]})`;
  if (matching === 'otherWords') return sql<SqlBool>`(${otherName} and p.name_words[1] is distinct from ${words[0]})`;
  const alternatives = typos.flatMap((variants, i) => {
    const others = words.filter((_, j) => j !== i);
    const spellings = variants.filter((v) => !others.includes(v));
    return spellings.length
      ? [sql<SqlBool>`(p.name_words @> ${others}::text[] and p.name_words && ${spellings}::text[])`]
      : [];
  });
  if (!alternatives.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`((${sql.join(alternatives, sql` or `)}) and not ${hasWords})`;
}

/**
 * A category is one of eight and the common ones cover most records ("định cư": 60%): walking its
 * index costs more than it saves when a narrower filter is there, so then it is only checked on the
 * rows found (written so the planner cannot use the index); alone, it uses the index.
 */
function categoryMatch(filters: PersonFilters, forCounting: boolean): Expression<SqlBool> {
  const narrower =
    filters.name ||
    filters.phone ||
    filters.documentHash ||
    filters.provinceCode ||
    filters.communeCode ||
    filters.country;
  // Counting has no order to keep: there the planner, which estimates the indexable form well
  // (element statistics), decides for itself.
  return narrower && !forCounting
    ? sql<SqlBool>`array_position(p.categories, ${filters.category}) is not null`
    : sql<SqlBool>`p.categories @> array[${filters.category}]::text[]`;
}

function whereClauses(filters: PersonFilters, forCounting = false): Expression<SqlBool>[] {
  const clauses: Expression<SqlBool>[] = [];
  const add = (clause: Expression<SqlBool>) => clauses.push(clause);
  if (filters.scope)
    add(sql`(p.hometown_province_code = ${filters.scope} or p.source_province_code = ${filters.scope})`);
  if (filters.unit) add(filters.unit);
  add(filters.deleted === 'only' ? sql`p.deleted_at is not null` : sql`p.deleted_at is null`);
  if (filters.name) add(nameMatch(filters.name));
  if (filters.phone) add(sql`p.phones @> array[${filters.phone}]::text[]`);
  if (filters.documentHash) {
    add(
      sql`exists (select 1 from person_identity_document d where d.person_id = p.id and d.number_hash = ${filters.documentHash})`,
    );
  }
  if (filters.country) add(sql`p.residence_country = ${filters.country}`);
  if (filters.provinceCode) add(sql`p.hometown_province_code = ${filters.provinceCode}`);
  if (filters.legacyProvinceCode) add(sql`p.hometown_legacy_province_code = ${filters.legacyProvinceCode}`);
  if (filters.communeCode) add(sql`p.hometown_commune_code = ${filters.communeCode}`);
  if (filters.category) add(categoryMatch(filters, forCounting));
  if (filters.sex) add(sql`p.sex = ${filters.sex}`);
  if (filters.birthYearFrom) add(sql`p.birth_year >= ${filters.birthYearFrom}`);
  if (filters.birthYearTo) add(sql`p.birth_year <= ${filters.birthYearTo}`);
  if (filters.expertise) add(sql`p.expertise_search @> array[${filters.expertise}]::text[]`);
  if (filters.sourceProvinceCode) add(sql`p.source_province_code = ${filters.sourceProvinceCode}`);
  if (filters.consent) add(sql`${consentStateOf(filters.consent.purpose, 'p.id')} = ${filters.consent.state}`);
  return clauses;
}

function filtered(db: Kysely<DB>, filters: PersonFilters, forCounting = false) {
  return db.selectFrom('person as p').where((eb) => eb.and(whereClauses(filters, forCounting)));
}

/** One page of persons in the sort order, keyset-paged; `tier` is the name tier the filters pick. */
export async function selectPersonPage(db: Kysely<DB>, filters: PersonFilters, page: PersonPageRequest, tier = 0) {
  const rows = await personPageQuery(db, filters, page).execute();
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  const nextCursor = rows.length > page.limit && last ? { tier, value: last.sort_value, id: last.id } : null;
  return { items: pageRows.map(toSummary), nextCursor };
}

/** Whether any person matches (a probe that stops at the first row). */
export async function anyPersonMatches(db: Kysely<DB>, filters: PersonFilters): Promise<boolean> {
  return (await filtered(db, filters).select('p.id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * The query of one page (limit + 1 rows, to tell whether another page follows). The page's ids are
 * found first, from the filter columns the list indexes carry (an index-only scan: no table row is
 * read for the thousands of index entries a rare combination of filters passes over); only the
 * page's own rows are then read whole.
 */
export function personPageQuery(db: Kysely<DB>, filters: PersonFilters, page: PersonPageRequest) {
  // Sorted by name ascending or by last change descending; the cursor keeps the sort value as text
  // (a timestamp's microseconds survive, which a JavaScript Date would drop).
  const sortColumn = page.sort === 'name' ? sql<string>`p.name_search` : sql<string>`p.updated_at`;
  const direction = page.sort === 'name' ? 'asc' : 'desc';
  let matches = filtered(db, filters).select(['p.id', sortColumn.as('sort_key')]);
  if (page.cursor) {
    const { value, id } = page.cursor;
    const cursorValue = page.sort === 'name' ? sql`${value}` : sql`${value}::timestamptz`;
    const beyond = sql.raw(page.sort === 'name' ? '>' : '<');
    matches = matches.where(
      sql<SqlBool>`(${sortColumn} ${beyond} ${cursorValue} or (${sortColumn} = ${cursorValue} and p.id > ${id}::uuid))`,
    );
  }
  // Near spellings of a common word can be a large part of the registry, and the name order walks
  // far to find them (the family name's place in the alphabet): they are ranked within a bounded set.
  const pageIds =
    filters.name?.matching === 'typos'
      ? db
          .selectFrom(matches.limit(TYPO_CANDIDATES).as('c'))
          .select(['c.id', 'c.sort_key'])
          .orderBy('c.sort_key', direction)
          .orderBy('c.id')
          .limit(page.limit + 1)
      : matches
          .orderBy(sortColumn, direction)
          .orderBy('p.id')
          .limit(page.limit + 1);
  const sortValue = page.sort === 'name' ? sql<string>`m.sort_key` : sql<string>`m.sort_key::text`;
  return db
    .selectFrom(pageIds.as('m'))
    .innerJoin('person as p', 'p.id', 'm.id')
    .select([...summaryColumns, sortValue.as('sort_value')])
    .orderBy('m.sort_key', direction)
    .orderBy('m.id');
}

const summaryColumns = [
  'p.id',
  'p.full_name',
  'p.aliases',
  'p.sex',
  'p.birth_year',
  'p.birth_month',
  'p.birth_day',
  'p.residence_country',
  'p.residence_city',
  'p.hometown_province_code',
  'p.categories',
  'p.source_province_code',
  'p.updated_at',
] as const;

function toSummary(row: {
  id: string;
  full_name: string;
  aliases: { name: string }[];
  sex: string | null;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  residence_country: string | null;
  residence_city: string | null;
  hometown_province_code: string | null;
  categories: string[];
  source_province_code: string | null;
  updated_at: Date;
}): PersonSummary {
  return {
    id: row.id,
    fullName: row.full_name,
    aliases: row.aliases.map((a) => a.name),
    sex: row.sex as PersonSummary['sex'],
    birthDate: birthDateOf(row),
    ...presentRow(row, ['residence_country', 'residence_city', 'hometown_province_code']),
    categories: row.categories as PersonSummary['categories'],
    sourceProvinceCode: row.source_province_code,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function boundedCountQuery(db: Kysely<DB>, filters: PersonFilters) {
  const bounded = filtered(db, filters, true)
    .select(sql`1`.as('one'))
    .limit(EXACT_COUNT_LIMIT + 1);
  return db.selectFrom(bounded.as('t')).select((eb) => eb.fn.countAll<number>().as('n'));
}

/** The planner's estimate of the matching rows (a plan, not a scan: about a millisecond). */
async function estimateCount(db: Kysely<DB>, filters: PersonFilters): Promise<number> {
  const compiled = filtered(db, filters, true)
    .select(sql`1`.as('one'))
    .compile();
  const plan = await db.executeQuery<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]),
  );
  return Math.round(plan.rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
}

/**
 * The number of matching persons: exact up to EXACT_COUNT_LIMIT, the planner's estimate above. A set
 * the planner expects to be larger is not counted at all: counting reads every row of it (70 ms for
 * 2,000 rows at a million persons), while its estimates were within 10% on the benchmark's filters.
 * Where the planner expected fewer and was wrong (statistics out of date) the larger of the two is
 * shown as an estimate: counting on would read every match, however many.
 */
export async function countPersons(
  db: Kysely<DB>,
  filters: PersonFilters,
): Promise<{ total: number; isEstimate: boolean }> {
  const estimate = await estimateCount(db, filters);
  if (estimate > EXACT_COUNT_LIMIT) return { total: estimate, isEstimate: true };
  const { n } = await boundedCountQuery(db, filters).executeTakeFirstOrThrow();
  if (n <= EXACT_COUNT_LIMIT) return { total: n, isEstimate: false };
  return { total: Math.max(estimate, n), isEstimate: true };
}
