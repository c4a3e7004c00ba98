import type { UiLanguage } from './messages';

/** The label of a domain value in the UI language, from the domain's label table. */
export function labelOf<K extends string>(
  labels: Readonly<Record<K, { vi: string; en: string }>>,
  key: K,
  language: UiLanguage,
): string {
  return labels[key][language];
}
