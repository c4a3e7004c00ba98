import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateSchema } from '../../src/db/types/generateSchema';
import { schemaSource, tableTypeName } from '../../src/db/types/schemaSource';

describe('src/db/schema.ts', () => {
  it('is what npm run db:types generates from the migrations (run it when this fails)', async () => {
    const committed = await readFile(new URL('../../src/db/schema.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await generateSchema());
  });
});

describe('the generated table types', () => {
  const column = { table: 'import_batch', nullable: false, hasDefault: false, allowedValues: null };

  it('names a table type after its table', () => {
    expect(tableTypeName('protection_case_event')).toBe('ProtectionCaseEventTable');
  });

  it('types a column from its database type, its nullability, default and allowed values', () => {
    const source = schemaSource([
      { ...column, name: 'id', udtName: 'uuid', hasDefault: true },
      { ...column, name: 'file_kind', udtName: 'text', allowedValues: ['xlsx', 'csv'] },
      { ...column, name: 'committed_at', udtName: 'timestamptz', nullable: true },
      { ...column, name: 'columns', udtName: 'jsonb' },
      { ...column, name: 'rows_total', udtName: 'int8', nullable: true },
    ]);
    expect(source).toContain(
      [
        'export interface ImportBatchTable {',
        '  id: Generated<string>;',
        "  file_kind: 'xlsx' | 'csv';",
        '  committed_at: Date | null;',
        '  columns: ColumnType<ColumnMapping[], string, string>;',
        '  rows_total: number | null;',
        '}',
      ].join('\n'),
    );
  });

  it('refuses a jsonb column whose TypeScript type nobody wrote down, and a database type it does not map', () => {
    expect(() => schemaSource([{ ...column, name: 'extra', udtName: 'jsonb' }])).toThrow(
      'jsonb column import_batch.extra has no type',
    );
    expect(() => schemaSource([{ ...column, name: 'where', udtName: 'point' }])).toThrow('type point');
  });
});
