import type { DocumentModel, HeadingNode } from '../model/types';
import { houseForm, markerEdit, markerWith } from '../model/marker-forms';
import { headingListIsUnambiguous, headingLists, unseenBefore, unseenHeadings, type UnseenHeading } from './outline-lists';
import { defineRule, type RuleContext } from './rule';
import { cutBetween } from './text-cut';
import type { Finding, Fix } from '../vocabulary';
import type { HeadingMarkerSettings } from '../settings';

/** The marker a heading should have at `index` of its list counting from `base`, in the house style's form. */
function wantedMarker(node: HeadingNode, index: number, settings: HeadingMarkerSettings, base = 1): string | undefined {
  return markerWith(houseForm(node.marker, settings[`headingMarkers.level${node.level}`]), base + index);
}

/**
 * One fix for the whole list: each heading gets its position as its number, its marker in the house
 * style's form (so that this fix and heading-marker's agree wherever they touch the same marker). None
 * for a list longer than its markers can count (over 九十九, or ⑴ past ⒇). It enters fix-all only when the
 * list leaves no doubt (headingListIsUnambiguous).
 */
function renumber(text: string, list: readonly HeadingNode[], settings: HeadingMarkerSettings, unseen: readonly UnseenHeading[], base: number): Fix | undefined {
  const wanted = list.map((node, index) => wantedMarker(node, index, settings, base));
  if (wanted.some((marker) => marker === undefined)) {
    return undefined;
  }
  const edits = list.flatMap((node, index) => (wanted[index] === node.marker ? [] : [markerEdit(text, node, wanted[index] as string)]));
  const sample = list.slice(0, 3).map((node, index) => wantedMarker(node, index, settings, base)).join('');
  return { title: { zh: `重新编号本级标题（${sample}…）`, en: `Renumber these headings (${sample}…)` }, edits, preferred: true, safe: headingListIsUnambiguous(list, unseen) };
}

/**
 * A list in the parts a page's cuts leave of it (一、…… ---此处隐藏3237字--- 四、五、七、): the part after a cut
 * follows headings that were cut, so it counts on from its own first number.
 */
function partsBetweenCuts(text: string, list: readonly HeadingNode[]): HeadingNode[][] {
  const parts: HeadingNode[][] = [];
  list.forEach((node, index) => {
    const previous = list[index - 1];
    if (!previous || cutBetween(text, previous.start, node.start)) {
      parts.push([node]);
    } else {
      (parts[parts.length - 1] as HeadingNode[]).push(node);
    }
  });
  return parts;
}

/**
 * Where the heading above each heading starts (-1 when none), read in one pass: a heading inside a line before a
 * list's parent is not the list's, nor is a page's cut there.
 */
function parentStarts(model: DocumentModel): Map<HeadingNode, number> {
  const parents = new Map<HeadingNode, number>();
  const open: HeadingNode[] = [];
  for (const node of model.nodes) {
    if (node.kind !== 'heading') {
      continue;
    }
    while (open.length > 0 && (open[open.length - 1] as HeadingNode).level >= node.level) {
      open.pop();
    }
    parents.set(node, open[open.length - 1]?.start ?? -1);
    open.push(node);
  }
  return parents;
}

function check({ text, model }: RuleContext, settings: HeadingMarkerSettings): Finding[] {
  const findings: Finding[] = [];
  /** Read only when some list is wrong: most drafts number right. */
  let unseen: UnseenHeading[] | undefined;
  const unseenNow = (): UnseenHeading[] => (unseen ??= unseenHeadings(model));
  const parents = parentStarts(model);
  for (const [part, list] of headingLists(model).flatMap((whole) => partsBetweenCuts(text, whole).map((list, part) => [part, list] as const))) {
    const first = list[0] as HeadingNode;
    // After a cut (between its parent and its first, or inside the list) the list counts on from its own number.
    const parent = parents.get(first) ?? -1;
    const base = part === 0 && !cutBetween(text, Math.max(0, parent), first.start) ? 1 : (first.number ?? 1);
    if (first.number !== base && unseenBefore(unseenNow(), first.level, first.start, parent)) {
      // 要求如下：1.…… then 2. at a line start: the list's first heading is inside a line, where the outline does not see it.
      continue;
    }
    /** Made once per list, at its first wrong number (null: the list is too long to renumber). */
    let fix: Fix | null | undefined;
    list.forEach((node, index) => {
      if (node.number === base + index) {
        return;
      }
      const wanted = wantedMarker(node, index, settings, base);
      const previous = list[index - 1];
      const why = node.number === null
        ? { zh: '编号未填写', en: 'the number is not filled in' }
        : previous && node.number === previous.number
          ? { zh: `与上一个标题编号重复`, en: 'it repeats the number before it' }
          : index === 0
            ? { zh: '同级第一个标题应从 1 开始编号', en: 'the first heading of a level starts at 1' }
            : { zh: `上一个是“${previous?.marker ?? ''}”`, en: `the one before is “${previous?.marker ?? ''}”` };
      if (fix === undefined) {
        fix = renumber(text, list, settings, unseenNow(), base) ?? null;
      }
      const should = wanted === undefined ? { zh: `第 ${base + index} 个`, en: `number ${base + index}` } : { zh: `“${wanted}”`, en: `“${wanted}”` };
      const listFix = fix;
      findings.push({
        start: node.start,
        end: node.start + node.marker.length,
        message: { zh: `标题编号应为${should.zh}：${why.zh}`, en: `This heading should be ${should.en}: ${why.en}` },
        ...(listFix ? { fixes: () => [listFix] } : {}),
      });
    });
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const headingNumberingRule = defineRule({
  id: 'heading-numbering',
  defaultSeverity: 'warning',
  check,
  fixPriority: 1,
  settings: ['headingMarkers.level1', 'headingMarkers.level2', 'headingMarkers.level3', 'headingMarkers.level4'],
});
