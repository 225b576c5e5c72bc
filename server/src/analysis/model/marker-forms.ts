import { chineseNumeral, MAX_CIRCLED_NUMBER, MAX_MARKER_NUMBER } from './numerals';
import { skipSpaces } from './text';
import type { HeadingLevel, HeadingNode } from './types';
import type { HeadingMarkerSettings } from '../settings';
import type { OffsetEdit } from '../vocabulary';

/**
 * A heading marker's form: the marker with its number written as 一, 1 or ⑴ — （十二） and （3） have the
 * forms （一） and （1）; **. (an unfilled number) has the form 1.
 */
export function markerForm(marker: string): string {
  return marker.replace(/[一二三四五六七八九十]+/, '一').replace(/\d+|\*+|[Xx×]+/, '1').replace(/[⑴-⒇]/, '⑴');
}

/**
 * The marker of `form` for the number `value`: markerWith('（一）', 3) is （三）. Undefined where no marker of
 * that form with that number would be read back as a heading (over 九十九 or 99; ⑴ over ⒇), so that
 * no fix writes a marker the outline then loses.
 */
export function markerWith(form: string, value: number): string | undefined {
  const circled = form.includes('⑴');
  if (value < 1 || value > (circled ? MAX_CIRCLED_NUMBER : MAX_MARKER_NUMBER)) {
    return undefined;
  }
  return form
    .replace('一', chineseNumeral(value))
    .replace('1', String(value))
    .replace('⑴', String.fromCharCode('⑴'.charCodeAt(0) + value - 1));
}

/** The form a fix writes for `marker`: its own when the house style allows it, else the style's first. */
export function houseForm(marker: string, allowed: readonly string[]): string {
  const form = markerForm(marker);
  return allowed.includes(form) ? form : allowed[0] ?? form;
}

/**
 * The edit that writes `wanted` over a heading's marker. A marker rewritten into a full-width form also
 * takes the spaces after it (一. 总体要求 → 一、总体要求): 、 and ） carry their own spacing.
 */
export function markerEdit(text: string, node: HeadingNode, wanted: string): OffsetEdit {
  const markerEnd = node.start + node.marker.length;
  const end = /[、）]$/.test(wanted) ? skipSpaces(text, markerEnd, node.headEnd) : markerEnd;
  return { start: node.start, end, newText: wanted };
}

export const LEVEL_NAMES: readonly string[] = ['', '一级', '二级', '三级', '四级'];

/** The form the house style writes first at `level` (GB/T 9704-2012 unless set otherwise). */
export function preferredForm(settings: HeadingMarkerSettings, level: HeadingLevel): string {
  const allowed = settings[`headingMarkers.level${level}`];
  return allowed[0] ?? markerForm(['', '一、', '（一）', '1.', '（1）'][level] as string);
}
