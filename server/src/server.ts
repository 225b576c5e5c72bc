/**
 * The language server: LSP glue over the core's Analyzer. It keeps the open documents, reads each one's
 * settings from the client, debounces typing and publishes diagnostics; every answer comes from the
 * analyzer of the document's settings.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, FIX_ALL_KIND, localeFromTag, localize, resolveCompletionItem, type AnalyzedDocument, type Analyzer, type Locale, type Localized } from './analysis';
import { docsBaseUrl } from './docs-location';
import { VERSION } from './version';
import {
  ANNOTATE_WORD_REQUEST, EXPORT_WORD_REQUEST, FILL_PLACEHOLDERS_REQUEST, READ_WORD_REQUEST, STATISTICS_REQUEST,
  type AnnotateWordParams, type AnnotateWordResult, type DocumentRequestParams, type ExportWordParams, type ExportWordResult, type ReadWordParams, type ReadWordResult, type StatisticsResult,
} from './protocol';
import { annotatedWithFindings } from './word/finding-comments';
import { readWord, WordFileError, type WordText } from './word/read-docx';

/** How long typing must pause before a document is analysed again. */
const DEBOUNCE_MS = 200;

class GongwenServer {
  private readonly documents = new TextDocuments(TextDocument);
  /** One analyzer per distinct settings (a workspace folder may set its own), by the settings' JSON. */
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly analyzerByUri = new Map<string, Analyzer>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly reportedProblems = new Set<string>();
  /** Documents whose size limit message was shown, so that it is shown once per document. */
  private readonly limitShown = new Set<string>();
  private locale: Locale = 'zh';
  private snippetSupport = false;
  private pullConfiguration = false;
  private pushedSettings: unknown;

  constructor(private readonly connection: Connection) {}

