/** The time every test app starts at: 10:00 on 1 December 2026 in Vietnam (03:00 UTC). */
export const TEST_NOW = new Date('2026-12-01T03:00:00.000Z');

/** A clock for tests: it stands still at `start` and moves only when told, so no result depends on today. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
  set(instant: Date): void;
}

export function testClock(start: Date = TEST_NOW): TestClock {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance: (ms) => {
      at += ms;
    },
    set: (instant) => {
      at = instant.getTime();
    },
  };
}
