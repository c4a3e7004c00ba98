// Vietnam keeps UTC+7 all year (no daylight saving), so its calendar day is the UTC day of the
// instant moved seven hours on, whatever the server's own time zone.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar day in Vietnam (yyyy-mm-dd) of an instant. Due dates, overdue tasks, late reports
 * and the dates of documents are Vietnamese days: from 00:00 to 07:00 in Vietnam the UTC day is
 * still the day before. Services pass their clock's time (ctx.now()), never the system's.
 */
export function vietnamDay(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The year it is in Vietnam at `instant`. */
export const vietnamYear = (instant: Date) => Number(vietnamDay(instant).slice(0, 4));
