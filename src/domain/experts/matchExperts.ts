import { fieldGroup } from './expertFields';

/** What a local need asks for (nhu cầu của địa phương). */
export interface NeedCriteria {
  fields: readonly string[];
  languages: readonly string[];
  willingness: readonly string[];
}

/** What an expert's profile offers. */
export interface ExpertOffer {
  fields: readonly string[];
  languages: readonly string[];
  willingness: readonly string[];
}

export type MatchReason =
  | { kind: 'field'; need: string; expert: string; how: FieldFit; points: number }
  | { kind: 'language' | 'willingness'; value: string; points: number };

/**
 * How well one of the expert's fields fits one the need asks for: the same field; a speciality of
 * the group asked for; the group of the speciality asked for; another speciality of the same group.
 */
export type FieldFit = 'exact' | 'within' | 'broader' | 'related';

const FIELD_POINTS: Readonly<Record<FieldFit, number>> = { exact: 10, within: 8, broader: 6, related: 3 };
const LANGUAGE_POINTS = 3;
const WILLINGNESS_POINTS = 5;

function fieldFit(need: string, expert: string): FieldFit | null {
  if (need === expert) return 'exact';
  if (fieldGroup(need) !== fieldGroup(expert)) return null;
  if (!need.includes('.')) return 'within';
  if (!expert.includes('.')) return 'broader';
  return 'related';
}

/** For one field asked for, the expert's best-fitting field. */
function bestFieldReason(need: string, expertFields: readonly string[]): MatchReason | null {
  let best: MatchReason | null = null;
  for (const expert of expertFields) {
    const how = fieldFit(need, expert);
    if (how && (!best || FIELD_POINTS[how] > best.points))
      best = { kind: 'field', need, expert, how, points: FIELD_POINTS[how] };
  }
  return best;
}

/**
 * An expert's fit for a need, with the reasons: points for each field asked for (by how close the
 * expert's best field is), each language asked for that the expert works in, and each kind of
 * help asked for that the expert offers. Null when no field fits: language and willingness alone
 * do not make an expert in the field.
 */
export function matchExpert(need: NeedCriteria, expert: ExpertOffer): { score: number; reasons: MatchReason[] } | null {
  const fieldReasons = need.fields.flatMap((f) => bestFieldReason(f, expert.fields) ?? []);
  if (!fieldReasons.length) return null;
  const reasons: MatchReason[] = [
    ...fieldReasons,
    ...need.languages
      .filter((l) => expert.languages.includes(l))
      .map((value) => ({ kind: 'language' as const, value, points: LANGUAGE_POINTS })),
    ...need.willingness
      .filter((w) => expert.willingness.includes(w))
      .map((value) => ({ kind: 'willingness' as const, value, points: WILLINGNESS_POINTS })),
  ];
  return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

/** Experts ranked for a need: best fit first, then by name; those with no fitting field left out. */
export function rankExperts<E extends ExpertOffer & { name: string }>(need: NeedCriteria, experts: readonly E[]) {
  return experts
    .flatMap((expert) => {
      const match = matchExpert(need, expert);
      return match ? [{ expert, ...match }] : [];
    })
    .sort((a, b) => b.score - a.score || a.expert.name.localeCompare(b.expert.name, 'vi'));
}
