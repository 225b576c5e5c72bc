/**
 * What the gongwen server and its VS Code client agree on beyond LSP: the requests and their shapes, the
 * command a code lens runs, and the few helpers both sides must share to say the same thing (how
 * characters are counted, how a length is worded, the speech frames). The client imports only this module.
 */
import type { DocumentStatistics, ExportPreset } from './analysis';

export {
  countCharacters,
  describeLength,
  formatMinutes,
  FRAMES,
  localeFromTag,
  localize,
  SHOW_STATISTICS_COMMAND,
  type DocumentStatistics,
  type ExportPreset,
  type Frame,
  type Locale,
  type Localized,
  type SectionStatistics,
} from './analysis';

/** The parameters of gongwen's document requests. */
export interface DocumentRequestParams {
  readonly textDocument: { readonly uri: string };
}

/** A document's statistics: DocumentStatistics, or null when gongwen does not analyse it. */
export const STATISTICS_REQUEST = 'gongwen/statistics';
export type StatisticsResult = DocumentStatistics | null;

/** The edits (TextEdit[]) that fill every placeholder with its value from gongwen.placeholderValues. */
export const FILL_PLACEHOLDERS_REQUEST = 'gongwen/fillPlaceholders';

/** The document as a Word file in the layout of GB/T 9704 (base64 of the .docx), or null when gongwen does not analyse it. */
export const EXPORT_WORD_REQUEST = 'gongwen/exportWord';
export interface ExportWordParams extends DocumentRequestParams {
  /** auto: the speech layout for a speech, the document layout for the rest (as gongwen.export.preset says). */
  readonly preset?: ExportPreset | 'auto';
}
export type ExportWordResult = { readonly data: string; readonly preset: ExportPreset } | null;

/** A Word file's text as gongwen reads it (one line per paragraph, automatic numbers shown). Fails with the reason (an old or encrypted file…). */
export const READ_WORD_REQUEST = 'gongwen/readWord';
export interface ReadWordParams {
  /** The .docx file's bytes, base64. */
  readonly data: string;
}
export interface ReadWordResult {
  readonly text: string;
  /** Tracked changes read as accepted. */
  readonly revisions: number;
  readonly textBoxes: number;
  readonly notes: number;
}

/** A copy of a Word file with one comment per finding at warning or above, analysed with the settings of `textDocument`. */
export const ANNOTATE_WORD_REQUEST = 'gongwen/annotateWord';
export interface AnnotateWordParams extends DocumentRequestParams {
  readonly data: string;
}
export interface AnnotateWordResult {
  /** The annotated .docx, base64. */
  readonly data: string;
  readonly comments: number;
}
