// A quick check, without zod, of the arguments of the few methods a short read-only process calls
// (`establish info` opens a document and reads its structures). It recognises only arguments its
// schema would take as they are, and gives what that schema's parse would give (defaults filled in);
// anything else, a wrong argument included, is left to the schema (./parse), whose messages are the
// API's. So a call is answered exactly as before, and a process whose calls all pass here never
// loads zod, a large part of such a command's start.
import type { MethodName, ParsedInputOf } from './contract';
import { MAX_ID_LENGTH, MAX_PATH_LENGTH } from '../model/limits';

type Quick = (arg: unknown) => object | undefined;

const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]) => Object.keys(v).every((k) => keys.includes(k));
/** The same limits as the schemas' pathSchema and idSchema. */
const isPath = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= MAX_PATH_LENGTH && !v.includes('\0');
const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID_LENGTH;
/** An optional flag of a schema with `.default(false)`: absent (undefined) is false. */
const flag = (v: unknown): boolean | undefined => (v === undefined ? false : typeof v === 'boolean' ? v : undefined);

const OPEN_KEYS = ['path', 'readOnly', 'upgrade', 'takeOver'] as const;

const QUICK: Partial<Record<MethodName, Quick>> = {
  openDocument(arg) {
    if (!plain(arg) || !onlyKeys(arg, OPEN_KEYS) || !isPath(arg.path)) return undefined;
    const readOnly = flag(arg.readOnly);
    const upgrade = flag(arg.upgrade);
    const takeOver = flag(arg.takeOver);
    if (readOnly === undefined || upgrade === undefined || takeOver === undefined) return undefined;
    return { path: arg.path, readOnly, upgrade, takeOver };
  },
  getStructure(arg) {
    if (!plain(arg) || !onlyKeys(arg, ['structureId']) || !isId(arg.structureId)) return undefined;
    return { structureId: arg.structureId };
  },
};

/** The argument as the method's schema would parse it, or undefined when this quick check cannot tell. */
export function quickInput<M extends MethodName>(method: M, arg: unknown): ParsedInputOf<M> | undefined {
  return QUICK[method]?.(arg) as ParsedInputOf<M> | undefined;
}
