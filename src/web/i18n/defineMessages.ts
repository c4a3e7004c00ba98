/** A feature's UI text: Vietnamese, and English with exactly the same keys (the type checks it). */
export function defineMessages<const Vi extends Record<string, string>>(vi: Vi, en: Record<keyof Vi, string>) {
  return { vi, en };
}
