/**
 * A draft as the CLI checks and outlines it: a text file as it is, a Word file (.docx) as the text gongwen
 * reads from it (one line per paragraph, automatic numbers shown). Old Word and WPS files and encrypted ones
 * are input errors that say to save the file as .docx.
 */
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readWord, WordFileError, type WordText } from '../word/read-docx';
import type { EncodingName } from './encoding';
import { InputError } from './errors';
import { readBytes, readDocument } from './read-document';

/** Names of Word and WPS files: .docx is read; the rest (.doc, .wps…) are told to be saved as .docx, unless they are .docx inside. */
const WORD_NAME = /\.(?:docx|docm|dotx|dotm|doc|dot|wps|wpt)$/i;

export const isWordName = (file: string): boolean => WORD_NAME.test(file);

export interface Draft {
  readonly document: TextDocument;
  /** For a Word file: what was read from it (paragraphs, revisions, what was skipped, the map to its XML). */
  readonly word?: WordText;
}

/** A Word file as a gongwen document (its language is gongwen's: a Word file is a draft by its name). */
export function readWordFile(file: string): Draft & { readonly word: WordText } {
  const bytes = readBytes(file);
  try {
    const word = readWord(bytes);
    return { document: TextDocument.create(pathToFileURL(file).href, 'gongwen', 1, word.text), word };
  } catch (error) {
    if (error instanceof WordFileError) {
      throw new InputError({ zh: `${file}：${error.localized.zh}`, en: `${file}: ${error.localized.en}` });
    }
    throw error;
  }
}

export function readDraft(file: string, encoding: EncodingName | undefined): Draft {
  return isWordName(file) ? readWordFile(file) : readDocument(file, encoding);
}
