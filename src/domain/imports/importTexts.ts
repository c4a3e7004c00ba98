import { defineTexts } from '../text/texts';

/** What an import says about the file it reads: limits passed (by cell), columns that collide. */
export const IMPORT_TEXTS = defineTexts({
  cellTooLong: {
    vi: 'Ô {cell} (dòng {row}, cột {column}) dài quá {limit} ký tự',
    en: 'Cell {cell} (row {row}, column {column}) is longer than {limit} characters',
  },
  rowTooLong: {
    vi: 'Dòng {row} dài quá {limit} ký tự (tới cột {column})',
    en: 'Row {row} is longer than {limit} characters (up to column {column})',
  },
  tooManyColumns: {
    vi: 'Dòng {row} có dữ liệu ở cột {column}, quá {limit} cột',
    en: 'Row {row} has data in column {column}, beyond {limit} columns',
  },
  nulInCell: {
    vi: 'Ô {cell} (dòng {row}, cột {column}) có ký tự NUL (mã 0), không phải văn bản',
    en: 'Cell {cell} (row {row}, column {column}) holds a NUL character (code 0), which is not text',
  },
  columnsAnd: { vi: ' và ', en: ' and ' },
  reportSheet: { vi: 'Kết quả kiểm tra', en: 'Check report' },
  reportRow: { vi: 'Dòng', en: 'Row' },
  reportColumn: { vi: 'Cột', en: 'Column' },
  reportProblem: { vi: 'Vấn đề', en: 'Problem' },
  reportValue: { vi: 'Giá trị', en: 'Value' },
});
