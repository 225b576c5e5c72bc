/** Files the client writes for the user: written atomically, then offered to open or show in their folder. */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { say } from './say';

/** Writes through a temporary file beside the target and a rename, so a failed write never leaves half a file. */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const temp = target.with({ path: path.posix.join(path.posix.dirname(target.path), `.${path.posix.basename(target.path)}.gongwen-${Date.now()}.tmp`) });
  await vscode.workspace.fs.writeFile(temp, bytes);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

/** Says what was written and offers 打开 (the system's application: Word) and 在文件夹中显示. */
export async function offerToOpen(target: vscode.Uri, message: string): Promise<void> {
  const open = say({ zh: '打开', en: 'Open' });
  const reveal = say({ zh: '在文件夹中显示', en: 'Show in Folder' });
  const choice = await vscode.window.showInformationMessage(message, open, reveal);
  if (choice === open) {
    await vscode.env.openExternal(target);
  } else if (choice === reveal) {
    await vscode.commands.executeCommand(vscode.env.uiKind === vscode.UIKind.Desktop ? 'revealFileInOS' : 'revealInExplorer', target);
  }
}

/** A sibling of `file` named `name` (in the same folder). */
export function sibling(file: vscode.Uri, name: string): vscode.Uri {
  return file.with({ path: path.posix.join(path.posix.dirname(file.path), name) });
}

export async function exists(file: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(file).then(() => true, () => false);
}

/** A target given to a command (by a key binding or a test): a URI when it has a scheme and ://, else a path (C:\\ stays a path). */
export function targetUri(given: string): vscode.Uri {
  return /^[a-z][\w+.-]+:\/\//i.test(given) ? vscode.Uri.parse(given) : vscode.Uri.file(given);
}
