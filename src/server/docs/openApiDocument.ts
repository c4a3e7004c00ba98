import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openScratchDatabase } from '../../db/scratchDatabase';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { OpenApiDocument } from './apiRoutesSource';

/** The OpenAPI document the server serves at /api/docs/json, from an app on an in-memory database. */
export async function openApiDocument(): Promise<OpenApiDocument> {
  const database = await openScratchDatabase(undefined, 'api_types');
  const uploadDir = await mkdtemp(join(tmpdir(), 'cn-api-types-'));
  const config = { ...loadConfig({}), webDir: null, logLevel: 'silent' as const, uploadDir };
  const app = await buildApp(config, database, randomBytes(32));
  try {
    await app.ready();
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    return response.json<OpenApiDocument>();
  } finally {
    await app.close();
    await database.close();
    await rm(uploadDir, { recursive: true, force: true });
  }
}
