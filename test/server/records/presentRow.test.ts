import { describe, expect, expectTypeOf, it } from 'vitest';
import { presentRow } from '../../../src/server/records/presentRow';

describe('presentRow', () => {
  const row = {
    id: 7,
    full_name: 'Nguyễn Thị Lan',
    hometown_province_code: '92',
    created_at: new Date('2026-12-01T03:00:00Z'),
    deleted_at: null as Date | null,
    password_hash: 'never shown',
  };

  it('names the columns asked for as the API does, timestamps as ISO text, nothing else', () => {
    const presented = presentRow(row, ['id', 'full_name', 'hometown_province_code', 'created_at', 'deleted_at']);
    expect(presented).toEqual({
      id: 7,
      fullName: 'Nguyễn Thị Lan',
      hometownProvinceCode: '92',
      createdAt: '2026-12-01T03:00:00.000Z',
      deletedAt: null,
    });
    expectTypeOf(presented).toEqualTypeOf<{
      id: number;
      fullName: string;
      hometownProvinceCode: string;
      createdAt: string;
      deletedAt: string | null;
    }>();
  });
});
