import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { personListQuerySchema } from '../domain/persons/listQuery';
import { EXPORT_FORMATS, type ExportFormat } from '../domain/exports/exportFormats';
import { exportPersons } from '../server/persons/exportPersons';
import { UsageError } from './args';
import { openCliContext } from './cliContext';

const CLI_OPTIONS = new Set(['out', 'as', 'lang']);

/**
 * npm run cli -- export --out FILE.xlsx|FILE.csv [list filters: --q --country --province --category
 * --sex --birthYearFrom --birthYearTo --expertise --sourceProvince] [--as USER]. As a national user
 * (the first administrator, by default) it holds only the persons who agreed to sharing, and says
 * how many it left out.
 */
export async function exportCommand(options: Record<string, string>): Promise<number> {
  const out = options.out;
  if (!out) throw new UsageError('export: --out FILE.xlsx or FILE.csv');
  const format = extname(out).slice(1).toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`export: --out must end in .xlsx or .csv (${out})`);
  const filters = Object.fromEntries(Object.entries(options).filter(([key]) => !CLI_OPTIONS.has(key)));
  const parsed = personListQuerySchema.safeParse(filters);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const unknown = Object.keys(filters).filter((key) => !(key in parsed.data));
  if (unknown.length) throw new UsageError(`export: unknown option ${unknown.map((k) => `--${k}`).join(', ')}`);
  const { ctx, close } = await openCliContext(options);
  try {
    const left = { withoutSharingConsent: 0 };
    await pipeline(await exportPersons(ctx, parsed.data, format, left), createWriteStream(out));
    console.log(`Đã xuất / Exported: ${out}`);
    if (left.withoutSharingConsent)
      console.log(
        `${left.withoutSharingConsent} người chưa đồng ý chia sẻ ra ngoài tỉnh nên không xuất / left out: no consent to sharing beyond their province`,
      );
    return 0;
  } finally {
    await close();
  }
}
