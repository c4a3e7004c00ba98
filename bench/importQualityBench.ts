import { startTestApp, type Client, type TestApp } from '../test/helpers/testApp';
import { multipart } from '../test/helpers/multipart';
import { numberOption } from './options';
import { provinceCorpus, type CorpusFile, type TruePair } from './provinceCorpus/layouts';
import type { TruePerson } from './provinceCorpus/persons';
import { machine } from './stats';

interface StoredPerson {
  id: string;
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
  a ? a.year === b.year && a.month === b.month && a.day === b.day : b.year === undefined;
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

/** One file through the API, and what became of it: stored persons by name, rows matched to persons held. */
async function importAndRead(t: TestApp, client: Client, file: CorpusFile) {
  const { id, batch, ignored } = await importThrough(t, client, file);
  const stored: StoredPerson[] = await t.db
    .selectFrom('person')
    .select([
      'id',
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
  const matches = await t.db
    .selectFrom('import_row_match')
    .select(['row_number', 'person_id', 'action'])
    .where('batch_id', '=', id)
    .execute();
  return {
    batch,
    ignored,
    stored: new Map(stored.map((p) => [p.full_name, p])),
    matchedRow: new Map(matches.filter((m) => m.action !== 'create').map((m) => [m.row_number, m.person_id])),
  };
}

type FileOutcome = Awaited<ReturnType<typeof importAndRead>>;

/** Field accuracy over the persons stored, and the rows accepted (stored, or matched to a person held). */
function scoreFile(file: CorpusFile, outcome: FileOutcome, fields: Map<string, { right: number; of: number }>) {
  const accepted = file.persons.filter(
    (p) => outcome.stored.has(p.truth.fullName) || outcome.matchedRow.has(file.rowOf.get(p.truth.fullName) ?? -1),
  );
  for (const person of file.persons) {
    const stored = outcome.stored.get(person.truth.fullName);
    if (!stored) continue;
    for (const [field, right] of Object.entries(fieldChecks(person.truth, stored))) {
      if (right === null) continue;
      if (!right && process.env.BENCH_SHOW_MISSES) console.log(`    miss ${field}: ${missOf(person, field)}`);
      const f = fields.get(field) ?? { right: 0, of: 0 };
      fields.set(field, { right: f.right + (right ? 1 : 0), of: f.of + 1 });
    }
  }
  const nonData = file.nonData.filter((text) => [...outcome.stored.keys()].some((name) => name.includes(text))).length;
  return { accepted: accepted.length, nonData };
}

const pairKey = (x: string, y: string) => [x, y].sort().join('|');

/**
 * Duplicates found across the files, pairwise: a copy stored apart and proposed as a pair with its
 * original, or recognised at import (its row matched to the original). Proposed: every open pair
 * among the corpus' persons and every row matched.
 */
async function scoreDuplicates(t: TestApp, files: CorpusFile[], outcomes: FileOutcome[], pairs: TruePair[]) {
  await t.app.duplicateCheckRunner.idle();
  const open = await t.db
    .selectFrom('duplicate_pair')
    .select(['person_a', 'person_b'])
    .where('status', '=', 'open')
    .execute();
  const proposed = new Set(open.map((p) => pairKey(p.person_a, p.person_b)));
  const idOf = (file: number, name: string) => outcomes[file]?.stored.get(name)?.id;
  const matchedIds: [string, string][] = [];
  outcomes.forEach((o, f) => {
    for (const [row, personId] of o.matchedRow) {
      const name = [...(files[f]?.rowOf ?? [])].find(([, r]) => r === row)?.[0];
      matchedIds.push([`${f}:${name ?? row}`, personId]);
      proposed.add(pairKey(`${f}:${name ?? row}`, personId));
    }
  });
  let found = 0;
  for (const pair of pairs) {
    const original = idOf(pair.a.file, pair.a.name);
    if (!original) continue;
    const copy = idOf(pair.b.file, pair.b.name);
    const isFound = copy
      ? proposed.has(pairKey(original, copy))
      : proposed.has(pairKey(`${pair.b.file}:${pair.b.name}`, original));
    if (isFound) found++;
    else if (process.env.BENCH_SHOW_MISSES)
      console.log(`    miss pair: ${pair.a.name} | ${pair.b.name}${copy ? '' : ' (not stored)'}`);
  }
  const precision = proposed.size ? found / proposed.size : 1;
  const recall = pairs.length ? found / pairs.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(
    `duplicates across files: ${pairs.length} true pairs, ${proposed.size} proposed (${matchedIds.length} recognised at import), ${found} right; precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (targets F1 ≥ 0.95, precision ≥ 0.98)`,
  );
}

function printTotals(totals: Record<string, number>, fields: Map<string, { right: number; of: number }>) {
  console.log(
    `valid rows accepted: ${pct(totals.accepted!, totals.valid!)} (${totals.accepted}/${totals.valid}; target ≥ ${TARGETS.accepted * 100}%)`,
  );
  console.log(`invalid rows refused: ${totals.refused}/${totals.invalid}`);
  console.log(`non-data rows imported: ${totals.nonData} (target 0); columns not understood: ${totals.ignoredColumns}`);
  for (const [field, { right, of }] of fields) {
    const target =
      field === 'hometownCommune' ? TARGETS.commune : field === 'hometownProvince' ? TARGETS.province : TARGETS.field;
    console.log(
      `  ${field.padEnd(18)} ${pct(right, of).padStart(6)} right (${right}/${of}; target ≥ ${target * 100}%)`,
    );
  }
}

/**
 * npm run bench -- import-quality [--rows 300] [--seed 19]
 * Generates province files as officials and associations make them (bench/provinceCorpus: layouts
 * written apart from the product's code), imports each through the real API with the detected
 * mapping, reads the stored persons back and prints how much came through right, and the
 * duplicates across the files found.
 */
export async function run(args: string[]) {
  const rows = numberOption(args, 'rows', 300);
  const { files, pairs } = await provinceCorpus(numberOption(args, 'seed', 19), rows);
  const t = await startTestApp();
  try {
    await t.createUser('bench.admin', 'national_admin');
    const client = await t.login('bench.admin');
    console.log(`import-quality: ${files.length} files × ${rows} rows; ${machine()}`);
    const totals = { valid: 0, accepted: 0, invalid: 0, refused: 0, nonData: 0, ignoredColumns: 0 };
    const fields = new Map<string, { right: number; of: number }>();
    const outcomes: FileOutcome[] = [];
    for (const file of files) {
      const outcome = await importAndRead(t, client, file);
      outcomes.push(outcome);
      const { accepted, nonData } = scoreFile(file, outcome, fields);
      const refused = (outcome.batch.rowsInvalid as number) ?? 0;
      const ignored = outcome.ignored.map((c: { header: string }) => c.header);
      console.log(
        `  ${file.name.padEnd(24)} accepted ${accepted}/${file.persons.length}, refused ${refused} (of ${file.invalid} invalid), stored ${outcome.stored.size}, matched to persons held ${outcome.matchedRow.size}, non-data imported ${nonData}, columns not understood ${ignored.length}${ignored.length ? ` (${ignored.join(', ')})` : ''}`,
      );
      totals.valid += file.persons.length;
      totals.accepted += accepted;
      totals.invalid += file.invalid;
      totals.refused += Math.min(refused, file.invalid);
      totals.nonData += nonData;
      totals.ignoredColumns += ignored.length;
    }
    printTotals(totals, fields);
    await scoreDuplicates(t, files, outcomes, pairs);
  } finally {
    await t.close();
  }
}
