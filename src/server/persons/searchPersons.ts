import { z } from 'zod';
import type { PersonListQuery } from '../../domain/persons/listQuery';
import { nameWords, sortedNameKey } from '../../domain/persons/personName';
import { toE164 } from '../../domain/persons/phone';
import { resolveCountry } from '../../domain/reference/countries';
import { resolveProvince } from '../../domain/reference/resolveProvince';
import { normalizeText } from '../../domain/text/normalizeText';
import { fieldError } from '../http/validationError';
import { typoSpellings } from './nameVocabulary';
import {
  anyPersonMatches,
  countPersons,
  NAME_TIERS,
  selectPersonPage,
  startOfTier,
  type PersonFilters,
  type PersonPageRequest,
} from './listPersons';
import type { PersonSummary } from '../../domain/persons/personSchemas';
import { readerOf, type PersonServiceContext } from '../serviceContext';
import { listProvince, visibleRows } from '../access/policy';
import { unitOfRole } from '../../domain/auth/roles';

// What encodeCursor writes: a name tier (NAME_TIERS), the sort value as text, the last id. Anything else a client
// sends is refused here, not by the database (a non-uuid id, a month 13, a tier of 1e308).
const cursorSchema = z.tuple([
  z.number().int().min(0).max(NAME_TIERS[0].tier),
  z
    .string()
    .max(1000)
    .refine((value) => !value.includes('\u0000')),
  z.uuid(),
]);
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** A timestamp as PostgreSQL writes timestamptz as text, with a real date and time, or 'infinity'. */
function isTimestampText(text: string): boolean {
  if (text === 'infinity') return true;
  const parts = TIMESTAMP.exec(text)?.slice(1, 7).map(Number);
  if (!parts) return false;
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return (
    year >= 1 &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

function decodeCursor(cursor: string | undefined, sort: PersonPageRequest['sort']): PersonPageRequest['cursor'] {
  if (!cursor) return undefined;
  const invalid = () => fieldError('cursor', 'cursorInvalid');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const parsed = cursorSchema.safeParse(decoded);
  if (!parsed.success) throw invalid();
  const [tier, value, id] = parsed.data;
  if (sort === 'updated' && !isTimestampText(value)) throw invalid();
  return { tier, value, id };
}

function encodeCursor(cursor: NonNullable<PersonPageRequest['cursor']>): string {
  return Buffer.from(JSON.stringify([cursor.tier, cursor.value, cursor.id])).toString('base64url');
}

/** Turns the query's free text (names of countries and provinces, a phone, a passport number) into filters. */
export async function resolveFilters(ctx: PersonServiceContext, query: PersonListQuery): Promise<PersonFilters> {
  const filters: PersonFilters = { scope: null, deleted: query.deleted };
  const words = nameWords(query.q ?? '');
  if (words.length) {
    const typos = await typoSpellings(readerOf(ctx), words);
    filters.name = { words, key: sortedNameKey(query.q ?? ''), typos, matching: 'words' };
  }
  if (query.phone) filters.phone = toE164(query.phone) ?? query.phone.replace(/\s+/g, '');
  if (query.document) filters.documentHash = ctx.crypto.lookupHash(query.document);
  if (query.country) {
    const country = resolveCountry(query.country);
    if (!country.ok) throw fieldError('country', 'unknownCountry');
    filters.country = country.country.code;
  }
  if (query.province) {
    const province = resolveProvince(query.province);
    if (!province.ok) throw fieldError('province', 'unknownProvince');
    // A legacy name ("Sóc Trăng") narrows to that former province; a 2025 name takes all of it.
    if (province.via === 'legacy' && province.legacyCode) filters.legacyProvinceCode = province.legacyCode;
    else filters.provinceCode = province.province.code;
  }
  filters.communeCode = query.commune;
  if (query.sourceProvince) {
    const province = resolveProvince(query.sourceProvince);
    if (!province.ok) throw fieldError('sourceProvince', 'unknownProvince');
    filters.sourceProvinceCode = province.province.code;
  }
  filters.category = query.category;
  filters.sex = query.sex;
  filters.birthYearFrom = query.birthYearFrom;
  filters.birthYearTo = query.birthYearTo;
  if (query.consent) filters.consent = { purpose: query.consent, state: query.consentState ?? 'given' };
  if (query.expertise) filters.expertise = normalizeText(query.expertise);
  filters.scope = listProvince(ctx.actor.user, null);
  if (unitOfRole(ctx.actor.user.role)) filters.unit = visibleRows(ctx.actor.user, 'person', 'p');
  return filters;
}

export async function searchPersons(ctx: PersonServiceContext, query: PersonListQuery) {
  return personPage(ctx, await resolveFilters(ctx, query), query, { withTotal: true });
}

/**
 * One page for filters already resolved. Without `withTotal` a filtered list is not counted (an
 * export reads every page anyway).
 */
export async function personPage(
  ctx: PersonServiceContext,
  filters: PersonFilters,
  page: Pick<PersonListQuery, 'sort' | 'limit' | 'cursor'>,
  options: { withTotal: boolean },
) {
  const request = { sort: page.sort, limit: page.limit, cursor: decodeCursor(page.cursor, page.sort) };
  const { items, nextCursor, count } = filters.name
    ? await searchByName(ctx, filters, request)
    : await listFiltered(ctx, filters, request, options.withTotal);
  return {
    items,
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
    total: count?.total ?? null,
    totalIsEstimate: count?.isEstimate ?? false,
  };
}

type Count = { total: number; isEstimate: boolean } | null;

async function listFiltered(
  ctx: PersonServiceContext,
  filters: PersonFilters,
  request: PersonPageRequest,
  withTotal: boolean,
) {
  const page = await selectPersonPage(readerOf(ctx), filters, request);
  if (request.cursor || !withTotal) return { ...page, count: null };
  // A first page without a next one holds every match: that is the total, no need to count again.
  const count: Count = page.nextCursor
    ? await countPersons(readerOf(ctx), filters)
    : { total: page.items.length, isEstimate: false };
  return { ...page, count };
}

type Cursor = NonNullable<PersonPageRequest['cursor']>;

/**
 * Names with the same words come first, then names with every searched word, then names with one
 * word one typo away (NAME_TIERS), each tier in the list's order; a tier is read only once the
 * ones before it are exhausted — for a common name ("Nguyễn Văn Anh") the typo alternatives cost
 * several times the exact search, and one common word ("Nguyễn") matches a fifth of the registry,
 * which no page may sort.
 */
async function searchByName(ctx: PersonServiceContext, filters: PersonFilters, request: PersonPageRequest) {
  const name = filters.name!;
  const items: PersonSummary[] = [];
  let nextCursor: Cursor | null = null;
  for (const { tier, matching } of NAME_TIERS) {
    if (request.cursor && tier > request.cursor.tier) continue;
    const tierFilters = { ...filters, name: { ...name, matching } };
    const room = request.limit - items.length;
    if (room === 0) {
      if (!(await anyPersonMatches(readerOf(ctx), tierFilters))) continue;
      nextCursor = startOfTier(tier, request.sort);
      break;
    }
    const cursor = request.cursor?.tier === tier ? request.cursor : undefined;
    const page = await selectPersonPage(readerOf(ctx), tierFilters, { ...request, limit: room, cursor }, tier);
    items.push(...page.items);
    nextCursor = page.nextCursor;
    if (nextCursor) break;
  }
  const count = request.cursor ? null : await nameMatchCount(ctx, filters, items.length, nextCursor);
  return { items, nextCursor, count };
}

/**
 * The first page's total: the names with every word, and the typo matches too when the page already
 * reached them (then every name with every word is on the page).
 */
async function nameMatchCount(
  ctx: PersonServiceContext,
  filters: PersonFilters,
  shown: number,
  nextCursor: Cursor | null,
): Promise<Count> {
  if (!nextCursor) return { total: shown, isEstimate: false };
  const name = filters.name!;
  const typoTier = NAME_TIERS.at(-1)!;
  const withAllWords = await countPersons(readerOf(ctx), { ...filters, name: { ...name, matching: 'words' } });
  if (nextCursor.tier !== typoTier.tier) return withAllWords;
  const typos = await countPersons(readerOf(ctx), { ...filters, name: { ...name, matching: typoTier.matching } });
  return { total: withAllWords.total + typos.total, isEstimate: withAllWords.isEstimate || typos.isEstimate };
}
