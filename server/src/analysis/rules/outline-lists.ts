import { isTitleText } from '../model/blocks';
import { kindOfTitle } from '../model/document-kind';
import { trimmedLines } from '../model/text';
import type { DocumentModel, HeadingNode, ItemNode, OutlineNode } from '../model/types';
import { headingMarkersInsideLines, type HeadingInsideLine } from '../model/run-in-headings';

/**
 * A 一、 that starts over under a document title of its own after the sections of another: a page that
 * holds two documents (two 纪要, two 通知) numbers each from 一、.
 */
function startsNextDocument(model: DocumentModel, previous: OutlineNode, root: OutlineNode): boolean {
  return root.kind === 'heading' && root.number === 1 && titlesBetween(model, previous, root).some((title) => kindOfTitle(title, false) !== null);
}

/** The lines between `previous`'s heading and `node` shaped as a title (isTitleText) that are no node of the outline. */
function titlesBetween(model: DocumentModel, previous: OutlineNode, node: OutlineNode): string[] {
  return trimmedLines(model.text, previous.headEnd, node.start)
    .filter(({ start, end }) => isTitleText(model.text.slice(start, end), true) && !model.nodes.some((other) => other.start === start))
    .map(({ start, end }) => model.text.slice(start, end));
}

/**
 * The children of every parent, the roots cut into one group per speech or document (a title starts the
 * next, and so does a 一、 under a document title of its own).
 */
function siblingGroups(model: DocumentModel): OutlineNode[][] {
  const groups: OutlineNode[][] = [[]];
  for (const root of model.roots) {
    const group = groups[groups.length - 1] as OutlineNode[];
    const previous = group[group.length - 1];
    if (previous && (root.kind === 'title' || startsNextDocument(model, previous, root))) {
      groups.push([]);
    }
    (groups[groups.length - 1] as OutlineNode[]).push(root);
  }
  for (const node of model.nodes) {
    if (node.children.length > 0) {
      groups.push(node.children);
    }
  }
  return groups;
}

/**
 * A heading numbered 1 under a subtitle of its own after the headings of another list (述职报告的撰写格式 / 1.… 4.… /
 * 述职报告的撰写内容 / 1.…): a line shaped as a title, not a heading, between the two.
 */
function startsUnderSubtitle(model: DocumentModel, previous: HeadingNode, node: HeadingNode): boolean {
  return node.number === 1 && titlesBetween(model, previous, node).length > 0;
}

/**
 * Headings that should count 1, 2, 3…: siblings of one level under one parent, in document order; a 1 under a
 * subtitle starts a list of its own.
 */
export function headingLists(model: DocumentModel): HeadingNode[][] {
  const lists: HeadingNode[][] = [];
  for (const group of siblingGroups(model)) {
    const byLevel = new Map<number, HeadingNode[]>();
    for (const node of group) {
      if (node.kind === 'heading') {
        const list = byLevel.get(node.level);
        const previous = list?.[list.length - 1];
        if (list && previous && !startsUnderSubtitle(model, previous, node)) {
          list.push(node);
        } else {
          const fresh = [node];
          lists.push(fresh);
          byLevel.set(node.level, fresh);
        }
      }
    }
  }
  return lists;
}

/**
 * Runs of enumeration items that should count 1, 2, 3…: items of one family under one parent, a new run
 * starting wherever an item says 1 (一是, 首先, 第一) — a 一是 list in the next paragraph is a list of its own.
 */
export function itemRuns(model: DocumentModel): ItemNode[][] {
  const runs: ItemNode[][] = [];
  for (const group of siblingGroups(model)) {
    const open = new Map<string, ItemNode[]>();
    for (const node of group) {
      if (node.kind !== 'item') {
        continue;
      }
      const run = open.get(node.family);
      if (run && node.number !== 1) {
        run.push(node);
      } else {
        const fresh = [node];
        runs.push(fresh);
        open.set(node.family, fresh);
      }
    }
  }
  return runs.sort((a, b) => (a[0] as ItemNode).start - (b[0] as ItemNode).start);
}

/** A heading marker inside a line (要求如下：（一）……) that the outline does not take for a heading. */
export type UnseenHeading = HeadingInsideLine;

/**
 * A level-3 marker glued to the words before it, a space after its dot (……工作安排一、上半年工作总结1. 经济发展……): a
 * page that ran its headings into one line. Not a heading for the outline, but the list's 1. may be there.
 */
const GLUED_NUMBER = /(?<=\p{Script=Han})([1-9]\d?)[.．][ \t\u3000]+(?=\p{Script=Han})/gu;

/** Every heading marker that stands inside a line and is not in the outline, in document order; read once per check. */
export function unseenHeadings(model: DocumentModel): UnseenHeading[] {
  const seen = new Set(model.nodes.map((node) => node.start));
  const glued = Array.from(model.text.matchAll(GLUED_NUMBER), (match): UnseenHeading => ({ start: match.index, level: 3, number: Number(match[1]), afterSemicolon: false }));
  return [...headingMarkersInsideLines(model.text), ...glued].filter((marker) => !seen.has(marker.start)).sort((a, b) => a.start - b.start);
}

/** Whether an unseen heading of `level` stands before `end` (and after `after`, when given). */
export function unseenBefore(unseen: readonly UnseenHeading[], level: number, end: number, after = -1): boolean {
  return unseen.some((heading) => heading.level === level && heading.start > after && heading.start < end);
}

/** Starts at 1 and only counts forward: 一 二 四 may be renumbered without doubt, 二 三 or 一 二 二 may not. */
function countsForwardFromOne(nodes: readonly (HeadingNode | ItemNode)[]): boolean {
  return (nodes[0] as HeadingNode | ItemNode).number === 1 && nodes.every((node, index) => index === 0 || node.number === null || node.number > ((nodes[index - 1] as HeadingNode | ItemNode).number ?? 0));
}

/**
 * Whether renumbering a list of headings is beyond doubt, so that fix-all may do it: it counts forward
 * from 1 and no heading of its level stands inside a line before its end (a heading the outline does
 * not see, after which the numbers may well be right). Otherwise the fix is a quick fix.
 */
export function headingListIsUnambiguous(list: readonly HeadingNode[], unseen: readonly UnseenHeading[]): boolean {
  const last = list[list.length - 1] as HeadingNode;
  return countsForwardFromOne(list) && !unseenBefore(unseen, last.level, last.end);
}

/**
 * Whether renumbering a run of items is beyond doubt: it counts forward from 一 (一是 二是 四是), and no
 * run of its family starts inside it (一是 二是 inside 一是 is a list of its own, and a repeated number
 * may be where the outer list resumes).
 */
export function itemRunIsUnambiguous(run: readonly ItemNode[], runs: readonly (readonly ItemNode[])[]): boolean {
  const first = run[0] as ItemNode;
  const last = run[run.length - 1] as ItemNode;
  const nested = runs.some((other) => other !== run && (other[0] as ItemNode).family === first.family && (other[0] as ItemNode).start > first.start && (other[0] as ItemNode).start < last.start);
  return countsForwardFromOne(run) && !nested;
}
