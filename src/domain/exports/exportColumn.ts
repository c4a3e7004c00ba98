/** A column of an exported list: its header and how a row's cell reads. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string;
}

// What starts a formula (= + - @), or hides one behind it (a tab or line break first).
const FORMULA_START = /^[=+\-@\t\r\n]/;
// The same after a character a program may split a cell at (";" in a Vietnamese-locale Excel, a tab,
// a line break): "Cần Thơ;=1+1" would become a cell "=1+1".
const FORMULA_AFTER_SEPARATOR = /([;\t\r\n])(?=[=+\-@])/g;

/**
 * A cell a spreadsheet program would take for a formula, at its start or after a separator, gets
 * an apostrophe before it, so that it shows as the text it is (CSV injection).
 */
export function neutralizeFormula(text: string): string {
  const inner = text.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** A row's cells under `columns`, formulas neutralised. */
export function exportRow<T>(columns: readonly ExportColumn<T>[], row: T): string[] {
  return columns.map((column) => neutralizeFormula(column.value(row)));
}
