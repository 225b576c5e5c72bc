import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOf } from '../analysis';
import { decodeFile, DecodeError, type DecodedFile, type EncodingName } from './encoding';
import { InputError } from './errors';

export { InputError };

export interface ReadDocument {
  readonly document: TextDocument;
  /** The bytes as read, and how they were decoded (to write a fix back the same way). */
  readonly bytes: Buffer;
  readonly decoded: DecodedFile;
}

/** A file's bytes; a missing, unreadable file or a folder is an input error naming it. */
export function readBytes(file: string): Buffer {
  try {
    if (statSync(file).isDirectory()) {
      throw new InputError({ zh: `${file}：是目录，其中没有公文文档`, en: `${file}: a folder with no documents in it` });
    }
    return readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) {
      throw error;
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT'
      ? { zh: `${file}：文件不存在`, en: `${file}: no such file` }
      : code === 'EACCES'
        ? { zh: `${file}：没有读取权限`, en: `${file}: permission denied` }
        : { zh: `${file}：无法读取（${String(error)}）`, en: `${file}: cannot be read (${String(error)})` });
  }
}

/** A file as a document, its language as the analyzer reads it from the name (.md Markdown, .gw gongwen, else plain text). */
export function readDocument(file: string, encoding: EncodingName | undefined): ReadDocument {
  const bytes = readBytes(file);
  try {
    const decoded = decodeFile(bytes, encoding);
    const uri = pathToFileURL(file).href;
    return { document: TextDocument.create(uri, languageOf(uri, 'plaintext'), 1, decoded.text), bytes, decoded };
  } catch (error) {
    if (error instanceof DecodeError) {
      throw new InputError({ zh: `${file}：${error.localized.zh}`, en: `${file}: ${error.localized.en}` });
    }
    throw error;
  }
}
