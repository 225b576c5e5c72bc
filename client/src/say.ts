import * as vscode from 'vscode';
import { localeFromTag, localize, type Locale, type Localized } from '../../server/src/protocol';

/** The language of the client's words: VS Code's display language (Chinese for zh-*, English otherwise), as the server's. */
export const LOCALE: Locale = localeFromTag(vscode.env.language);

/** A message in the client's language: every string the client shows is a {zh, en} pair, as the server's are. */
export function say(message: Localized): string {
  return localize(message, LOCALE);
}

/** Shows that something failed: `what` (导出失败, …) and the error's own message after it. */
export function sayFailure(what: Localized, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  void vscode.window.showErrorMessage(say({ zh: `${what.zh}：${reason}`, en: `${what.en}: ${reason}` }));
}
