/**
 * A date that may be known only to the year or the month (năm sinh, tháng/năm sinh): stored as its
 * parts, never padded with an invented 1 January.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export type PartialDateProblem = 'dateFormat' | 'dateInvalid' | 'dateInFuture' | 'dateTooOld';

const MIN_YEAR = 1900;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a partial date is impossible, or null when it is fine. `today` is injectable for tests. */
export function checkPartialDate(date: PartialDate, today = new Date()): PartialDateProblem | null {
  const { year, month, day } = date;
  if (day !== undefined && month === undefined) return 'dateInvalid';
  if (month !== undefined && (month < 1 || month > 12)) return 'dateInvalid';
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) return 'dateInvalid';
  if (year < MIN_YEAR) return 'dateTooOld';
  const todayParts = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()];
  const parts = [year, month ?? 0, day ?? 0];
  for (let i = 0; i < 3; i++) {
    if ((parts[i] ?? 0) !== (todayParts[i] ?? 0)) return (parts[i] ?? 0) > (todayParts[i] ?? 0) ? 'dateInFuture' : null;
  }
  return null;
}

/**
 * Reads the forms people write: "1985", "3/1985", "03-1985", "31/3/1985", "31.03.1985", "1985-03-31".
 * Day first, as in Vietnam. Returns the problem instead when the text is not a possible date.
 */
export function parsePartialDate(text: string, today = new Date()): PartialDate | PartialDateProblem {
  const value = text.trim();
  let date: PartialDate | null = null;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(value))) date = { year: Number(match[1]) };
  else if ((match = /^(\d{1,2})[/.-](\d{4})$/.exec(value))) date = { year: Number(match[2]), month: Number(match[1]) };
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value)))
    date = { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)))
    date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!date) return 'dateFormat';
  return checkPartialDate(date, today) ?? date;
}

/** "31/03/1985", "03/1985" or "1985". */
export function formatPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${pad(date.month)}/${date.year}`;
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`;
}
