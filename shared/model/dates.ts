// Showing dates the British way: "1 April 2021".
const longFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2021-04-01" -> "1 April 2021"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : longFmt.format(d);
}
