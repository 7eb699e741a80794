// A value for work that can wait: the value as it was until the browser has painted and has a
// moment with nothing more urgent, then the new one. Totals and lists drawn from every post use it,
// so a document opening or an edit shows the chart first and the figures a moment after.
import { useEffect, useState } from 'react';

const whenIdle: (fn: () => void) => () => void =
  typeof requestIdleCallback === 'function'
    ? (fn) => {
        // Within a few frames even when the page stays busy.
        const h = requestIdleCallback(fn, { timeout: 250 });
        return () => cancelIdleCallback(h);
      }
    : (fn) => {
        const h = setTimeout(fn, 0);
        return () => clearTimeout(h);
      };

export function useIdleValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return whenIdle(() => setShown(() => value));
  }, [value, shown]);
  return shown;
}
