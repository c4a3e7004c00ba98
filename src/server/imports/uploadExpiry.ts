import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { writeAudit } from '../audit/writeAudit';

// A batch not committed (uploaded, checked, or whose commit failed) keeps its file until it expires.
const WAITING = ['uploaded', 'checked', 'failed'] as const;

/**
 * Deletes the files of uploads left uncommitted for longer than `retentionMs` (they hold personal
 * data nobody is using), marking their batches expired; and any file of the upload folder that no
 * batch names and that is as old (an upload cut short before its batch was recorded).
 */
export async function expireAbandonedUploads(
  db: Kysely<DB>,
  uploadDir: string,
  retentionMs: number,
  now: Date,
): Promise<number> {
  const before = new Date(now.getTime() - retentionMs);
  const stale = await db
    .selectFrom('import_batch')
    .select(['id', 'stored_path', 'source_province_code'])
    .where('stored_path', 'is not', null)
    .where('status', 'in', WAITING)
    .where('created_at', '<', before)
    .execute();
  for (const batch of stale) {
    await db.transaction().execute(async (trx) => {
      const expired = await trx
        .updateTable('import_batch')
        .set({ status: 'expired', stored_path: null })
        .where('id', '=', batch.id)
        .where('status', 'in', WAITING)
        .executeTakeFirst();
      if (!expired.numUpdatedRows) return;
      await rm(batch.stored_path!, { force: true });
      await writeAudit(trx, {
        userId: null,
        username: null,
        action: 'import.expired',
        entityType: 'import_batch',
        entityId: batch.id,
        provinces: batch.source_province_code,
        details: { retentionDays: Math.round(retentionMs / 86_400_000) },
      });
    });
  }
  return stale.length + (await removeOrphanFiles(db, uploadDir, before));
}

async function removeOrphanFiles(db: Kysely<DB>, uploadDir: string, before: Date): Promise<number> {
  const names = await readdir(uploadDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const named = new Set(
    (await db.selectFrom('import_batch').select('stored_path').where('stored_path', 'is not', null).execute()).map(
      (b) => b.stored_path,
    ),
  );
  let removed = 0;
  for (const name of names) {
    const path = join(uploadDir, name);
    if (named.has(path) || (await stat(path)).mtime >= before) continue;
    await rm(path, { force: true });
    removed++;
  }
  return removed;
}
