/** `file_name` → `fileName`, as a type. */
export type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/** A column's value as the API gives it: a timestamp as ISO text, anything else as stored. */
type Presented<V> = V extends Date ? string : V;

/** Columns of a row, named as the API names them. */
export type PresentedRow<T, K extends keyof T & string> = { [C in K as CamelCase<C>]: Presented<T[C]> };

const camelNames = new Map<string, string>();

function camelCase(column: string): string {
  let name = camelNames.get(column);
  if (name === undefined) {
    name = column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    camelNames.set(column, name);
  }
  return name;
}

/**
 * The presenter every entity shares: the columns named, camel-cased, timestamps as ISO text. An
 * entity's presenter lists its columns and adds what is not a column (joined names, computed flags);
 * its declared return type (the domain's response type) is what checks the result.
 */
export function presentRow<T extends object, K extends keyof T & string>(
  row: T,
  columns: readonly K[],
): PresentedRow<T, K> {
  const presented: Record<string, unknown> = {};
  for (const column of columns) {
    const value = row[column];
    presented[camelCase(column)] = value instanceof Date ? value.toISOString() : value;
  }
  return presented as PresentedRow<T, K>;
}
