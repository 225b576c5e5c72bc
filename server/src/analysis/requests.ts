/** What the server and the VS Code client agree on beyond LSP itself. */

/** A document's statistics (DocumentStatistics or null when gongwen does not analyse it). */
export const STATISTICS_REQUEST = 'gongwen/statistics';

/** The edits that fill every placeholder with its value from gongwen.placeholderValues (TextEdit[]). */
export const FILL_PLACEHOLDERS_REQUEST = 'gongwen/fillPlaceholders';

/** The parameters of both requests. */
export interface DocumentRequestParams {
  readonly textDocument: { readonly uri: string };
}

/** The client command a code lens runs: opens the statistics view of a document (argument: its URI). */
export const SHOW_STATISTICS_COMMAND = 'gongwen.showStatistics';
