import { describe, expect, it } from 'vitest';
import { matchExpert, rankExperts } from '../../../src/domain/experts/matchExperts';

const need = { fields: ['agriculture.aquaculture'], languages: ['en'], willingness: ['teach'] };
const expert = (name: string, fields: string[], languages: string[] = [], willingness: string[] = []) => ({
  name,
  fields,
  languages,
  willingness,
});

describe('matching experts to a need', () => {
  it('ranks the same speciality above its group, the group above a sibling speciality', () => {
    const ranked = rankExperts(need, [
      expert('Sibling', ['agriculture.crops']),
      expert('Exact', ['agriculture.aquaculture']),
      expert('Group', ['agriculture']),
    ]);
    expect(ranked.map((r) => r.expert.name)).toEqual(['Exact', 'Group', 'Sibling']);
  });

  it('adds points for each language and kind of help asked for', () => {
    const ranked = rankExperts(need, [
      expert('Fits only', ['agriculture.aquaculture']),
      expert('Speaks English', ['agriculture.aquaculture'], ['en']),
      expert('Teaches in English', ['agriculture.aquaculture'], ['en', 'fr'], ['teach', 'invest']),
    ]);
    expect(ranked.map((r) => [r.expert.name, r.score])).toEqual([
      ['Teaches in English', 18],
      ['Speaks English', 13],
      ['Fits only', 10],
    ]);
    expect(ranked[0]!.reasons).toEqual([
      { kind: 'field', need: 'agriculture.aquaculture', expert: 'agriculture.aquaculture', how: 'exact', points: 10 },
      { kind: 'language', value: 'en', points: 3 },
      { kind: 'willingness', value: 'teach', points: 5 },
    ]);
  });

  it('leaves out experts of other fields, whatever languages and help they offer', () => {
    expect(matchExpert(need, expert('Doctor', ['health.medicine'], ['en'], ['teach']))).toBeNull();
  });

  it('takes any speciality of a group asked for, and ties go by name', () => {
    const broad = { fields: ['it'], languages: [], willingness: [] };
    const ranked = rankExperts(broad, [expert('Vũ', ['it.software']), expert('An', ['it.data_ai'])]);
    expect(ranked.map((r) => [r.expert.name, r.reasons[0]])).toEqual([
      ['An', expect.objectContaining({ how: 'within', points: 8 })],
      ['Vũ', expect.objectContaining({ how: 'within', points: 8 })],
    ]);
  });

  it("counts each field asked for by the best of the expert's fields", () => {
    const twoFields = { fields: ['agriculture.aquaculture', 'environment.water'], languages: [], willingness: [] };
    const match = matchExpert(twoFields, expert('Both', ['agriculture', 'environment.water', 'environment.climate']));
    // A speciality asked for, the expert in its whole group (broader: 6), and the other exactly (10).
    expect(match?.score).toBe(6 + 10);
  });
});
