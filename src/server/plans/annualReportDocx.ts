import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { ReportAnnex, ReportDocument } from '../../domain/plans/annualReport';

// Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, Times New Roman, body 13–14 pt, margins top and bottom
// 20–25 mm, left 30–35 mm, right 15–20 mm. docx measures in twentieths of a point (twips), sizes
// in half-points.
const MM = 56.7;
const FONT = 'Times New Roman';
const BODY = 28; // 14 pt
const SMALL = 26; // 13 pt
const HEADER = 24; // 12 pt: the header lines, so that the motto holds on one line
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

type Run = { text: string; bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

function line(runs: Run | Run[], options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    ...options,
    children: (Array.isArray(runs) ? runs : [runs]).map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italics,
          size: r.size ?? BODY,
          font: FONT,
          underline: r.underline ? {} : undefined,
        }),
    ),
  });
}

const centred = (runs: Run | Run[]) => line(runs, { alignment: AlignmentType.CENTER });

function cell(paragraphs: Paragraph[], widthPercent: number): TableCell {
  return new TableCell({
    children: paragraphs,
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
  });
}

/** A full-width table without borders: the layout grid of the header and the closing. */
const layoutTable = (rows: TableRow[]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows });

/** The header: issuing body left, national motto right; number left, place and date right. */
function header(doc: ReportDocument): Table {
  return layoutTable([
    new TableRow({
      children: [
        cell(
          [
            centred({ text: doc.issuerAbove, size: SMALL }),
            centred({ text: doc.issuer, bold: true, size: SMALL, underline: true }),
          ],
          42,
        ),
        cell(
          [
            centred({ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, size: HEADER }),
            centred({ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, size: SMALL, underline: true }),
          ],
          58,
        ),
      ],
    }),
    new TableRow({
      children: [
        cell([centred({ text: doc.number, size: SMALL })], 42),
        cell([centred({ text: doc.placeAndDate, italics: true })], 58),
      ],
    }),
  ]);
}

/** Recipients left (Nơi nhận), signature right. */
function closing(doc: ReportDocument): Table {
  return layoutTable([
    new TableRow({
      children: [
        cell(
          [
            line({ text: 'Nơi nhận:', bold: true, italics: true, size: 24 }),
            ...doc.recipients.map((r) => line({ text: `- ${r}`, size: 22 })),
          ],
          50,
        ),
        cell(
          [
            centred({ text: doc.signerTitle, bold: true }),
            centred({ text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true, size: 24 }),
            ...Array.from({ length: 4 }, () => centred({ text: '' })),
            centred({ text: doc.signerName, bold: true }),
          ],
          50,
        ),
      ],
    }),
  ]);
}

const body = (text: string, indentFirst = true) =>
  line(
    { text },
    {
      alignment: AlignmentType.JUSTIFIED,
      indent: indentFirst ? { firstLine: Math.round(10 * MM) } : undefined,
      spacing: { after: 120 },
    },
  );

const GRID = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** An annex: its heading right, its title centred, then the table with every cell bordered. */
function annex(content: ReportAnnex) {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) =>
          new TableCell({
            children: [line({ text, bold, size: 22 })],
            borders: { top: GRID, bottom: GRID, left: GRID, right: GRID },
          }),
      ),
    });
  return [
    line({ text: content.heading, bold: true }, { alignment: AlignmentType.RIGHT, pageBreakBefore: true }),
    centred({ text: content.title, bold: true }),
    centred({ text: '' }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [row(content.columns, true), ...content.rows.map((cells) => row(cells, false))],
    }),
  ];
}

/** The report as a .docx file. */
export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Cầu Nối',
    title: doc.subtitle,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
            margin: {
              top: Math.round(20 * MM),
              bottom: Math.round(20 * MM),
              left: Math.round(30 * MM),
              right: Math.round(15 * MM),
            },
          },
        },
        children: [
          header(doc),
          centred({ text: '' }),
          centred({ text: doc.title, bold: true }),
          centred({ text: doc.subtitle, bold: true }),
          centred({ text: '' }),
          body(doc.intro),
          ...doc.sections.flatMap((section) => [
            line({ text: section.heading, bold: true }, { spacing: { before: 200, after: 120 } }),
            ...section.paragraphs.map((p) =>
              p.level === 1 ? line({ text: p.text, bold: true }, { spacing: { after: 80 } }) : body(p.text),
            ),
          ]),
          centred({ text: '' }),
          closing(doc),
          ...(doc.annexes ?? []).flatMap(annex),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
