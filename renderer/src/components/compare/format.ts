// How the compare views write figures: pounds in en-GB form, FTE from exact units, and a change
// as a signed amount or a saving.
import { formatFte, formatPounds } from '../../../../shared/model/money';

export const fte = (units: number) => formatFte(units / 10_000);

/** "+£1,200" for a rise, "−£1,200" for a fall, "£0" for none. */
export function signedPounds(pence: number): string {
  if (Math.round(pence / 100) === 0) return '£0';
  return pence > 0 ? `+${formatPounds(pence)}` : `−${formatPounds(-pence)}`;
}

/** "+2", "−0.5", "0". */
export function signedNumber(n: number, show: (x: number) => string = String): string {
  if (n === 0) return '0';
  return n > 0 ? `+${show(n)}` : `−${show(-n)}`;
}

/** A saving is positive; an extra cost reads as such. */
export function savingText(pence: number): string {
  return pence < 0 ? `${formatPounds(-pence)} extra cost` : formatPounds(pence);
}
