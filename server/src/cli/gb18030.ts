/**
 * GB18030 encoding for writing a fixed file back in the encoding it was read in. Node decodes
 * GB18030 but cannot encode it, so the two-byte table is built once by decoding every two-byte code;
 * supplementary-plane characters (𠮷) use the standard's four-byte formula. A BMP character outside
 * the two-byte table (rare) is reported as not encodable, and the file is left as it was.
 */

let twoByte: Map<number, number> | undefined;

function twoByteTable(): Map<number, number> {
  if (twoByte) {
    return twoByte;
  }
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) {
        continue;
      }
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        const code = ch.codePointAt(0);
        if (code !== undefined && ch.length === 1 && !table.has(code)) {
          table.set(code, (lead << 8) | trail);
        }
      } catch {
        // not a character
      }
    }
  }
  twoByte = table;
  return table;
}

/** The GB18030 bytes of `text`, or the first character it cannot encode. */
export function encodeGb18030(text: string): Uint8Array | { readonly unencodable: string } {
  const table = twoByteTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) {
      bytes.push(code);
    } else if (code >= 0x10000) {
      let index = code - 0x10000;
      const b4 = 0x30 + (index % 10);
      index = Math.floor(index / 10);
      const b3 = 0x81 + (index % 126);
      index = Math.floor(index / 126);
      const b2 = 0x30 + (index % 10);
      const b1 = 0x90 + Math.floor(index / 10);
      bytes.push(b1, b2, b3, b4);
    } else {
      const pair = table.get(code);
      if (pair === undefined) {
        return { unencodable: ch };
      }
      bytes.push(pair >> 8, pair & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
