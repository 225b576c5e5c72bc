import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Analysis } from './analyze';
import { toDiagnostic, toTextEdit, type DiagnosticOptions } from './diagnostics';
import { fixAllEdits, safeFix } from './fixes';
import { localize, type Locale } from './locale';
import { lineBreakOf, lineStartOf } from './model/spans';
import type { Finding, Fix, OffsetEdit } from './vocabulary';
import { disableNextLineComment } from './suppressions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.gongwen`;

export interface CodeActionOptions extends DiagnosticOptions {
  /** The client applies snippet text edits (LSP 3.18 workspace.workspaceEdit.snippetEditSupport). */
  readonly snippetSupport: boolean;
  /** The kinds the client asked for (CodeActionContext.only). */
  readonly only?: readonly string[];
  /** The document is Markdown: disable comments are written as HTML comments. */
  readonly markdown?: boolean;
  /**
   * The edits of source.fixAll.gongwen (asked for explicitly or on save): fix-all until fixing again
   * changes nothing. The per-rule "fix all" quick fix, offered on every cursor move, makes one pass.
   */
  readonly fixAll: () => OffsetEdit[];
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function workspaceEdit(document: TextDocument, fix: Fix): WorkspaceEdit {
  if (!fix.snippet) {
    return { changes: { [document.uri]: fix.edits.map((edit) => toTextEdit(document, edit)) } };
  }
  const edits = fix.edits.map((edit) => ({
    range: toTextEdit(document, edit).range,
    snippet: { kind: 'snippet' as const, value: edit.newText },
  }));
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] } as WorkspaceEdit;
}

/**
 * A snippet fix applied at every finding of the rule with the same text, all edits sharing tab stop 1,
 * so the user types the value once ("全部填写"). Built on request: it is as long as the document's count.
 */
function fillAllAction(document: TextDocument, findings: readonly Finding[], finding: Finding, fix: Fix, locale: Locale): CodeAction | undefined {
  const content = document.getText();
  const text = content.slice(finding.start, finding.end);
  const same = findings.filter((other) => other.end - other.start === text.length && content.startsWith(text, other.start));
  const template = fix.edits[0];
  if (same.length < 2 || fix.edits.length !== 1 || !template) {
    return undefined;
  }
  const all: Fix = { ...fix, edits: same.map((other) => ({ start: other.start, end: other.end, newText: template.newText })) };
  return {
    title: locale === 'zh' ? `全部填写“${text}”（${same.length} 处）…` : `Fill in all ${same.length} “${text}”…`,
    kind: CodeActionKind.QuickFix,
    edit: workspaceEdit(document, all),
  };
}

/** "在此处忽略该规则": a disable-next-line comment above the finding's line, indented like it. */
function ignoreHereAction(document: TextDocument, ruleId: string, finding: Finding, diagnostic: Diagnostic, options: CodeActionOptions): CodeAction {
  const text = document.getText();
  const lineStart = lineStartOf(text, finding.start);
  const indent = /^[ \t\u3000]*/.exec(text.slice(lineStart, finding.start))?.[0] ?? '';
  const comment = disableNextLineComment(ruleId, options.markdown ?? false);
  const fix: Fix = {
    title: { zh: `在此处忽略该规则（${ruleId}）`, en: `Ignore ${ruleId} here` },
    edits: [{ start: lineStart, end: lineStart, newText: `${indent}${comment}${lineBreakOf(text)}` }],
    safe: false,
  };
  return { title: localize(fix.title, options.locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(document, fix) };
}

function fixAllTitle(ruleId: string | undefined, count: number, locale: Locale): string {
  if (ruleId === undefined) {
    return locale === 'zh' ? `公文助手：修复全部可自动修复的问题（${count} 处）` : `gongwen: fix all auto-fixable problems (${count})`;
  }
  return locale === 'zh' ? `修复本文档所有 ${ruleId} 问题（${count} 处）` : `Fix all ${ruleId} problems in this document (${count})`;
}

/** The source.fixAll.gongwen action: every safe fix in the document, none overlapping. */
function fixAllAction(document: TextDocument, edits: readonly OffsetEdit[], locale: Locale): CodeAction | undefined {
  if (edits.length === 0) {
    return undefined;
  }
  return {
    title: fixAllTitle(undefined, edits.length, locale),
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: edits.map((edit) => toTextEdit(document, edit)) } },
  };
}

/** Quick fixes for the findings that touch `range`, and "fix all of this rule" where that rule has several. */
export function codeActions(document: TextDocument, analysis: Analysis, range: Range, options: CodeActionOptions): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(options.only, FIX_ALL_KIND) && options.only !== undefined) {
    const fixAll = fixAllAction(document, options.fixAll(), options.locale);
    if (fixAll) {
      actions.push(fixAll);
    }
  }
  if (!wants(options.only, CodeActionKind.QuickFix)) {
    return actions;
  }
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  for (const result of analysis.results) {
    let touched = false;
    for (const finding of result.findings) {
      if (finding.start > to || finding.end < from) {
        continue;
      }
      touched = true;
      const diagnostic = toDiagnostic(document, result.rule.id, result.severity, finding, options);
      for (const fix of finding.fixes?.() ?? []) {
        if (fix.snippet && !options.snippetSupport) {
          continue;
        }
        actions.push({
          title: localize(fix.title, options.locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred ?? false,
          edit: workspaceEdit(document, fix),
        });
        const fillAll = fix.snippet ? fillAllAction(document, result.findings, finding, fix, options.locale) : undefined;
        if (fillAll) {
          actions.push(fillAll);
        }
      }
      actions.push(ignoreHereAction(document, result.rule.id, finding, diagnostic, options));
    }
    const fixable = result.findings.filter((finding) => safeFix(finding) !== undefined).length;
    if (touched && fixable >= 2) {
      const edits = fixAllEdits(analysis, result.rule.id);
      actions.push({
        title: fixAllTitle(result.rule.id, edits.length, options.locale),
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [document.uri]: edits.map((edit) => toTextEdit(document, edit)) } },
      });
    }
  }
  return actions;
}
