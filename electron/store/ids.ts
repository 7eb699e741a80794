// Ids of new rows.
import { randomFillSync } from 'node:crypto';

const HEX = Buffer.from('0123456789abcdef', 'latin1');
/** The id being made, as its 36 characters; the dashes and the version digit never change. */
const id = Buffer.from('00000000-0000-7000-8000-000000000000', 'latin1');
/** Random bytes made many at a time (as crypto.randomUUID does), 8 for each id. */
const random = Buffer.alloc(8 * 1024);
let randomAt = random.length;

let idMs = -1;
let idCount = 0;

/** Writes `value`'s lowest `digits` hex digits into the id at `at`. */
function writeHex(value: number, at: number, digits: number): void {
  for (let i = at + digits - 1; i >= at; i--) {
    id[i] = HEX[value % 16]!;
    value = Math.floor(value / 16);
  }
}

/** Writes a byte as two hex digits into the id at `at`. */
function writeByte(b: number, at: number): void {
  id[at] = HEX[b >> 4]!;
  id[at + 1] = HEX[b & 15]!;
}

/**
 * A new id: a UUID of version 7, the time in milliseconds and a count within the millisecond, then
 * random bits. Ids made one after another sort in the order they were made, so the rows of a large
 * edit (an import of tens of thousands of posts) go into the file's indexes at their ends rather than
 * all over them, which is much faster to write. Each is written into bytes and read out as one plain
 * string: an import makes one for every row it writes.
 */
export function newId(): string {
  const now = Date.now();
  if (now > idMs) {
    idMs = now;
    idCount = 0;
  } else if (++idCount > 0xfff) {
    // More than 4,096 in one millisecond: borrow the next.
    idMs++;
    idCount = 0;
  }
  if (idCount === 0) {
    // The time, 8-4 hex digits.
    writeHex(Math.floor(idMs / 0x10000), 0, 8);
    writeHex(idMs % 0x10000, 9, 4);
  }
  writeHex(idCount, 15, 3);
  if (randomAt === random.length) {
    randomFillSync(random);
    randomAt = 0;
  }
  // The variant (binary 10) and 62 random bits, 4-12 hex digits, as crypto.randomUUID gives them.
  const first = random[randomAt++]!;
  id[19] = HEX[8 | ((first >> 4) & 3)]!;
  id[20] = HEX[first & 15]!;
  writeByte(random[randomAt++]!, 21);
  for (let at = 24; at < 36; at += 2) writeByte(random[randomAt++]!, at);
  return id.toString('latin1', 0, 36);
}
