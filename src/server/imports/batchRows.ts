import type { Selectable } from 'kysely';
import type { ImportBatchTable } from '../../db/schema';
import { importRow, type ImportedRow } from '../../domain/imports/importRow';
import { rowKind } from '../../domain/imports/nonDataRows';
import { readSpreadsheetRows, sniffSpreadsheet } from './readSpreadsheet';
import { presentRow } from '../records/presentRow';

export interface BatchRow {
  rowNumber: number;
  result: ImportedRow;
}

/**
 * The data rows of a batch's stored file below its header, read through its mapping, each given the
 * batch's source province, association and date. Rows that are not data (see rowKind) are left out,
 * and the footer ends the data. Rows up to `afterRow` are skipped (a commit resuming).
 */
export async function* batchRows(batch: Selectable<ImportBatchTable>, afterRow = 0): AsyncGenerator<BatchRow> {
  if (!batch.stored_path) throw new Error(`import batch ${batch.id} has no stored file`);
  const file = await sniffSpreadsheet(batch.stored_path);
  const columns = batch.columns;
  const defaults = {
    ...presentRow(batch, ['source_province_code', 'source_association']),
    sourceDate: batch.created_at.toISOString().slice(0, 10),
    sourceAssociationId: batch.association_id,
    consentEvidence: batch.consent_evidence,
  };
  for await (const { rowNumber, cells } of readSpreadsheetRows(file)) {
    if (rowNumber <= batch.header_row) continue;
    const kind = rowKind(cells, columns);
    if (kind === 'footer') return;
    if (kind !== 'data' || rowNumber <= afterRow) continue;
    yield { rowNumber, result: importRow(cells, columns, defaults) };
  }
}
