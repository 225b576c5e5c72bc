/**
 * Word drafts in the editor. A .docx opens (custom editor gongwen.wordDraft) as a read-only gongwen text of
 * scheme gongwen-word — the server reads the file: one line per paragraph, automatic numbers shown — with the
 * same diagnostics, outline and status bar as a draft. Two commands: 转换为公文文稿（.gw）writes that text
 * beside the file to go on drafting; 生成带批注的 Word 文件 writes a copy with the findings as Word comments.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ANNOTATE_WORD_REQUEST, READ_WORD_REQUEST, type AnnotateWordParams, type AnnotateWordResult, type ReadWordParams, type ReadWordResult } from '../../server/src/protocol';
import { say, sayFailure } from './say';
import { exists, offerToOpen, sibling, targetUri, writeAtomically } from './written-file';

export const WORD_SCHEME = 'gongwen-word';
export const WORD_EDITOR = 'gongwen.wordDraft';

/** The read-only text of a Word file: the file's own URI is kept in the query. */
export function wordDraftUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: WORD_SCHEME, path: file.path, query: file.toString() });
}

function wordFileOf(draft: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(draft.query);
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const stem = (file: vscode.Uri): string => path.posix.basename(file.path).replace(/\.[^.]*$/, '');

class WordDraftContent implements vscode.TextDocumentContentProvider {
  /** Notices said once per file: what the text took as accepted or left out. */
  private readonly told = new Set<string>();

  constructor(private readonly client: LanguageClient) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const file = wordFileOf(uri);
    try {
      const params: ReadWordParams = { data: base64(await vscode.workspace.fs.readFile(file)) };
      const read = await this.client.sendRequest<ReadWordResult>(READ_WORD_REQUEST, params);
      this.tell(file, read);
      return read.text;
    } catch (error) {
      const name = path.posix.basename(file.path);
      sayFailure({ zh: name, en: name }, error);
      return '';
    }
  }

  private tell(file: vscode.Uri, read: ReadWordResult): void {
    const key = file.toString();
    if (this.told.has(key) || read.revisions + read.textBoxes + read.notes === 0) {
      return;
    }
    this.told.add(key);
    void vscode.window.showInformationMessage(say({
      zh: `${path.posix.basename(file.path)}：按接受全部修订（${read.revisions} 处）后的文字检查；文本框 ${read.textBoxes} 个、脚注尾注 ${read.notes} 个不在检查范围内。只读：要修改请“转换为公文文稿（.gw）”。`,
      en: `${path.posix.basename(file.path)}: checked with its ${read.revisions} tracked change(s) accepted; ${read.textBoxes} text box(es) and ${read.notes} note(s) are not checked. Read-only: convert it to a .gw draft to edit.`,
    }));
  }
}

/** Opening a .docx shows its text instead: the custom editor opens the gongwen-word document in its place. */
class WordDraftEditor implements vscode.CustomReadonlyEditorProvider {
  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.html = `<!DOCTYPE html><meta charset="utf-8"><p>${say({ zh: '正在以公文文稿打开……', en: 'Opening as a gongwen draft…' })}</p>`;
    await openWordDraft(document.uri, panel.viewColumn);
    panel.dispose();
  }
}

/** Opens a Word file's text in gongwen mode; resolves to its editor. */
export async function openWordDraft(file: vscode.Uri, column?: vscode.ViewColumn): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(wordDraftUri(file));
  const draft = document.languageId === 'gongwen' ? document : await vscode.languages.setTextDocumentLanguage(document, 'gongwen');
  return vscode.window.showTextDocument(draft, { viewColumn: column ?? vscode.ViewColumn.Active, preview: false });
}

/** The Word file a command is about: the one given (a .docx or its draft), else the active draft's. */
function wordFileFor(resource: unknown): vscode.Uri | undefined {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (uri?.scheme === WORD_SCHEME) {
    return wordFileOf(uri);
  }
  return uri && /\.docx$/i.test(uri.path) ? uri : undefined;
}

export interface WordCommandOptions {
  /** Where to write: no question asked, written over if it is there. */
  readonly target?: string;
}

/** The file to write: `options.target`, else `proposed`, else (when it is there already) the user's choice in a save dialog. */
async function targetFor(proposed: vscode.Uri, options: WordCommandOptions, extension: string, kind: string): Promise<vscode.Uri | undefined> {
  if (options.target !== undefined) {
    return targetUri(options.target);
  }
  if (!(await exists(proposed))) {
    return proposed;
  }
  return vscode.window.showSaveDialog({ defaultUri: proposed, filters: { [kind]: [extension] } });
}

function noWordFile(): undefined {
  void vscode.window.showInformationMessage(say({ zh: '请先打开一个 Word 文件（.docx）。', en: 'Open a Word file (.docx) first.' }));
  return undefined;
}

/** 转换为公文文稿（.gw）: the text beside the Word file, opened to go on drafting. */
export async function convertWordToDraft(resource?: unknown, options: WordCommandOptions = {}): Promise<vscode.Uri | undefined> {
  const file = wordFileFor(resource);
  if (!file) {
    return noWordFile();
  }
  const text = (await vscode.workspace.openTextDocument(wordDraftUri(file))).getText();
  const target = await targetFor(sibling(file, `${stem(file)}.gw`), options, 'gw', say({ zh: '公文文稿', en: 'gongwen draft' }));
  if (!target) {
    return undefined;
  }
  await writeAtomically(target, Buffer.from(text, 'utf8'));
  await vscode.window.showTextDocument(target, { preview: false });
  return target;
}

/** 生成带批注的 Word 文件: a copy beside the Word file with one comment per finding at warning or above. */
export async function annotateWordFile(client: LanguageClient, resource?: unknown, options: WordCommandOptions = {}): Promise<vscode.Uri | undefined> {
  const file = wordFileFor(resource);
  if (!file) {
    return noWordFile();
  }
  const target = await targetFor(sibling(file, `${stem(file)}-批注.docx`), options, 'docx', say({ zh: 'Word 文档', en: 'Word document' }));
  if (!target) {
    return undefined;
  }
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say({ zh: '正在生成带批注的 Word 文件…', en: 'Writing the Word file with comments…' }) },
      async () => {
        const params: AnnotateWordParams = { data: base64(await vscode.workspace.fs.readFile(file)), textDocument: { uri: wordDraftUri(file).toString() } };
        const annotated = await client.sendRequest<AnnotateWordResult>(ANNOTATE_WORD_REQUEST, params);
        await writeAtomically(target, Buffer.from(annotated.data, 'base64'));
        return annotated;
      },
    );
    const name = path.posix.basename(target.path);
    void offerToOpen(target, say({ zh: `已生成 ${name}（${result.comments} 条批注）。`, en: `Wrote ${name} (${result.comments} comment(s)).` }));
    return target;
  } catch (error) {
    sayFailure({ zh: '生成批注失败', en: 'Could not write the comments' }, error);
    return undefined;
  }
}

export function registerWordDrafts(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(WORD_SCHEME, new WordDraftContent(client)),
    vscode.window.registerCustomEditorProvider(WORD_EDITOR, new WordDraftEditor(), { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand('gongwen.convertWordToDraft', convertWordToDraft),
    vscode.commands.registerCommand('gongwen.annotateWord', (resource?: unknown, options?: WordCommandOptions) => annotateWordFile(client, resource, options)),
  );
}
