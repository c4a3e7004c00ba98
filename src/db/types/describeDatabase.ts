import { sql, type Kysely } from 'kysely';

/** A column of a migrated table, as the database describes it. */
export interface ColumnDescription {
  table: string;
  name: string;
  /** information_schema's udt_name: `text`, `int4`, `_text` (an array of text) … */
  udtName: string;
  nullable: boolean;
  /** Filled by the database when an insert leaves it out: a default, an identity or a generated column. */
  hasDefault: boolean;
  /** The values a `check (column in (…))` constraint allows, when the column has one. */
  allowedValues: string[] | null;
}

/** Every column of every table in the public schema, in table then column order. */
export async function describeDatabase<T>(db: Kysely<T>): Promise<ColumnDescription[]> {
  const columns = await sql<{
    table_name: string;
    column_name: string;
    udt_name: string;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
    is_generated: string;
  }>`
    select c.table_name, c.column_name, c.udt_name, c.is_nullable, c.column_default, c.is_identity, c.is_generated
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
    order by c.table_name, c.ordinal_position`.execute(db);
  const allowed = await allowedValuesByColumn(db);
  return columns.rows.map((c) => ({
    table: c.table_name,
    name: c.column_name,
    udtName: c.udt_name,
    nullable: c.is_nullable === 'YES',
    hasDefault: c.column_default !== null || c.is_identity === 'YES' || c.is_generated === 'ALWAYS',
    allowedValues: allowed.get(`${c.table_name}.${c.column_name}`) ?? null,
  }));
}

// PostgreSQL prints `check (kind in ('a', 'b'))` back as `CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text])))`.
const IN_LIST = /^CHECK \(\((\w+) = ANY \(ARRAY\[(.*)\]\)\)\)$/;

async function allowedValuesByColumn<T>(db: Kysely<T>): Promise<Map<string, string[]>> {
  const checks = await sql<{ table_name: string; definition: string }>`
    select conrelid::regclass::text as table_name, pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'c' and connamespace = 'public'::regnamespace`.execute(db);
  const allowed = new Map<string, string[]>();
  for (const check of checks.rows) {
    const match = IN_LIST.exec(check.definition);
    if (!match?.[1] || !match[2]) continue;
    const values = [...match[2].matchAll(/'((?:[^']|'')*)'::text/g)].map((m) => (m[1] ?? '').replace(/''/g, "'"));
    allowed.set(`${check.table_name}.${match[1]}`, values);
  }
  return allowed;
}
