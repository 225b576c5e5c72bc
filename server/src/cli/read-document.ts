import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeFile, DecodeError, type DecodedFile, type EncodingName } from './encoding';

/** A file the CLI cannot use, with a Chinese (and English) message naming it. */
export class InputError extends Error {}

export interface ReadDocument {
  readonly document: TextDocument;
  /** The bytes as read, and how they were decoded (to write a fix back the same way). */
  readonly bytes: Buffer;
  readonly decoded: DecodedFile;
}

function isMarkdown(file: string): boolean {
  return ['.md', '.markdown'].includes(extname(file).toLowerCase());
}

export function readDocument(file: string, encoding: EncodingName | undefined): ReadDocument {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) {
      throw new InputError(`${file}：是目录，请给出文件 (is a directory; give files)`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) {
      throw error;
    }
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在 (no such file)' : code === 'EACCES' ? '没有读取权限 (permission denied)' : String(error);
    throw new InputError(`${file}：${reason}`);
  }
  try {
    const decoded = decodeFile(bytes, encoding);
    const document = TextDocument.create(pathToFileURL(file).href, isMarkdown(file) ? 'markdown' : 'gongwen', 1, decoded.text);
    return { document, bytes, decoded };
  } catch (error) {
    if (error instanceof DecodeError) {
      throw new InputError(`${file}：${error.message}`);
    }
    throw error;
  }
}
