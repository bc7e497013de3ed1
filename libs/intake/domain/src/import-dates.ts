/**
 * A calendar date as HR files write it: dd/mm/yyyy (also with - or .), or ISO yyyy-mm-dd.
 * Returns yyyy-mm-dd, or null when the text is not a real date (31/02/2024 is not).
 */
export function parseFileDate(text: string): string | null {
  const value = text.trim();
  let day: number, month: number, year: number;
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.000)?)?(?:Z|[+-]00:?00)?)?$/.exec(value);
  if (french) {
    [day, month, year] = [Number(french[1]), Number(french[2]), Number(french[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}
