import { z } from 'zod';

/** What the cases' route files share: their OpenAPI tag and the id parameter. */
export const CASE_TAGS = ['protection cases'];
export const idParams = z.object({ id: z.uuid() });
