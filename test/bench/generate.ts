/**
 * Generated speech text for the benchmark: headings at four levels, 一是/二是 items, placeholders and a
 * little pasted residue, sentences assembled from pools of official phrasing by a seeded generator, so the
 * text reads like a long speech without repeating whole sentences the way a copied paragraph would.
 */

const SUBJECTS = ['各乡镇', '各部门', '各级党组织', '县直各单位', '各村（社区）', '广大党员干部', '各园区', '各企业', '执法部门', '镇村两级'];
const VERBS = ['压实', '健全', '完善', '落实', '推进', '抓好', '强化', '优化', '深化', '加快'];
const OBJECTS = ['安全生产责任', '基层治理体系', '项目建设机制', '营商环境', '防汛抗旱准备', '耕地保护制度', '民生保障工作', '招商引资力度', '干部作风建设', '风险隐患排查', '产业链条', '公共服务供给'];
const MANNERS = ['久久为功', '问题导向', '对照目标', '结合实际', '聚焦关切', '倒排工期', '围绕大局', '立足禀赋', '攻坚克难', '改革创新', '守正创新', '统筹兼顾'];
const RESULTS = ['确保落地见效', '推动提质增效', '解决急难愁盼问题', '打下坚实基础', '增强群众获得感', '守牢安全底线', '形成工作合力', '以实绩论英雄', '做到善始善终', '交出满意答卷'];
const MODALS = ['要', '必须', '务必', '应当', '还要', '更要'];
const FIGURES = ['同比增长', '完成投资', '新增就业', '实现产值', '整改问题'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A small deterministic generator (mulberry32), so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSpeech(characters: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = (): string => {
    const figure = next() < 0.2 ? `，${pick(FIGURES)}${(next() * 100).toFixed(1)}${next() < 0.05 ? 'X%' : '%'}` : '';
    return `${pick(SUBJECTS)}${pick(MODALS)}${pick(MANNERS)}，${pick(VERBS)}${pick(OBJECTS)}${figure}，${pick(RESULTS)}。`;
  };
  const paragraph = (): string => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join('');
  const parts = ['在全县2025年经济工作会议上的讲话', '同志们：', `今天召开这次会议，主要任务是总结工作、部署任务。下面，我讲几点意见。`];
  let length = parts.join('\n').length;
  let section = 0;
  while (length < characters) {
    const lines: string[] = [`${NUMERALS[section % 10]}、${pick(VERBS)}${pick(OBJECTS)}`];
    for (let sub = 0; sub < 3; sub++) {
      lines.push(`（${NUMERALS[sub]}）${pick(MANNERS)}${pick(VERBS)}${pick(OBJECTS)}`, paragraph());
      lines.push(`${sub + 1}.${pick(VERBS)}${pick(OBJECTS)}。${paragraph()}`);
      lines.push(`一是${pick(VERBS)}${pick(OBJECTS)}；二是${pick(VERBS)}${pick(OBJECTS)}；三是${pick(VERBS)}${pick(OBJECTS)}。${paragraph()}`);
    }
    if (next() < 0.1) {
      lines.push('推荐访问：讲话稿 工作会议');
    }
    section++;
    length += lines.join('\n').length + 1;
    parts.push(...lines);
  }
  parts.push('同志们，让我们团结一心、真抓实干，奋力完成全年目标任务！谢谢大家！');
  return joinToLength(parts, characters);
}

/**
 * The lines joined and cut to `characters`, as one flat string like the text an editor hands over
 * (JSON-decoded, or read from a file). `slice` on the joined text would give a sliced string, through
 * which every charCodeAt reads twice as slowly: the benchmark would measure the generator, not the rules.
 */
function joinToLength(lines: string[], characters: number): string {
  let over = lines.join('\n').length - Math.max(characters, 0);
  while (over > 0) {
    const last = lines.pop() as string;
    if (last.length + 1 <= over) {
      over -= last.length + 1;
    } else {
      lines.push(last.slice(0, last.length - over));
      over = 0;
    }
  }
  return lines.join('\n');
}
