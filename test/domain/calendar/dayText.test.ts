import { describe, expect, it } from 'vitest';
import { dayText, vietnamDayText } from '../../../src/domain/calendar/dayText';

describe('days as Vietnamese write them', () => {
  it('writes a day DD/MM/YYYY', () => {
    expect(dayText('2025-10-30')).toBe('30/10/2025');
  });

  it('writes an instant as its day in Vietnam (UTC+7), not in UTC', () => {
    expect(vietnamDayText('2026-12-06T19:30:00.000Z')).toBe('07/12/2026');
    expect(vietnamDayText('2026-12-06T16:59:59.000Z')).toBe('06/12/2026');
  });
});
