import { z } from 'zod';

/**
 * A date as ISO text (yyyy-mm-dd) that PostgreSQL can store: zod's ISO date also takes the year
 * 0000, which the database refuses (a 500 instead of a 400 naming the field).
 */
export const calendarDate = () => z.iso.date().refine((date) => date >= '0001-01-01', { message: 'dateInvalid' });
