import { duplicateColumns, type ColumnMapping } from '../../domain/imports/detectHeader';
import { IMPORT_TEXTS } from '../../domain/imports/importTexts';
import { joinTexts, sameText } from '../../domain/text/texts';
import { AppError } from '../http/errors';

/** Two file columns feeding one single-valued import column are refused, each group named. */
export function refuseDuplicateColumns(columns: readonly ColumnMapping[]): void {
  const duplicates = duplicateColumns(columns);
  if (!duplicates.length) return;
  throw new AppError(
    400,
    'DUPLICATE_COLUMNS',
    duplicates.map((group) => ({
      path: `columns.${group[0]?.column}`,
      code: 'duplicateColumns',
      text: joinTexts(
        group.map((c) => sameText(`${c.letter} "${c.header}"`)),
        IMPORT_TEXTS.columnsAnd,
      ),
    })),
  );
}
