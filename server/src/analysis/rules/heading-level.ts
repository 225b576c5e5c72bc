import type { HeadingLevel, HeadingNode, OutlineNode } from '../model/types';
import { LEVEL_NAMES, preferredForm } from '../model/marker-forms';
import type { HeadingMarkerSettings, Settings } from '../settings';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';

/** Each heading with the nearest heading above it in the tree (null at the top). */
function headingsWithParent(nodes: readonly OutlineNode[], parent: HeadingNode | null, out: [HeadingNode, HeadingNode | null][]): void {
  for (const node of nodes) {
    if (node.kind === 'heading') {
      out.push([node, parent]);
    }
    headingsWithParent(node.children, node.kind === 'heading' ? node : parent, out);
  }
}

function check({ model }: RuleContext, settings: HeadingMarkerSettings & Pick<Settings, 'headingLevel.allowSkippedLevels'>): Finding[] {
  if (settings['headingLevel.allowSkippedLevels']) {
    return [];
  }
  const pairs: [HeadingNode, HeadingNode | null][] = [];
  headingsWithParent(model.roots, null, pairs);
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const [node, parent] of pairs) {
    const above = parent?.level ?? 0;
    if (node.level <= above + 1) {
      continue;
    }
    const key = `${parent?.start ?? -1}:${node.level}`;
    if (reported.has(key)) {
      continue;
    }
    reported.add(key);
    const missing = preferredForm(settings, (above + 1) as HeadingLevel);
    const message = parent
      ? {
          zh: `${LEVEL_NAMES[parent.level]}标题“${parent.marker}”下直接用了${LEVEL_NAMES[node.level]}标题“${node.marker}”，跳过了${LEVEL_NAMES[above + 1]}（${missing}）`,
          en: `A level-${node.level} heading “${node.marker}” directly under the level-${parent.level} heading “${parent.marker}” skips level ${above + 1} (${missing})`,
        }
      : {
          zh: `${LEVEL_NAMES[node.level]}标题“${node.marker}”前没有上级标题（${missing}）`,
          en: `The level-${node.level} heading “${node.marker}” has no level-${above + 1} heading (${missing}) above it`,
        };
    findings.push({ start: node.start, end: node.start + node.marker.length, message });
  }
  return findings;
}

export const headingLevelRule = defineRule({
  id: 'heading-level',
  defaultSeverity: 'information',
  check,
  settings: ['headingLevel.allowSkippedLevels', 'headingMarkers.level1', 'headingMarkers.level2', 'headingMarkers.level3', 'headingMarkers.level4'],
});
