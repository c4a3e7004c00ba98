import { vietnamDay } from './vietnamDay';

/** A day (YYYY-MM-DD, or the start of an ISO instant) as Vietnamese write it: DD/MM/YYYY. */
export const dayText = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

/** An instant (ISO) as the day it was in Vietnam, DD/MM/YYYY. */
export const vietnamDayText = (instant: string) => dayText(vietnamDay(new Date(instant)));
