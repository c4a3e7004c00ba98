import { AppError } from '../http/errors';
import { readZipEntries } from './xlsx/zipEntries';

const startsWith = (sample: Buffer, bytes: number[]) => bytes.every((b, i) => sample[i] === b);

/**
 * Files people send under a spreadsheet's name that are none: each refused by what it is, so the
 * officer knows what to ask for ("it is a PDF"), never with "no header found".
 */
const BINARY_KINDS: readonly [bytes: number[], code: 'FILE_IS_PDF' | 'FILE_IS_IMAGE' | 'FILE_TYPE_UNSUPPORTED'][] = [
  [[0x25, 0x50, 0x44, 0x46], 'FILE_IS_PDF'], // %PDF
  [[0x89, 0x50, 0x4e, 0x47], 'FILE_IS_IMAGE'], // PNG
  [[0xff, 0xd8, 0xff], 'FILE_IS_IMAGE'], // JPEG
  [[0x47, 0x49, 0x46, 0x38], 'FILE_IS_IMAGE'], // GIF
  [[0xd0, 0xcf, 0x11, 0xe0], 'FILE_TYPE_UNSUPPORTED'], // OLE: an old .xls or .doc
];

/** Refuses a file whose first bytes say it is a PDF, an image or an old Office file. */
export function refuseBinaryKinds(sample: Buffer): void {
  const kind = BINARY_KINDS.find(([bytes]) => startsWith(sample, bytes));
  if (kind) throw new AppError(400, kind[1]);
}

/**
 * Refuses text that is a web page or an Excel 2003 XML file: web applications export "Excel" as an
 * HTML table under an .xls name.
 */
export function refuseMarkup(text: string): void {
  const start = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<table|<head|<body|<meta)/.test(start) || /^<\?xml[^>]*>\s*<html/.test(start))
    throw new AppError(400, 'FILE_IS_HTML');
  if (start.startsWith('<?xml') || start.startsWith('<workbook')) throw new AppError(400, 'FILE_TYPE_UNSUPPORTED');
}

/** A zip is a spreadsheet only when it holds a workbook: a Word file, an OpenDocument file or an archive is refused as such. */
export async function refuseOtherZips(path: string): Promise<void> {
  const entries = await readZipEntries(path);
  const names = [...entries.keys()];
  if (names.some((name) => name.startsWith('xl/'))) return;
  if (names.some((name) => name.startsWith('word/'))) throw new AppError(400, 'FILE_IS_WORD');
  if (names.includes('content.xml') && names.includes('mimetype')) throw new AppError(400, 'FILE_IS_OPENDOCUMENT');
  throw new AppError(400, 'FILE_IS_ARCHIVE');
}
