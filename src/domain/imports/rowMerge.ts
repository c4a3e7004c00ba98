import type { PersonInput } from '../persons/personSchemas';
import { normalizeText } from '../text/normalizeText';

/** The fields an import may bring to a person it updates: one value each. */
export const MERGED_SCALARS = [
  'sex',
  'birthDate',
  'residenceCountry',
  'residenceCity',
  'addressAbroad',
  'hometownText',
  'educationLevel',
  'occupation',
  'notes',
] as const;
/** Fields that hold lists: an import adds what the person has not got. */
export const MERGED_LISTS = [
  'aliases',
  'nationalities',
  'phones',
  'emails',
  'expertise',
  'categories',
  'identityDocuments',
  'relatives',
] as const;

export type MergedScalar = (typeof MERGED_SCALARS)[number];

/** The names that are single-valued fields (stored choices are text). */
export const scalarFields = (names: readonly string[]): MergedScalar[] =>
  names.flatMap((name) => MERGED_SCALARS.find((field) => field === name) ?? []);
export type MergedList = (typeof MERGED_LISTS)[number];

/** What a row changes in the person: a value where there was none, items added, or a value that differs. */
export interface RowChange {
  field: MergedScalar | MergedList;
  kind: 'fill' | 'add' | 'conflict';
  from: string;
  to: string;
}

const shown = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

// How two items of a list are the same item: a relative by name, a document by its number, an alias by name.
function itemKey(field: MergedList, item: unknown): string {
  if (typeof item === 'string') return normalizeText(item);
  if (typeof item !== 'object' || item === null) return shown(item);
  if ('number' in item) return normalizeText(String(item.number)).replace(/\s/g, '');
  if ('fullName' in item) return normalizeText(String(item.fullName));
  if ('name' in item) return normalizeText(String(item.name));
  return `${field}:${shown(item)}`;
}

function mergeList<T>(field: MergedList, stored: readonly T[], row: readonly T[]) {
  const keys = new Set(stored.map((item) => itemKey(field, item)));
  const added = row.filter((item) => !keys.has(itemKey(field, item)));
  return { merged: [...stored, ...added], added };
}

/** Each list of the row beside the person's: what it adds. */
function mergedLists(stored: PersonInput, row: PersonInput) {
  return {
    aliases: mergeList('aliases', stored.aliases, row.aliases),
    nationalities: mergeList('nationalities', stored.nationalities, row.nationalities),
    phones: mergeList('phones', stored.phones, row.phones),
    emails: mergeList('emails', stored.emails, row.emails),
    expertise: mergeList('expertise', stored.expertise, row.expertise),
    categories: mergeList('categories', stored.categories, row.categories),
    identityDocuments: mergeList('identityDocuments', stored.identityDocuments, row.identityDocuments),
    relatives: mergeList('relatives', stored.relatives, row.relatives),
  };
}

/**
 * A stored person with an imported row brought in: empty fields filled, list items added, and the
 * `overwrite` fields taken from the row where it has a value. A value that differs and is not
 * overwritten is reported as a conflict (and left as it was), for the officer to choose.
 */
export function mergeRowInto(
  stored: PersonInput,
  row: PersonInput,
  overwrite: readonly string[] = [],
): { input: PersonInput; changes: RowChange[] } {
  const input: PersonInput = { ...stored };
  const changes: RowChange[] = [];
  for (const field of MERGED_SCALARS) {
    const [was, comes] = [stored[field], row[field]];
    if (isEmpty(comes) || shown(was) === shown(comes)) continue;
    const kind = isEmpty(was) ? 'fill' : 'conflict';
    if (kind === 'fill' || overwrite.includes(field)) Object.assign(input, { [field]: comes });
    changes.push({ field, kind, from: shown(was), to: shown(comes) });
  }
  const lists = mergedLists(stored, row);
  for (const field of MERGED_LISTS) {
    const { merged, added } = lists[field];
    if (!added.length) continue;
    Object.assign(input, { [field]: merged });
    changes.push({ field, kind: 'add', from: '', to: added.map(shown).join('; ') });
  }
  return { input, changes };
}

/** Whether the merge writes anything: a conflict not overwritten leaves the person as it was. */
export const changesSomething = (changes: readonly RowChange[], overwrite: readonly string[]) =>
  changes.some((c) => c.kind !== 'conflict' || overwrite.includes(c.field));
