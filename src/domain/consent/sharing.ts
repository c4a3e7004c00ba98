/**
 * The province that keeps a record: the one that sent it in, else its hometown's. Handing the
 * record to anyone else — another province, the Ministry — is sharing, a purpose of its own.
 */
export const keepingProvinceOf = (record: { sourceProvinceCode: string | null; hometownProvinceCode: string | null }) =>
  record.sourceProvinceCode ?? record.hometownProvinceCode;

/** Whether a reader of `readerProvince` (null: national) takes the record out of its keeping province. */
export const isSharing = (
  readerProvince: string | null,
  record: { sourceProvinceCode: string | null; hometownProvinceCode: string | null },
) => readerProvince === null || keepingProvinceOf(record) !== readerProvince;
