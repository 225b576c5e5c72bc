import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TextEdit } from 'vscode-languageserver-types';
import { FILL_PLACEHOLDERS_REQUEST, FRAMES, SHOW_STATISTICS_COMMAND, type DocumentRequestParams } from '../../server/src/protocol';
import { exportWord, type ExportWordOptions } from './export-word';
import { goToPlaceholder } from './placeholders';
import type { StatisticsView } from './statistics-view';
import { say } from './say';

async function fillPlaceholders(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const document = editor.document;
  const version = document.version;
  const params: DocumentRequestParams = { textDocument: { uri: document.uri.toString() } };
  const edits = await client.sendRequest<TextEdit[]>(FILL_PLACEHOLDERS_REQUEST, params);
  if (edits.length === 0) {
    const open = say({ zh: '打开设置', en: 'Open settings' });
    const choice = await vscode.window.showInformationMessage(
      say({
        zh: '本文的占位符在 gongwen.placeholderValues 中都没有对应的值。请在设置中写上占位符（连同上下文）和它的值，如 "XX县": "临江县"。',
        en: 'No placeholder here has a value in gongwen.placeholderValues. Add the placeholder in its context and its value there, e.g. "XX县": "临江县".',
      }),
      open,
    );
    if (choice === open) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'gongwen.placeholderValues');
    }
    return;
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage(say({ zh: '查找占位符期间文档有改动，未作填写。请再运行一次该命令。', en: 'The document changed while the placeholders were being looked up; nothing was filled. Please run the command again.' }));
    return;
  }
  const converted = (await client.protocol2CodeConverter.asTextEdits(edits)) ?? [];
  const applied = await editor.edit((builder) => {
    for (const edit of converted) {
      builder.replace(edit.range, edit.newText);
    }
  });
  if (applied) {
    void vscode.window.showInformationMessage(say({ zh: `已按设置填写 ${edits.length} 处占位符。`, en: `Filled ${edits.length} placeholders from your settings.` }));
  }
}

/** Inserts a whole-speech frame at the cursor: the one named by `id` (for key bindings), else the one the user picks. */
async function insertSkeleton(id?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const picks = FRAMES.filter((frame) => frame.id.startsWith('skeleton-')).map((frame) => ({ id: frame.id, label: frame.label, detail: say(frame.detail), body: frame.body }));
  const named = typeof id === 'string' ? picks.find((pick) => pick.id === id) : undefined;
  const pick = named ?? (await vscode.window.showQuickPick(picks, { placeHolder: say({ zh: '选择讲话类型', en: 'Choose the kind of speech' }), matchOnDetail: true }));
  if (pick) {
    await editor.insertSnippet(new vscode.SnippetString(pick.body));
  }
}

async function setLanguageMode(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document) {
    await vscode.languages.setTextDocumentLanguage(document, 'gongwen');
  }
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, view: StatisticsView): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('gongwen.nextPlaceholder', () => goToPlaceholder(1)),
    vscode.commands.registerCommand('gongwen.previousPlaceholder', () => goToPlaceholder(-1)),
    vscode.commands.registerCommand('gongwen.fillPlaceholders', () => fillPlaceholders(client)),
    vscode.commands.registerCommand('gongwen.insertSkeleton', insertSkeleton),
    vscode.commands.registerCommand(SHOW_STATISTICS_COMMAND, (uri?: string | vscode.Uri) => view.show(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri)),
    vscode.commands.registerCommand('gongwen.setLanguageMode', setLanguageMode),
    vscode.commands.registerCommand('gongwen.exportWord', (resource?: vscode.Uri, options?: ExportWordOptions) => exportWord(client, resource, options)),
  );
}
