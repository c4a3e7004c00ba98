import type { PersonInput } from '../persons/personSchemas';
import { normalizeText } from '../text/normalizeText';
import { MERGE_FIELDS, type MergeField } from './duplicateSchemas';

/**
 * The lowest score a pair is merged at without review, in a batch (CiviCRM's "safe mode"): about
 * 256 to 1 that the records are one person, against 8 to 1 for being proposed (DUPLICATE_THRESHOLD).
 */
export const SURE_SCORE = 8;

// Where a record came from is the kept record's; these never make a conflict.
const BOOKKEEPING: readonly MergeField[] = ['sourceProvinceCode', 'sourceAgency', 'sourceAssociation', 'sourceDate'];

const valueText = (value: unknown) =>
  value === null || value === undefined ? '' : normalizeText(typeof value === 'string' ? value : JSON.stringify(value));

/**
 * What a merge without review would do with two records: the facts taken from the other (where the
 * kept one has none) and the facts both hold differently — a conflict, which a batch merge does not
 * decide: such pairs are left for review. The name differs in most duplicates and becomes an alias.
 */
export function safeMergePlan(kept: PersonInput, other: PersonInput) {
  const fromOther: MergeField[] = [];
  const conflicts: MergeField[] = [];
  for (const field of MERGE_FIELDS) {
    if (field === 'fullName' || BOOKKEEPING.includes(field)) continue;
    const [mine, theirs] = [valueText(kept[field]), valueText(other[field])];
    if (!theirs || mine === theirs) continue;
    if (!mine) fromOther.push(field);
    else conflicts.push(field);
  }
  return { fromOther, conflicts };
}
