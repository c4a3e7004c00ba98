import { z } from 'zod';

/** A trimmed text of at most `max` characters. */
export const text = (max: number) => z.string().trim().max(max);

/** An optional trimmed text: null when left out. */
export const optionalText = (max: number) => text(max).nullable().default(null);
