/** True when the year, month and day name a day that exists (years from 1000). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return (
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month - 1 &&
    d.getUTCDate() === day &&
    year >= 1000
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `v` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(v: unknown): v is string {
  const m = typeof v === 'string' ? ISO_DATE.exec(v) : null;
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
