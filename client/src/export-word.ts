/**
 * 导出为 Word（GB/T 9704）…: asks what is unfilled first (仍然导出 / 先去处理), the preset and where to save,
 * then has the server lay the document out and writes the .docx beside the draft, atomically, under a progress
 * notification; then offers to open it or show it in its folder. Arguments (from a key binding or a test) skip the questions.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_WORD_REQUEST, type ExportPreset, type ExportWordParams, type ExportWordResult } from '../../server/src/protocol';
import { goToPlaceholder, placeholdersOf } from './placeholders';
import { say, sayFailure } from './say';
import { offerToOpen, targetUri, writeAtomically } from './written-file';

export interface ExportWordOptions {
  readonly preset?: ExportPreset | 'auto';
  /** Where to write, as a path or URI; no save dialog. */
  readonly target?: string;
  /** Export even with unfilled placeholders, without asking. */
  readonly force?: boolean;
}

const PRESET_NAMES = { document: { zh: '公文版式', en: 'document layout' }, speech: { zh: '讲话稿版式', en: 'speech layout' } } as const;
/** How many unfilled placeholders the warning names. */
const NAMED = 5;

/** Whether to go on despite unfilled placeholders: 仍然导出 goes on, 先去处理 selects the first, closing the message stops. */
async function goOnDespitePlaceholders(document: vscode.TextDocument): Promise<boolean> {
  const unfilled = placeholdersOf(document.uri);
  if (unfilled.length === 0) {
    return true;
  }
  const named = unfilled.slice(0, NAMED).map((d) => say({ zh: `第 ${d.range.start.line + 1} 行“${document.getText(d.range)}”`, en: `line ${d.range.start.line + 1} “${document.getText(d.range)}”` }));
  const more = unfilled.length > NAMED ? say({ zh: ' 等', en: ' and more' }) : '';
  const anyway = say({ zh: '仍然导出', en: 'Export Anyway' });
  const fix = say({ zh: '先去处理', en: 'Fill Them First' });
  const choice = await vscode.window.showWarningMessage(
    say({ zh: `还有 ${unfilled.length} 处未填写的占位符：${named.join('、')}${more}。`, en: `${unfilled.length} placeholder(s) are still unfilled: ${named.join(', ')}${more}.` }),
    { modal: true },
    anyway,
    fix,
  );
  if (choice === fix) {
    goToPlaceholder(1);
  }
  return choice === anyway;
}

async function pickPreset(): Promise<ExportPreset | 'auto' | undefined> {
  const picks: (vscode.QuickPickItem & { preset: ExportPreset | 'auto' })[] = [
    { preset: 'auto', label: say({ zh: '按文种自动选择', en: 'Choose by the kind of document' }), detail: say({ zh: '讲话稿用讲话稿版式，其余用公文版式', en: 'the speech layout for a speech, the document layout for the rest' }) },
    { preset: 'document', label: say({ zh: '公文版式', en: 'Document layout' }), detail: say({ zh: 'GB/T 9704：页码单页居右、双页居左；主送机关、附件说明、署名、成文日期按标准编排', en: 'GB/T 9704: odd page numbers right, even left; addressee, attachments, signature and date as the standard places them' }) },
    { preset: 'speech', label: say({ zh: '讲话稿版式', en: 'Speech layout' }), detail: say({ zh: '标题下居中排讲话人和日期，页码居中', en: 'the speaker’s line centred under the title, page numbers centred' }) },
  ];
  return (await vscode.window.showQuickPick(picks, { placeHolder: say({ zh: '选择导出版式', en: 'Choose the layout' }), matchOnDetail: true }))?.preset;
}

function defaultTarget(document: vscode.TextDocument): vscode.Uri {
  if (document.uri.scheme === 'file') {
    const parsed = path.parse(document.uri.fsPath);
    return vscode.Uri.file(path.join(parsed.dir, `${parsed.name}.docx`));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, say({ zh: '公文.docx', en: 'document.docx' })) : vscode.Uri.file(say({ zh: '公文.docx', en: 'document.docx' }));
}

/** The command; resolves to the file written, or undefined when nothing was. */
export async function exportWord(client: LanguageClient, resource?: vscode.Uri, options: ExportWordOptions = {}): Promise<vscode.Uri | undefined> {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(say({ zh: '请先打开要导出的文稿。', en: 'Open the draft to export first.' }));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  if (!options.force && !(await goOnDespitePlaceholders(document))) {
    return undefined;
  }
  const preset = options.preset ?? (await pickPreset());
  if (!preset) {
    return undefined;
  }
  const target = options.target !== undefined
    ? targetUri(options.target)
    : await vscode.window.showSaveDialog({ defaultUri: defaultTarget(document), filters: { [say({ zh: 'Word 文档', en: 'Word document' })]: ['docx'] }, saveLabel: say({ zh: '导出', en: 'Export' }) });
  if (!target) {
    return undefined;
  }
  if (!/\.docx$/i.test(target.path)) {
    void vscode.window.showErrorMessage(say({ zh: `导出的文件应为 .docx：${target.path}`, en: `The exported file must be a .docx: ${target.path}` }));
    return undefined;
  }
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: say({ zh: '正在导出 Word（GB/T 9704）…', en: 'Exporting to Word (GB/T 9704)…' }) },
      async () => {
        const params: ExportWordParams = { textDocument: { uri: document.uri.toString() }, preset };
        const exported = await client.sendRequest<ExportWordResult>(EXPORT_WORD_REQUEST, params);
        if (exported) {
          await writeAtomically(target, Buffer.from(exported.data, 'base64'));
        }
        return exported;
      },
    );
    if (!result) {
      void vscode.window.showWarningMessage(say({ zh: '公文助手不分析这个文档（见设置 gongwen.enable），无法导出。', en: 'gongwen does not analyse this document (see gongwen.enable), so it cannot export it.' }));
      return undefined;
    }
    void offerToOpen(target, say({ zh: `已导出 ${path.posix.basename(target.path)}（${PRESET_NAMES[result.preset].zh}）。`, en: `Exported ${path.posix.basename(target.path)} (${PRESET_NAMES[result.preset].en}).` }));
    return target;
  } catch (error) {
    sayFailure({ zh: '导出失败', en: 'Export failed' }, error);
    return undefined;
  }
}
