import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TextEdit } from 'vscode-languageserver-types';
import { FILL_PLACEHOLDERS_REQUEST, FRAMES, SHOW_STATISTICS_COMMAND, type DocumentRequestParams } from '../../server/src/protocol';
import { goToPlaceholder } from './placeholders';
import type { StatisticsView } from './statistics-view';

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
    const open = vscode.l10n.t('Open settings');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('No placeholder here has a value in gongwen.placeholderValues. Add the placeholder in its context and its value there, e.g. "XX县": "临江县".'),
      open,
    );
    if (choice === open) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'gongwen.placeholderValues');
    }
    return;
  }
  if (document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document changed while the placeholders were being looked up; nothing was filled. Please run the command again.'));
    return;
  }
  const converted = (await client.protocol2CodeConverter.asTextEdits(edits)) ?? [];
  const applied = await editor.edit((builder) => {
    for (const edit of converted) {
      builder.replace(edit.range, edit.newText);
    }
  });
  if (applied) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Filled {0} placeholders from your settings.', edits.length));
  }
}

/** Inserts a whole-speech frame at the cursor: the one named by `id` (for key bindings), else the one the user picks. */
async function insertSkeleton(id?: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    return;
  }
  const picks = FRAMES.filter((frame) => frame.id.startsWith('skeleton-')).map((frame) => ({ id: frame.id, label: frame.label, detail: frame.detail, body: frame.body }));
  const named = typeof id === 'string' ? picks.find((pick) => pick.id === id) : undefined;
  const pick = named ?? (await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Choose the kind of speech'), matchOnDetail: true }));
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
  );
}
