// Bytes of a text file to text. Spreadsheets saved as "CSV" on Windows are usually Windows-1252,
// not UTF-8; a file that is not valid UTF-8 is read as Windows-1252 and the report says so.

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

// TextDecoder exists in Node and in browsers; shared/ is compiled without either's type library.
const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

/** Windows-1252 bytes 0x80 to 0x9F; the rest of the code page is Latin-1. 0 marks an unused byte. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

export interface DecodedText {
  text: string;
  encoding: 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';
  /** Characters outside ASCII that had to be converted from Windows-1252. */
  converted: number;
}

export function decodeWindows1252(bytes: Uint8Array): { text: string; converted: number } {
  let converted = 0;
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    let code = b;
    if (b >= 0x80) {
      converted++;
      if (b < 0xa0) code = CP1252_HIGH[b - 0x80] || b;
    }
    chunk.push(code);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return { text: parts.join(''), converted };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new Decoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 with BOM', converted: 0 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new Decoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', converted: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new Decoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', converted: 0 };
  try {
    return { text: new Decoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8', converted: 0 };
  } catch {
    const { text, converted } = decodeWindows1252(bytes);
    return { text, encoding: 'Windows-1252', converted };
  }
}
