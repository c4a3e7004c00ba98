import { z } from 'zod';

/** `?province=` of a list a national user may narrow to one province (a province user sees theirs). */
export const provinceFilterSchema = z.object({ province: z.string().optional() });
