// A full garbage collection on request, for a command between two big phases of its work: what the
// first phase read is then freed before the second allocates, rather than whenever V8 next gets to
// it, which keeps the command's peak memory down. Node offers this only behind a flag, which is
// turned on here the first time; where that is refused, nothing happens.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('typeof gc === "function" ? gc : null');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
