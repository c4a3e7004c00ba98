import { apiRoutesSource } from '../server/docs/apiRoutesSource';
import { openApiDocument } from '../server/docs/openApiDocument';
import { writeGeneratedFile } from './generatedFile';

/** npm run api:types — writes the web client's route types from the OpenAPI document (`-- --check`: only check). */
const source = apiRoutesSource(await openApiDocument());
await writeGeneratedFile(new URL('../web/api/apiRoutes.ts', import.meta.url), source, 'npm run api:types');
