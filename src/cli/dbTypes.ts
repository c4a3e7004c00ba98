import { generateSchema } from '../db/types/generateSchema';
import { writeGeneratedFile } from './generatedFile';

/** npm run db:types — writes src/db/schema.ts from the migrations (`-- --check`: only say whether it is current). */
await writeGeneratedFile(new URL('../db/schema.ts', import.meta.url), await generateSchema(), 'npm run db:types');
