/** A date that keeps how precisely it is known (Wikidata: year, month or day). */
export interface DateWithPrecision {
  /** "2014", "2014-03" or "2014-03-12" (a year may be negative). */
  date: string;
  precision: 'year' | 'month' | 'day';
}

/**
 * A date as precisely as it is known, in the reader's locale: "2014", "March 2014", "12 March 2014".
 * Never "Invalid Date": an unreadable value is shown as written.
 */
export function formatFuzzyDate(value: DateWithPrecision, locale?: string): string {
  const match = /^(-?\d{1,6})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.date);
  if (!match) return value.date;
  const year = Number(match[1]);
  if (value.precision === 'year' || !match[2]) return year < 0 ? `${-year} BC` : String(year);
  const date = new Date(Date.UTC(2000, Number(match[2]) - 1, Number(match[3] ?? 1)));
  date.setUTCFullYear(year);
  if (Number.isNaN(date.getTime())) return value.date;
  const options: Intl.DateTimeFormatOptions =
    value.precision === 'month' || !match[3] ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}
