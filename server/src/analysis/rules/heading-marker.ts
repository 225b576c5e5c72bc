import type { HeadingNode } from '../model/types';
import { houseForm, LEVEL_NAMES, markerEdit, markerForm, markerWith } from '../model/marker-forms';
import type { HeadingMarkerSettings } from '../settings';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';

function check({ text, model }: RuleContext, settings: HeadingMarkerSettings): Finding[] {
  const findings: Finding[] = [];
  for (const node of model.nodes) {
    if (node.kind !== 'heading') {
      continue;
    }
    const allowed = settings[`headingMarkers.level${node.level}`];
    const form = markerForm(node.marker);
    const wanted = houseForm(node.marker, allowed);
    if (wanted === form) {
      continue;
    }
    const rewritten = rewrite(node, wanted);
    findings.push({
      start: node.start,
      end: node.start + node.marker.length,
      message: rewritten === undefined
        ? {
          zh: `${LEVEL_NAMES[node.level]}标题的编号应写成“${wanted}”的格式，但这种格式写不出“${node.marker}”的编号`,
          en: `A level-${node.level} heading is marked in the form “${wanted}”, which cannot carry the number of “${node.marker}”`,
        }
        : {
          zh: `${LEVEL_NAMES[node.level]}标题的编号应写成“${wanted}”的格式：“${node.marker}”应为“${rewritten}”`,
          en: `A level-${node.level} heading is marked in the form “${wanted}”: “${node.marker}” should be “${rewritten}”`,
        },
      ...(rewritten === undefined
        ? {}
        : { fixes: () => [{ title: { zh: `改为“${rewritten}”`, en: `Change to “${rewritten}”` }, edits: [markerEdit(text, node, rewritten)], preferred: true, safe: true }] }),
    });
  }
  return findings;
}

/**
 * The marker in the wanted form, keeping its number (an unfilled number such as ** stays as written);
 * undefined where the form cannot carry the number (（21） written as ⑴).
 */
function rewrite(node: HeadingNode, wanted: string): string | undefined {
  if (node.number !== null) {
    return markerWith(wanted, node.number);
  }
  const written = /\*+|[Xx×]+/.exec(node.marker)?.[0] ?? '';
  return wanted.replace(/[一1⑴]/, written);
}

export const headingMarkerRule = defineRule({
  id: 'heading-marker',
  defaultSeverity: 'warning',
  check,
  settings: ['headingMarkers.level1', 'headingMarkers.level2', 'headingMarkers.level3', 'headingMarkers.level4'],
});
