/** Decoding of the files drafters actually have: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK. */

import { DecodeError } from './errors';
import { encodeGb18030 } from './gb18030';

export { DecodeError };

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedFile {
  readonly text: string;
  readonly encoding: EncodingName;
  readonly bom: boolean;
}


const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', utf16le: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030',
};

export function encodingName(name: string): EncodingName | undefined {
  return ENCODING_ALIASES[name.toLowerCase()];
}

function decodeStrict(bytes: Uint8Array, encoding: EncodingName): string {
  return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
}

function bomOf(bytes: Uint8Array): { encoding: EncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', length: 2 };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', length: 2 };
  }
  return undefined;
}

/**
 * Decodes a file's bytes: a BOM decides; otherwise strict UTF-8, then GB18030. A file with NUL bytes
 * and no UTF-16 BOM is binary. Throws DecodeError when nothing fits.
 */
export function decodeFile(bytes: Uint8Array, forced?: EncodingName): DecodedFile {
  const bom = bomOf(bytes);
  const encoding = forced ?? bom?.encoding;
  const body = bom && (!forced || forced === bom.encoding) ? bytes.subarray(bom.length) : bytes;
  if (!encoding?.startsWith('utf-16') && body.includes(0)) {
    throw new DecodeError({ zh: '这是二进制文件，不是文本', en: 'a binary file, not text' });
  }
  const candidates: EncodingName[] = encoding ? [encoding] : ['utf-8', 'gb18030'];
  for (const candidate of candidates) {
    try {
      return { text: decodeStrict(body, candidate), encoding: candidate, bom: bom !== undefined && body !== bytes };
    } catch {
      // try the next candidate
    }
  }
  throw new DecodeError(
    encoding
      ? { zh: `无法按 ${encoding} 解码`, en: `cannot be decoded as ${encoding}` }
      : { zh: '无法识别文件编码：既不是 UTF-8 也不是 GB18030，请用 --encoding 指定', en: 'unknown encoding: neither UTF-8 nor GB18030; give --encoding' },
  );
}

const BOMS: Readonly<Record<EncodingName, readonly number[]>> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  gb18030: [],
};

/** `text` in `encoding`, with the BOM when the file had one. Throws DecodeError when a character cannot be written. */
export function encodeFile(text: string, encoding: EncodingName, bom: boolean): Buffer {
  let body: Uint8Array;
  switch (encoding) {
    case 'utf-8':
      body = Buffer.from(text, 'utf8');
      break;
    case 'utf-16le':
      body = Buffer.from(text, 'utf16le');
      break;
    case 'utf-16be':
      body = Buffer.from(text, 'utf16le').swap16();
      break;
    case 'gb18030': {
      const encoded = encodeGb18030(text);
      if (!(encoded instanceof Uint8Array)) {
        throw new DecodeError({ zh: `“${encoded.unencodable}”无法用 GB18030 写回`, en: `“${encoded.unencodable}” cannot be written as GB18030` });
      }
      body = encoded;
      break;
    }
  }
  return Buffer.concat([Buffer.from(bom ? BOMS[encoding] : []), body]);
}
