import { readFileSync } from 'node:fs';
import {
  COUNTRIES,
  FAMILY,
  GIVEN_FEMALE,
  GIVEN_MALE,
  MIDDLE_FEMALE,
  MIDDLE_MALE,
  NO_PHONE,
  type CorpusCountry,
} from './vocabulary';

/** What a row of a generated list should become: the truth the scorer compares against. */
export interface TruePerson {
  fullName: string;
  sex: 'male' | 'female';
  birth: { year: number; month?: number; day?: number } | null;
  country: CorpusCountry;
  city: string;
  phones: string[];
  hometown: { province: string; commune: string | null; split: boolean };
}

/** A person as the list writes it (strings as typed), with the truth. */
export interface WrittenPerson {
  truth: TruePerson;
  name: string;
  birthWritten: string | number | Date;
  countryWritten: string;
  phoneWritten: string;
  hometownWritten: string;
}

type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const units = (file: string) =>
  readFileSync(new URL(`../../reference/vn-admin-units/${file}`, import.meta.url), 'utf8');
const OLD_COMMUNES: {
  name: string;
  fullName: string;
  district: string;
  provinceCode: string;
  to: { code: string }[];
}[] = JSON.parse(units('old-communes.json'));
const COMMUNES: { code: string; fullName: string; provinceCode: string }[] = JSON.parse(units('communes.json'));
const PROVINCES: {
  code: string;
  name: string;
  fullName: string;
  oldProvinces: { code: string; name: string; fullName: string }[];
}[] = JSON.parse(units('provinces.json'));
const NEW_PROVINCE_OF_OLD = new Map(PROVINCES.flatMap((p) => p.oldProvinces.map((o) => [o.code, p] as const)));
const OLD_PROVINCE = new Map(PROVINCES.flatMap((p) => p.oldProvinces.map((o) => [o.code, o] as const)));
const COMMUNE_PROVINCE = new Map(COMMUNES.map((c) => [c.code, c.provinceCode]));

