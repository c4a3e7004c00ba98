/** A day (YYYY-MM-DD, or the start of an ISO instant) as Vietnamese write it: DD/MM/YYYY. */
export const dayText = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
