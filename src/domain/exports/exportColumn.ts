/** A column of an exported list: its header and how a row's cell reads. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string;
}

/**
 * A cell a spreadsheet program would take for a formula (= + - @, or a tab or carriage return
 * before one) is prefixed with an apostrophe, so that it shows as the text it is (CSV injection).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A row's cells under `columns`, formulas neutralised. */
export function exportRow<T>(columns: readonly ExportColumn<T>[], row: T): string[] {
  return columns.map((column) => neutralizeFormula(column.value(row)));
}
