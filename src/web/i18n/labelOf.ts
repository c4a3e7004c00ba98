import type { Language, Text } from '../../domain/text/texts';

/** The label of a domain value in the UI language, from the domain's label table. */
export function labelOf<K extends string>(labels: Readonly<Record<K, Text>>, key: K, language: Language): string {
  return labels[key][language];
}

/** Select options for the values of a domain list, labelled in the UI language. */
export function enumOptions<K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, Text>>,
  language: Language,
) {
  return keys.map((key) => ({ value: key, label: labels[key][language] }));
}
