import { chineseNumeral, chineseNumeralValue } from '../model/numerals';
import type { DocumentModel, OutlineNode } from '../model/types';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';
import { lineStartOf } from '../model/spans';
import { cutBetween } from './text-cut';

/**
 * 我讲三点意见 · 提三点要求 · 谈两点体会 · 强调以下四个方面 · 讲三个方面意见. The numeral is group 1.
 * 讲几点意见 leaves the count open, as speeches often do: when the points can be counted, the count is
 * offered as a hint.
 */
const ANNOUNCEMENT = /(?:讲|谈|提|说|强调|讲讲|谈谈)(?:一下)?(?:以下|下面)?([一二三四五六七八九十两几]{1,2})(?:点|个方面|条|个问题)(?:意见|要求|看法|体会|想法|建议|认识|思考|的?意见|的?要求)?/g;

/** Whether `at` lies inside “…” or 「…」 opened earlier on its line: a quoted sentence announces nothing. */
function quoted(text: string, at: number): boolean {
  const before = text.slice(lineStartOf(text, at), at);
  const opens = (before.match(/[“「『]/g) ?? []).length;
  const closes = (before.match(/[”」』]/g) ?? []).length;
  return opens > closes;
}

/** The nodes the announcement counts: the first node after it and its siblings of the same kind that follow. */
function announcedPoints(model: DocumentModel, at: number): OutlineNode[] {
  const next = model.nodes.find((node) => node.start >= at);
  if (!next || next.kind === 'title' || next.kind === 'salutation' || next.kind === 'closing') {
    return [];
  }
  const siblings = siblingsOf(model, next);
  const from = siblings.indexOf(next);
  const points: OutlineNode[] = [];
  for (const node of siblings.slice(from)) {
    if (node.kind === 'title') {
      break;
    }
    const same = next.kind === 'heading' ? node.kind === 'heading' && node.level === next.level : node.kind === 'item' && next.kind === 'item' && node.family === next.family;
    if (!same) {
      continue;
    }
    if (points.length > 0 && node.kind === 'item' && node.number === 1) {
      break;
    }
    points.push(node);
  }
  return points;
}

function siblingsOf(model: DocumentModel, target: OutlineNode): readonly OutlineNode[] {
  if (model.roots.includes(target)) {
    return model.roots;
  }
  return model.nodes.find((node) => node.children.includes(target))?.children ?? [];
}

/** How many 几 announces: any number from two up, so the count is only a suggestion. */
const OPEN_COUNT = '几';

function check({ text, model }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(ANNOUNCEMENT)) {
    const start = match.index ?? 0;
    const numeral = match[1] as string;
    const open = numeral === OPEN_COUNT;
    const announced = numeral === '两' ? 2 : chineseNumeralValue(numeral);
    if ((announced === null && !open) || quoted(text, start)) {
      continue;
    }
    const points = announcedPoints(model, start + match[0].length);
    if (points.length === 0 || points.length === announced || (open && points.length < 2)) {
      continue;
    }
    // Fewer points than announced on a page cut after the announcement (预览结束, 此处隐藏3237字): the rest were cut, not left out.
    if (announced !== null && points.length < announced && cutBetween(text, start)) {
      continue;
    }
    const numeralStart = start + match[0].indexOf(numeral);
    const actual = points.length === 2 && /^(?:点|个)/.test(text.slice(numeralStart + numeral.length)) ? '两' : chineseNumeral(points.length);
    const what = points[0]?.kind === 'heading' ? { zh: '个同级标题', en: 'headings at that level' } : { zh: '项', en: 'items' };
    const counted = match[0].replace(numeral, actual);
    findings.push({
      start,
      end: start + match[0].length,
      message: open
        ? {
            zh: `下文有 ${points.length} ${what.zh}，可以说“${counted}”`,
            en: `${points.length} ${what.en} follow; “${counted}” would say how many`,
          }
        : {
            zh: `说“${match[0]}”，下文实际有 ${points.length} ${what.zh}`,
            en: `“${match[0]}” announces ${announced}, but ${points.length} ${what.en} follow`,
          },
      tentative: open,
      related: points.map((node) => ({ start: node.start, end: node.headEnd, message: { zh: '下文的一点', en: 'one of the points' } })),
      fixes: () => [
        {
          title: { zh: `改为“${actual}”`, en: `Change the count to “${actual}”` },
          edits: [{ start: numeralStart, end: numeralStart + numeral.length, newText: actual }],
          safe: false,
        },
      ],
    });
  }
  return findings;
}

export const announcedCountRule = defineRule({
  id: 'announced-count',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
