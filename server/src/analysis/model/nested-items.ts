import { hasLineBreak } from './spans';
import type { ItemFamily, OutlineNode } from './types';

/** Items of a higher-ranked family contain those of a lower one: 第二，… 一是… 二是… */
export const ITEM_RANK: Readonly<Record<ItemFamily, number>> = { ordinal: 1, sequence: 2, shi: 3, yao: 3 };

interface Run {
  readonly depth: number;
  last: { readonly number: number | null; readonly start: number };
}

/**
 * How deep each enumeration item is nested in items of its own rank. A 一是 on the line of an open
 * run's last item starts a list inside that item (压实责任：一是党政同责；二是一岗双责。二是排查隐患。):
 * depth one more. An item then joins the innermost open run it continues (二是 after 一是), returning to
 * an outer run when only that one continues (the second 二是 above); a 一是 on a new line starts afresh.
 */
export function itemDepths(text: string, nodes: readonly OutlineNode[]): Map<OutlineNode, number> {
  const depths = new Map<OutlineNode, number>();
  const stacks = new Map<number, Run[]>();
  for (const node of nodes) {
    const rank = node.kind === 'item' ? ITEM_RANK[node.family] : 0;
    for (const key of stacks.keys()) {
      if (key > rank) {
        stacks.delete(key);
      }
    }
    if (node.kind !== 'item') {
      continue;
    }
    const stack = stacks.get(rank) ?? [];
    stacks.set(rank, stack);
    const top = stack[stack.length - 1];
    const mark = { number: node.number, start: node.start };
    if (node.number === 1 || !top) {
      const nested = top !== undefined && node.number === 1 && !hasLineBreak(text, top.last.start, node.start);
      if (!nested) {
        stack.length = 0;
      }
      stack.push({ depth: nested ? (top as Run).depth + 1 : 0, last: mark });
    } else {
      let continued = stack.length - 1;
      while (continued >= 0 && !continues(stack[continued] as Run, node.number)) {
        continued--;
      }
      stack.length = continued >= 0 ? continued + 1 : stack.length;
      (stack[stack.length - 1] as Run).last = mark;
    }
    depths.set(node, (stack[stack.length - 1] as Run).depth);
  }
  return depths;
}

function continues(run: Run, number: number | null): boolean {
  return number === null || run.last.number === null || run.last.number + 1 === number;
}
