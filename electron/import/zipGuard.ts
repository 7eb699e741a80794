// Checks an XLSX workbook's zip container before anything is read from it: a workbook whose parts
// would inflate past 200 MB, whose parts say one size and hold another, or whose directory does not
// add up is refused with a clear message, having inflated at most what it declares (streamed, and
// thrown away as it goes, so memory returns at once).
import zlib from 'node:zlib';
import { ApiError } from '../../shared/api/errors';

export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const mb = (n: number) => `${Math.max(1, Math.round(n / 1024 / 1024)).toLocaleString('en-GB')} MB`;

function refuse(fileName: string, why: string): never {
  throw new ApiError('unsupported', `"${fileName}" was not imported: ${why}. Open it in Excel or LibreOffice, save it again as .xlsx or .csv, and import that.`);
}

/** The central directory's entries, as the file declares them. */
export function zipEntries(bytes: Buffer, fileName: string): Entry[] {
  const floor = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= floor; i--)
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) refuse(fileName, 'it is not a complete XLSX file (its zip directory is missing; was it cut short?)');
  const count = bytes.readUInt16LE(eocd + 10);
  const dirSize = bytes.readUInt32LE(eocd + 12);
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) refuse(fileName, 'it uses the zip format for files over 4 GB, which no workbook Establish imports needs');
  if (count > MAX_ENTRIES) refuse(fileName, `it has ${count.toLocaleString('en-GB')} parts, more than a workbook has`);
  if (dirOffset + dirSize > eocd) refuse(fileName, 'its zip directory points outside the file');
  const entries: Entry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== 0x02014b50) refuse(fileName, 'its zip directory is damaged');
    const nameLength = bytes.readUInt16LE(p + 28);
    const entry: Entry = {
      method: bytes.readUInt16LE(p + 10),
      compressed: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      offset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    };
    entries.push(entry);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return entries;
}

/** Inflates one part without keeping it, stopping as soon as it passes `limit` bytes. */
function inflatedSize(data: Buffer, limit: number): Promise<number | 'over' | 'broken'> {
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let settled = false;
    const done = (r: number | 'over' | 'broken') => {
      if (settled) return;
      settled = true;
      inflate.removeAllListeners('data');
      inflate.destroy();
      resolve(r);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) done('over');
    });
    inflate.on('error', () => done('broken'));
    inflate.on('end', () => done(total));
    inflate.end(data);
  });
}

/** Refuses a workbook that would inflate past the limit or whose parts are not what they declare. */
export async function checkWorkbookZip(bytes: Buffer, fileName: string, limit = MAX_INFLATED_BYTES): Promise<void> {
  const entries = zipEntries(bytes, fileName);
  const declared = entries.reduce((t, e) => t + e.size, 0);
  if (declared > limit) refuse(fileName, `its parts would take ${mb(declared)} once unpacked, more than the ${mb(limit)} Establish unpacks from a workbook`);
  let inflated = 0;
  for (const e of entries) {
    const at = e.offset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) refuse(fileName, `its part "${e.name}" is not where the zip directory says`);
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    if (start + e.compressed > bytes.length) refuse(fileName, `its part "${e.name}" runs past the end of the file`);
    const data = bytes.subarray(start, start + e.compressed);
    let size: number | 'over' | 'broken';
    if (e.method === 0) size = e.compressed;
    else if (e.method === 8) size = await inflatedSize(data, Math.min(e.size, limit - inflated));
    else refuse(fileName, `its part "${e.name}" is compressed in a way workbooks are not (method ${e.method})`);
    if (size === 'broken') refuse(fileName, `its part "${e.name}" is damaged and cannot be unpacked`);
    if (size === 'over' || size !== e.size)
      refuse(fileName, `its part "${e.name}" declares ${e.size.toLocaleString('en-GB')} bytes but holds ${size === 'over' ? 'more' : size.toLocaleString('en-GB')} (a damaged or deliberately misleading file)`);
    inflated += size;
  }
}
