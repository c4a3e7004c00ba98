export interface PersonProvinceCodes {
  hometownProvinceCode: string | null;
  sourceProvinceCode: string | null;
}

/** The provinces a person's record belongs to: the hometown's and the one that sent it in. */
export const personProvinces = (person: PersonProvinceCodes) => [
  person.hometownProvinceCode,
  person.sourceProvinceCode,
];

/** The same, of a person's row. */
export const personRowProvinces = (row: {
  hometown_province_code: string | null;
  source_province_code: string | null;
}) => [row.hometown_province_code, row.source_province_code];
