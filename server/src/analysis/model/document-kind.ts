/**
 * The kind of a document, read from its title: the 15 statutory types of 《党政机关公文处理工作条例》 第八条,
 * speeches, and the everyday 事务文书 (summaries, plans, schemes, 述职报告).
 */

import { STATUTORY_KINDS, type DocumentKind, type StatutoryKind } from '../vocabulary';
import { withoutSpaces } from './text';
import type { DocumentFrame } from './types';

export type { DocumentKind, StatutoryKind };

/** A document's kind: the one gongwen.documentKind forces, else what its title says. */
export function documentKind(frame: DocumentFrame, forced: DocumentKind | 'auto'): DocumentKind | null {
  return forced === 'auto' ? frame.kind : forced;
}

export function isStatutory(kind: DocumentKind | null): kind is StatutoryKind {
  return kind !== null && (STATUTORY_KINDS as readonly string[]).includes(kind);
}

/** The word a title ends with, longest first (述职报告 before 报告, 令 for 命令), and the kind it names. */
const TITLE_ENDINGS: readonly (readonly [string, DocumentKind])[] = [
  ['述职报告', '述职报告'], ['述责述廉报告', '述职报告'],
  ['讲话稿', '讲话'], ['讲话', '讲话'], ['致辞', '讲话'], ['发言', '讲话'], ['主持词', '讲话'], ['讲稿', '讲话'],
  ['总结', '总结'], ['计划', '计划'], ['要点', '计划'], ['方案', '方案'],
  ['决议', '决议'], ['决定', '决定'], ['命令', '命令'], ['令', '命令'], ['公报', '公报'], ['公告', '公告'], ['通告', '通告'],
  ['意见', '意见'], ['通知', '通知'], ['通报', '通报'], ['报告', '报告'], ['请示', '请示'], ['批复', '批复'], ['议案', '议案'],
  ['函', '函'], ['纪要', '纪要'],
];

/**
 * Statutory types whose titles say 关于 (…关于…的通知): without it, the word ends an everyday title too
 * (政府工作报告, 讨论意见, 工作计划的通报…), and only a 发文字号 or a 主送机关 makes it a document of the type.
 */
const NEEDS_ABOUT: ReadonlySet<DocumentKind> = new Set(['决定', '意见', '通知', '通报', '报告', '请示', '批复', '函', '命令']);

/** 工作报告 and 调研报告 are reports read out or handed round, not the statutory 报告. */
const EVERYDAY_REPORT = /(工作|调研|调查|考察|评估|自查|述职|学习|心得)报告$/;

/**
 * The kind a title names, or null. `framed`: the document has a 发文字号 or a 主送机关, so a type word
 * ends a statutory title even without 关于.
 */
export function kindOfTitle(title: string, framed: boolean): DocumentKind | null {
  const words = withoutSpaces(title);
  const ending = TITLE_ENDINGS.find(([word]) => words.endsWith(word));
  if (!ending) {
    return null;
  }
  const kind = ending[1];
  if (kind === '报告' && EVERYDAY_REPORT.test(words) && !words.includes('关于')) {
    return null;
  }
  if (NEEDS_ABOUT.has(kind) && !framed && !words.includes('关于')) {
    return null;
  }
  return kind;
}

/** The kind as the status bar names it: 通知, 讲话稿, 事务文书（总结）. */
export function kindLabel(kind: DocumentKind): string {
  if (isStatutory(kind)) {
    return kind;
  }
  return kind === '讲话' ? '讲话稿' : `事务文书（${kind}）`;
}
