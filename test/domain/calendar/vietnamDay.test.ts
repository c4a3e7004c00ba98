import { describe, expect, it } from 'vitest';
import { vietnamDay } from '../../../src/domain/calendar/vietnamDay';
import { placeAndDate } from '../../../src/domain/plans/annualReport';

describe('vietnamDay', () => {
  it('is the day in Vietnam (UTC+7), which starts seven hours before the UTC day', () => {
    expect(vietnamDay(new Date('2025-10-30T16:59:59Z'))).toBe('2025-10-30');
    expect(vietnamDay(new Date('2025-10-30T17:00:00Z'))).toBe('2025-10-31');
    expect(vietnamDay(new Date('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
  });

  it('dates a document as Decree 30 writes it', () => {
    expect(placeAndDate('Cần Thơ', '2026-01-05')).toBe('Cần Thơ, ngày 05 tháng 01 năm 2026');
  });
});
