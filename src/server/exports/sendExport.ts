import type { Readable } from 'node:stream';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import type { FastifyReply } from 'fastify';
import type { ExportFormat } from '../../domain/exports/exportFormats';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../http/contentTypes';

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = { xlsx: XLSX_CONTENT_TYPE, csv: CSV_CONTENT_TYPE };

/** Sends an exported list as a download named `<baseName>-<today>.<format>`. */
export function sendExport(reply: FastifyReply, format: ExportFormat, baseName: string, file: Readable) {
  const day = vietnamDay(reply.server.clock());
  reply.header('content-type', CONTENT_TYPES[format]);
  reply.header('content-disposition', `attachment; filename="${baseName}-${day}.${format}"`);
  return reply.send(file);
}