const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** A hometown written in one of the forms lists use, old or new, and where it really lies. */
function hometown(random: Random, provinces: readonly string[]): { written: string; truth: TruePerson['hometown'] } {
  const form = random();
  if (form < 0.15) {
    const commune = pick(
      random,
      COMMUNES.filter((c) => provinces.includes(c.provinceCode)),
    );
    const province = PROVINCES.find((p) => p.code === commune.provinceCode)!;
    return {
      written: `${commune.fullName}, ${province.fullName}`,
      truth: { province: province.code, commune: commune.code, split: false },
    };
  }
  const old = pick(
    random,
    OLD_COMMUNES.filter((c) => provinces.includes(NEW_PROVINCE_OF_OLD.get(c.provinceCode)!.code)),
  );
  const oldProvince = OLD_PROVINCE.get(old.provinceCode)!;
  const targets = old.to.map((t) => t.code);
  const truth = {
    province: COMMUNE_PROVINCE.get(targets[0]!) ?? NEW_PROVINCE_OF_OLD.get(old.provinceCode)!.code,
    commune: targets.length === 1 ? targets[0]! : null,
    split: targets.length > 1,
  };
  const district = old.district.replace(/^(Quận|Huyện|Thị xã|Thành phố) /, '');
  const written =
    form < 0.45
      ? `${old.fullName}, ${old.district}, ${oldProvince.fullName}`
      : form < 0.6
        ? `${old.name} - ${district} - ${oldProvince.name}`
        : form < 0.7
          ? stripMarks(`${old.fullName.toLowerCase()}, ${old.district.toLowerCase()}, ${oldProvince.name}`)
          : form < 0.8
            ? `${old.fullName} ${old.district} ${oldProvince.fullName}`
            : `${district}, ${oldProvince.name}`;
  // A district and province alone name no commune.
  return { written, truth: form >= 0.8 ? { ...truth, commune: null, split: false } : truth };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A birth date as lists write it, with the truth it means. */
function birth(random: Random): [written: string | number | Date, truth: TruePerson['birth']] {
  const year = 1940 + Math.floor(random() * 62);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const form = random();
  if (form < 0.25) return [`${pad(day)}/${pad(month)}/${year}`, { year, month, day }];
  if (form < 0.35) return [`${pad(day)}/${pad(month)}/${String(year).slice(2)}`, { year, month, day }];
  if (form < 0.45) return [`ngày ${day} tháng ${month} năm ${year}`, { year, month, day }];
  if (form < 0.55) return [`tháng ${month}/${year}`, { year, month }];
  if (form < 0.62) return [`khoảng ${year}`, { year }];
  if (form < 0.8) return [year, { year }];
  return [new Date(Date.UTC(year, month - 1, day)), { year, month, day }];
}

/** Phones: the residence country's local number, a Vietnamese one, two of them, or none. */
function phones(random: Random, country: CorpusCountry): [written: string, e164: string[]] {
  const digits = () => String(Math.floor(random() * 1e8)).padStart(8, '0');
  const form = random();
  if (form < 0.15) return [pick(random, NO_PHONE), []];
  const [local, localE164] = country.phone(digits());
  if (form < 0.65) return [local, [localE164]];
  const vn = digits();
  const [vnWritten, vnE164] = [`09${vn.slice(0, 2)} ${vn.slice(2, 5)} ${vn.slice(5, 8)}`, `+849${vn}`];
  if (form < 0.8) return [`+84 9${vn.slice(0, 2)} ${vn.slice(2, 5)} ${vn.slice(5, 8)}`, [vnE164]];
  return [`${local}; ${vnWritten.replace(/^0/, '+84 ')}`, [localE164, vnE164]];
}

/** A person of the given provinces' lists, unique by name within the corpus (`used`). */
export function writtenPerson(random: Random, provinces: readonly string[], used: Set<string>): WrittenPerson {
  let sex: 'male' | 'female';
  let fullName: string;
  do {
    sex = random() < 0.5 ? 'male' : 'female';
    const middle = pick(random, sex === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE);
    const given = pick(random, sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE);
    fullName = `${pick(random, FAMILY)} ${middle} ${random() < 0.4 ? `${pick(random, GIVEN_MALE.concat(GIVEN_FEMALE))} ` : ''}${given}`;
  } while (used.has(fullName));
  used.add(fullName);
  const country = pick(random, COUNTRIES);
  const [birthWritten, birthTruth] = birth(random);
  const [phoneWritten, phoneTruth] = phones(random, country);
  const home = hometown(random, provinces);
  return {
    truth: {
      fullName,
      sex,
      birth: birthTruth,
      country,
      city: pick(random, country.cities),
      phones: phoneTruth,
      hometown: home.truth,
    },
    name: fullName,
    birthWritten,
    countryWritten: pick(random, country.written),
    phoneWritten,
    hometownWritten: home.written,
  };
}

// Family names written either way across lists (Hoàng/Huỳnh in the South, Vũ/Võ).
const FAMILY_SWAP: Readonly<Record<string, string>> = { Hoàng: 'Huỳnh', Huỳnh: 'Hoàng', Vũ: 'Võ', Võ: 'Vũ' };

/** The name as another list writes it: the other family spelling, "Family, Given Middle", no marks or capitals. */
function otherWriting(random: Random, name: string): string {
  const words = name.split(' ');
  const [family = '', ...rest] = words;
  if (FAMILY_SWAP[family] && random() < 0.6) return [FAMILY_SWAP[family], ...rest].join(' ');
  const form = random();
  if (form < 0.35) return `${family}, ${rest.at(-1)} ${rest.slice(0, -1).join(' ')}`.trim();
  if (form < 0.7) return stripMarks(name);
  return name.toUpperCase();
}

/**
 * The same person in another province's list: the name written otherwise, the birth date to the
 * year only or missing, the phone kept or left out — what `truth` of the copy says it holds.
 */
export function variantOf(random: Random, person: WrittenPerson): WrittenPerson {
  const name = random() < 0.75 ? otherWriting(random, person.name) : person.name;
  const birthForm = random();
  const [birthWritten, birth] =
    birthForm < 0.4
      ? [person.birthWritten, person.truth.birth]
      : birthForm < 0.8
        ? [person.truth.birth?.year ?? '', person.truth.birth && { year: person.truth.birth.year }]
        : ['', null];
  const keepsPhone = random() < 0.7;
  return {
    ...person,
    name,
    birthWritten,
    phoneWritten: keepsPhone ? person.phoneWritten : '',
    truth: {
      ...person.truth,
      fullName: name,
      birth,
      phones: keepsPhone ? person.truth.phones : [],
    },
  };
}
