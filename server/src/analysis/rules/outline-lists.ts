import type { DocumentModel, HeadingNode, ItemNode, OutlineNode } from '../model/types';
import { matchHeadingMarker } from '../model/markers';

/** The children of every parent, the roots cut into one group per speech (a title starts the next). */
function siblingGroups(model: DocumentModel): OutlineNode[][] {
  const groups: OutlineNode[][] = [[]];
  for (const root of model.roots) {
    if (root.kind === 'title' && (groups[groups.length - 1] as OutlineNode[]).length > 0) {
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

/** Headings that should count 1, 2, 3…: siblings of one level under one parent, in document order. */
export function headingLists(model: DocumentModel): HeadingNode[][] {
  const lists: HeadingNode[][] = [];
  for (const group of siblingGroups(model)) {
    const byLevel = new Map<number, HeadingNode[]>();
    for (const node of group) {
      if (node.kind === 'heading') {
        const list = byLevel.get(node.level) ?? [];
        list.push(node);
        byLevel.set(node.level, list);
      }
    }
    lists.push(...byLevel.values());
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

/** Sentence and clause ends after which a marker the outline does not take for a heading may stand. */
const INSIDE_A_LINE = /[。！？；：:][ \t\u3000]*/g;

/** Whether a heading marker of `level` stands inside a line somewhere in text[start, end). */
export function headingInsideALine(text: string, level: number, start: number, end: number): boolean {
  INSIDE_A_LINE.lastIndex = start;
  for (let match = INSIDE_A_LINE.exec(text); match && match.index < end; match = INSIDE_A_LINE.exec(text)) {
    if (matchHeadingMarker(text, match.index + match[0].length, 'line', false)?.level === level) {
      return true;
    }
  }
  return false;
}

/**
 * Whether renumbering a list of headings is beyond doubt, so that fix-all may do it: the list starts at
 * 1, no number repeats, and no heading of its level stands inside a line around it (a heading the
 * outline does not see, after which the numbers may well be right). Otherwise the fix is a quick fix.
 */
export function headingListIsUnambiguous(text: string, list: readonly HeadingNode[]): boolean {
  const first = list[0] as HeadingNode;
  const last = list[list.length - 1] as HeadingNode;
  return (
    first.number === 1 &&
    list.every((node, index) => index === 0 || node.number === null || node.number > ((list[index - 1] as HeadingNode).number ?? 0)) &&
    !headingInsideALine(text, first.level, 0, last.end)
  );
}

/**
 * Whether renumbering a run of items is beyond doubt: it starts at 一, its numbers only skip forward
 * (一是 二是 四是), and no run of its family starts inside it (一是 二是 inside 一是 is a list of its
 * own, and a repeated number may be where the outer list resumes).
 */
export function itemRunIsUnambiguous(run: readonly ItemNode[], runs: readonly (readonly ItemNode[])[]): boolean {
  const first = run[0] as ItemNode;
  const last = run[run.length - 1] as ItemNode;
  const forward = run.every((item, index) => index === 0 || item.number === null || item.number > ((run[index - 1] as ItemNode).number ?? 0));
  const nested = runs.some((other) => other !== run && (other[0] as ItemNode).family === first.family && (other[0] as ItemNode).start > first.start && (other[0] as ItemNode).start < last.start);
  return first.number === 1 && forward && !nested;
}
