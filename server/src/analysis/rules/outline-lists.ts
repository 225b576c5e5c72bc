import type { DocumentModel, HeadingNode, ItemNode, OutlineNode } from '../model/types';

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
