import { startTestApp, type Client, type TestApp } from '../test/helpers/testApp';
import { multipart } from '../test/helpers/multipart';
import { numberOption } from './options';
import { provinceCorpus, type CorpusFile } from './provinceCorpus/layouts';
import type { TruePerson } from './provinceCorpus/persons';
import { machine } from './stats';

interface StoredPerson {
  full_name: string;
  sex: string | null;
  birth_year: number | null;
  birth_month: number | null;
  birth_day: number | null;
  residence_country: string | null;
  residence_city: string | null;
  phones: string[];
  hometown_province_code: string | null;
  hometown_commune_code: string | null;
  hometown_commune_candidates: string[];
}

const TARGETS = { accepted: 0.99, field: 0.98, province: 0.98, commune: 0.9 };

/** Through the API as an officer would: upload, dry run with the detected mapping, commit. */
async function importThrough(t: TestApp, client: Client, file: CorpusFile) {
  const uploaded = await client.request({
    method: 'POST',
    url: '/api/imports',
    ...multipart({ sourceProvince: file.province }, { name: file.name, content: file.content }),
  });
  if (uploaded.statusCode !== 201) throw new Error(`${file.name}: upload ${uploaded.statusCode} ${uploaded.body}`);
  const { id } = uploaded.json();
  const checked = await client.post(`/api/imports/${id}/check`);
  if (checked.statusCode !== 200) throw new Error(`${file.name}: check ${checked.statusCode} ${checked.body}`);
  const batch = checked.json();
  const ignored = batch.columns.filter((c: { column: string | null; header: string }) => !c.column && c.header);
  await client.post(`/api/imports/${id}/commit`);
  await t.app.importRunner.idle();
  return { id, batch, ignored };
}

const birthOf = (p: StoredPerson) => ({
  year: p.birth_year ?? undefined,
  month: p.birth_month ?? undefined,
  day: p.birth_day ?? undefined,
});
const sameBirth = (a: TruePerson['birth'], b: ReturnType<typeof birthOf>) =>
  a.year === b.year && a.month === b.month && a.day === b.day;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Field by field, whether the stored person says what the row meant. */
function fieldChecks(truth: TruePerson, stored: StoredPerson): Record<string, boolean | null> {
  return {
    sex: stored.sex === truth.sex,
    birthDate: sameBirth(truth.birth, birthOf(stored)),
    country: stored.residence_country === truth.country.code,
    phone: sameSet(truth.phones, stored.phones),
    hometownProvince: stored.hometown_province_code === truth.hometown.province,
    // Only where the text names one commune; a split one must come with its candidates.
    hometownCommune: truth.hometown.commune
      ? stored.hometown_commune_code === truth.hometown.commune
      : truth.hometown.split
        ? stored.hometown_commune_candidates.length > 1
        : null,
  };
}

/** What the row wrote and meant for a field, to see a miss (BENCH_SHOW_MISSES=1). */
function missOf(person: CorpusFile['persons'][number], field: string): string {
  const [written, meant] =
    field === 'birthDate'
      ? [person.birthWritten, person.truth.birth]
      : field === 'phone'
        ? [person.phoneWritten, person.truth.phones]
        : field.startsWith('hometown')
          ? [person.hometownWritten, person.truth.hometown]
          : [person.countryWritten, person.truth.country.code];
  return `${JSON.stringify(String(written))} meant ${JSON.stringify(meant)}`;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '—');

/**
 * npm run bench -- import-quality [--rows 300] [--seed 19]
 * Generates province files as officials and associations make them (bench/provinceCorpus: layouts
 * written apart from the product's code), imports each through the real API with the detected
 * mapping, reads the stored persons back and prints how much came through right.
 */
export async function run(args: string[]) {
  const rows = numberOption(args, 'rows', 300);
  const files = await provinceCorpus(numberOption(args, 'seed', 19), rows);
  const t = await startTestApp();
  try {
    await t.createUser('bench.admin', 'national_admin');
    const client = await t.login('bench.admin');
    console.log(`import-quality: ${files.length} files × ${rows} rows; ${machine()}`);
    const totals = { valid: 0, accepted: 0, invalid: 0, refused: 0, nonData: 0, ignoredColumns: 0 };
    const fields = new Map<string, { right: number; of: number }>();
    for (const file of files) {
      const { id, batch, ignored } = await importThrough(t, client, file);
      const stored = await t.db
        .selectFrom('person')
        .select([
          'full_name',
          'sex',
          'birth_year',
          'birth_month',
          'birth_day',
          'residence_country',
          'residence_city',
          'phones',
          'hometown_province_code',
          'hometown_commune_code',
          'hometown_commune_candidates',
        ])
        .where('import_batch_id', '=', id)
        .execute();
      const byName = new Map(stored.map((p) => [p.full_name, p]));
      const accepted = file.persons.filter((p) => byName.has(p.truth.fullName));
      const nonData = file.nonData.filter((text) => stored.some((p) => p.full_name.includes(text))).length;
      for (const person of accepted) {
        for (const [field, right] of Object.entries(fieldChecks(person.truth, byName.get(person.truth.fullName)!))) {
          if (right === null) continue;
          if (!right && process.env.BENCH_SHOW_MISSES) console.log(`    miss ${field}: ${missOf(person, field)}`);
          const f = fields.get(field) ?? { right: 0, of: 0 };
          fields.set(field, { right: f.right + (right ? 1 : 0), of: f.of + 1 });
        }
      }
      const refused = (batch.rowsInvalid as number) ?? 0;
      console.log(
        `  ${file.name.padEnd(24)} accepted ${accepted.length}/${file.persons.length}, refused ${refused} (of ${file.invalid} invalid), stored ${stored.length}, non-data imported ${nonData}, columns not understood ${ignored.length}${ignored.length ? ` (${ignored.map((c: { header: string }) => c.header).join(', ')})` : ''}`,
      );
      totals.valid += file.persons.length;
      totals.accepted += accepted.length;
      totals.invalid += file.invalid;
      totals.refused += Math.min(refused, file.invalid);
      totals.nonData += nonData;
      totals.ignoredColumns += ignored.length;
    }
    console.log(
      `valid rows accepted: ${pct(totals.accepted, totals.valid)} (${totals.accepted}/${totals.valid}; target ≥ ${TARGETS.accepted * 100}%)`,
    );
    console.log(`invalid rows refused: ${totals.refused}/${totals.invalid}`);
    console.log(
      `non-data rows imported: ${totals.nonData} (target 0); columns not understood: ${totals.ignoredColumns}`,
    );
    for (const [field, { right, of }] of fields) {
      const target =
        field === 'hometownCommune' ? TARGETS.commune : field === 'hometownProvince' ? TARGETS.province : TARGETS.field;
      console.log(
        `  ${field.padEnd(18)} ${pct(right, of).padStart(6)} right (${right}/${of}; target ≥ ${target * 100}%)`,
      );
    }
  } finally {
    await t.close();
  }
}