  start(): void {
    const { connection, documents } = this;
    connection.onInitialize((params): InitializeResult => {
      this.locale = localeFromTag(params.locale);
      const workspace = params.capabilities.workspace;
      this.snippetSupport = (workspace?.workspaceEdit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true;
      this.pullConfiguration = workspace?.configuration === true;
      this.pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
      return {
        capabilities: {
          textDocumentSync: TextDocumentSyncKind.Incremental,
          documentSymbolProvider: { label: this.say({ zh: '公文结构', en: 'Document structure' }) },
          foldingRangeProvider: true,
          workspaceSymbolProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
          completionProvider: { resolveProvider: true },
          hoverProvider: true,
          codeLensProvider: { resolveProvider: false },
        },
        serverInfo: { name: 'gongwen', version: VERSION },
      };
    });
    connection.onInitialized(() => {
      if (this.pullConfiguration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
      }
    });
    connection.onDidChangeConfiguration((change) => {
      const settings = (change.settings as { gongwen?: unknown } | null)?.gongwen;
      if (settings !== undefined) {
        this.pushedSettings = settings;
      }
      this.analyzers.clear();
      this.analyzerByUri.clear();
      documents.all().forEach((document) => this.schedule(document, 0));
    });
    documents.onDidOpen(({ document }) => this.schedule(document, 0));
    documents.onDidChangeContent(({ document }) => this.schedule(document, DEBOUNCE_MS));
    documents.onDidClose(({ document }) => {
      clearTimeout(this.timers.get(document.uri));
      this.timers.delete(document.uri);
      this.analyzerByUri.get(document.uri)?.forget(document.uri);
      this.analyzerByUri.delete(document.uri);
      this.limitShown.delete(document.uri);
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    const on = <T>(what: string, uri: string, fallback: T, answer: (document: AnalyzedDocument) => T): Promise<T> =>
      this.guard(what, fallback, async () => {
        const document = await this.current(uri);
        return document ? answer(document) : fallback;
      });
    connection.onDocumentSymbol(({ textDocument }) => on('documentSymbol', textDocument.uri, null, (d) => d.symbols()));
    connection.onFoldingRanges(({ textDocument }) => on('foldingRange', textDocument.uri, null, (d) => d.folding()));
    connection.onCodeAction(({ textDocument, range, context }) =>
      on('codeAction', textDocument.uri, [], (d) => d.codeActions(range, { snippetSupport: this.snippetSupport, ...(context.only ? { only: context.only } : {}) })));
    connection.onCompletion(({ textDocument, position }) => on('completion', textDocument.uri, [], (d) => d.completion(d.document.offsetAt(position))));
    connection.onCompletionResolve((item) => this.guard('completionResolve', item, async () => resolveCompletionItem(item)));
    connection.onHover(({ textDocument, position }) => on('hover', textDocument.uri, null, (d) => d.hover(d.document.offsetAt(position))));
    connection.onCodeLens(({ textDocument }) => on('codeLens', textDocument.uri, [], (d) => d.codeLenses()));
    connection.onRequest(STATISTICS_REQUEST, ({ textDocument }: DocumentRequestParams) =>
      on<StatisticsResult>(STATISTICS_REQUEST, textDocument.uri, null, (d) => d.statistics()));
    connection.onRequest(FILL_PLACEHOLDERS_REQUEST, ({ textDocument }: DocumentRequestParams) =>
      on(FILL_PLACEHOLDERS_REQUEST, textDocument.uri, [], (d) => d.fillPlaceholders()));
    // A failed export is answered with the error (the client says it), never a silent null.
    connection.onRequest(EXPORT_WORD_REQUEST, async ({ textDocument, preset }: ExportWordParams): Promise<ExportWordResult> => {
      const document = await this.current(textDocument.uri);
      const layout = document?.layout(preset);
      if (!document || !layout) {
        return null;
      }
      // The Word writer is loaded on the first export, not at every start of the server.
      const { exportOptions, wordDocument } = await import('./export/write-docx.js');
      const bytes = await wordDocument(layout, exportOptions(document.settings));
      return { data: Buffer.from(bytes).toString('base64'), preset: layout.preset };
    });
    connection.onRequest(READ_WORD_REQUEST, ({ data }: ReadWordParams): ReadWordResult => {
      const { text, revisions, skipped } = this.wordOf(data);
      return { text, revisions, textBoxes: skipped.textBoxes, notes: skipped.notes };
    });
    connection.onRequest(ANNOTATE_WORD_REQUEST, async ({ data, textDocument }: AnnotateWordParams): Promise<AnnotateWordResult> => {
      const word = this.wordOf(data);
      const analyzer = await this.analyzerFor(textDocument.uri);
      const { bytes, comments } = annotatedWithFindings(word, analyzer.analyze(word.text), this.locale);
      return { data: Buffer.from(bytes).toString('base64'), comments };
    });
    connection.onWorkspaceSymbol(({ query }) => this.guard('workspaceSymbol', [], async () => {
      const symbols = [];
      for (const document of documents.all()) {
        symbols.push(...(await this.current(document.uri))?.workspaceSymbols(query) ?? []);
      }
      return symbols;
    }));
    documents.listen(connection);
    connection.listen();
  }

  /** A Word file sent as base64, read; a file gongwen cannot read fails the request with the reason in the user's language. */
  private wordOf(data: string): WordText {
    try {
      return readWord(Buffer.from(data, 'base64'));
    } catch (error) {
      throw error instanceof WordFileError ? new Error(this.say(error.localized)) : error;
    }
  }

  private say(message: Localized): string {
    return localize(message, this.locale);
  }

  private async guard<T>(what: string, fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.connection.console.error(`gongwen: ${this.say({ zh: `${what} 失败`, en: `${what} failed` })}: ${error instanceof Error ? error.stack : String(error)}`);
      return fallback;
    }
  }

  /** The analyzer of the settings that apply to `uri` (pulled from the client when it can answer). */
  private async analyzerFor(uri: string): Promise<Analyzer> {
    const known = this.analyzerByUri.get(uri);
    if (known) {
      return known;
    }
    let raw = this.pushedSettings;
    if (this.pullConfiguration) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'gongwen' });
      } catch (error) {
        this.connection.console.warn(`gongwen: ${this.say({ zh: '读取设置失败，使用默认设置', en: 'could not read the settings; the defaults are used' })}: ${String(error)}`);
      }
    }
    const key = JSON.stringify(raw ?? null);
    let analyzer = this.analyzers.get(key);
    if (!analyzer) {
      analyzer = createAnalyzer({ settings: raw, locale: this.locale, docsBase: docsBaseUrl(), typingGuard: true });
      this.analyzers.set(key, analyzer);
      for (const problem of analyzer.settingsProblems.filter((p) => !this.reportedProblems.has(p))) {
        this.reportedProblems.add(problem);
        void this.connection.window.showWarningMessage(problem);
      }
    }
    this.analyzerByUri.set(uri, analyzer);
    return analyzer;
  }

  /** The open document's current version as its analyzer sees it. */
  private async current(uri: string): Promise<AnalyzedDocument | undefined> {
    const document = this.documents.get(uri);
    return document && (await this.analyzerFor(uri)).document(document);
  }

  private schedule(document: TextDocument, delay: number): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(document.uri, setTimeout(() => {
      this.timers.delete(document.uri);
      void this.guard('validate', undefined, () => this.validate(document.uri));
    }, delay));
  }

  private async validate(uri: string): Promise<void> {
    const analyzer = await this.analyzerFor(uri);
    const document = this.documents.get(uri);
    if (!document) {
      return;
    }
    const analysed = analyzer.document(document);
    const diagnostics = analysed.diagnostics();
    for (const failure of analysed.analysis?.failures ?? []) {
      this.connection.console.error(`gongwen: ${this.say({ zh: `规则 ${failure.rule.id} 出错，已跳过`, en: `rule ${failure.rule.id} failed and was skipped` })}: ${failure.error instanceof Error ? failure.error.stack : String(failure.error)}`);
    }
    if (analysed.analysis?.limited && !this.limitShown.has(uri)) {
      this.limitShown.add(uri);
      void this.connection.window.showInformationMessage(analyzer.limitNotice(analysed.text.length));
    }
    if (this.documents.get(uri)?.version === document.version) {
      await this.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    }
  }
}

new GongwenServer(createConnection(ProposedFeatures.all)).start();
