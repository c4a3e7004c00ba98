import type { z } from 'zod';
import type {
  anyRegisterRecordSchema,
  noteInputSchema,
  referenceNamesSchema,
  registerAttachedSchema,
} from './registerSchemas';

export type RegisterRecord = z.infer<typeof anyRegisterRecordSchema>;
export type ReferenceNames = z.infer<typeof referenceNamesSchema>;
type One = { record: RegisterRecord; names: ReferenceNames };
type Attached = z.infer<typeof registerAttachedSchema>;
type Fields = Record<string, unknown>;
type Id = { id: string };

/**
 * The routes every register has, `{register}` standing for its key, typed for any register's fields:
 * what the web's pages, written once for all registers, call. The routes of each register are made
 * from these schemas and its spec (src/server/registers/registerRoutes.ts);
 * test/web/registers/registerRoutes.test.ts checks each one's types against these.
 */
export interface RegisterRoutes {
  'GET /api/{register}': {
    params: undefined;
    query: Record<string, string | number | undefined>;
    body: undefined;
    response: { items: RegisterRecord[]; total: number; names: ReferenceNames };
  };
  'POST /api/{register}': { params: undefined; query: undefined; body: Fields; response: One };
  'GET /api/{register}/{id}': { params: Id; query: undefined; body: undefined; response: One };
  'PUT /api/{register}/{id}': { params: Id; query: undefined; body: Fields; response: One };
  'DELETE /api/{register}/{id}': { params: Id; query: undefined; body: undefined; response: unknown };
  'GET /api/{register}/{id}/notes': { params: Id; query: undefined; body: undefined; response: Attached };
  'POST /api/{register}/{id}/notes': {
    params: Id;
    query: undefined;
    body: z.input<typeof noteInputSchema>;
    response: Attached;
  };
  'POST /api/{register}/{id}/files': { params: Id; query: undefined; body: undefined; response: Attached };
}
