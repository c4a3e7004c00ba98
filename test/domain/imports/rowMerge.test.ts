import { describe, expect, it } from 'vitest';
import { changesSomething, mergeRowInto } from '../../../src/domain/imports/rowMerge';
import { personInputSchema } from '../../../src/domain/persons/personSchemas';

const stored = personInputSchema.parse({
  fullName: 'Đinh Văn Khiêm',
  birthDate: { year: 1970, month: 5, day: 12 },
  residenceCountry: 'DE',
  residenceCity: 'Berlin',
  phones: ['+4915123456701'],
  relatives: [{ fullName: 'Đinh Văn Tám', relationship: 'cha' }],
});

describe('mergeRowInto', () => {
  it('fills empty fields and adds list items, and says what it changed', () => {
    const row = personInputSchema.parse({
      fullName: 'Đinh Văn Khiêm',
      occupation: 'Kỹ sư',
      phones: ['+4915123456701', '+84912345678'],
      relatives: [
        { fullName: 'ĐINH VĂN TÁM', relationship: 'cha' },
        { fullName: 'Lê Thị Chín', relationship: 'mẹ' },
      ],
    });
    const { input, changes } = mergeRowInto(stored, row);
    expect(input).toMatchObject({
      occupation: 'Kỹ sư',
      residenceCity: 'Berlin',
      phones: ['+4915123456701', '+84912345678'],
    });
    expect(input.relatives.map((r) => r.fullName)).toEqual(['Đinh Văn Tám', 'Lê Thị Chín']);
    expect(changes).toEqual([
      { field: 'occupation', kind: 'fill', from: '', to: 'Kỹ sư' },
      { field: 'phones', kind: 'add', from: '', to: '+84912345678' },
      expect.objectContaining({ field: 'relatives', kind: 'add' }),
    ]);
    expect(changesSomething(changes, [])).toBe(true);
  });

  it('keeps a value that differs unless told to overwrite it, and reports it as a conflict', () => {
    const row = personInputSchema.parse({ fullName: 'Đinh Văn Khiêm', residenceCity: 'Leipzig' });
    const kept = mergeRowInto(stored, row);
    expect(kept.input.residenceCity).toBe('Berlin');
    expect(kept.changes).toEqual([{ field: 'residenceCity', kind: 'conflict', from: 'Berlin', to: 'Leipzig' }]);
    expect(changesSomething(kept.changes, [])).toBe(false);
    const overwritten = mergeRowInto(stored, row, ['residenceCity']);
    expect(overwritten.input.residenceCity).toBe('Leipzig');
    expect(changesSomething(overwritten.changes, ['residenceCity'])).toBe(true);
  });

  it('changes nothing for a row that holds nothing new', () => {
    const row = personInputSchema.parse({ fullName: 'Đinh Văn Khiêm', birthDate: { year: 1970, month: 5, day: 12 } });
    expect(mergeRowInto(stored, row).changes).toEqual([]);
  });
});
