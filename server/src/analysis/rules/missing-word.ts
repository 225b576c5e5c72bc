import type { Localized } from '../locale';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';
import { wordBoundaries } from './words';

/**
 * Traces of a deleted name or word: the sentence no longer parses (docs/rules/missing-word.md).
 * Each trace is a regular expression whose match is reported.
 */
interface Trace {
  readonly pattern: RegExp;
  readonly missing: Localized;
  /**
   * How many characters of the match, from its start, form the word that must stand alone
   * (存在的 and 现在的 end in 在 but are words; 政策依据 ends in 依据 but is a noun).
   */
  readonly wordLength?: (match: RegExpExecArray) => number;
  /** The construction is whole after all (目标是明确的，). */
  readonly complete?: (text: string, start: number) => boolean;
}

/** Nouns that cannot stand without an owner: whose 坚强领导, whose 胜利召开, whose 良苦用心. */
const OWNED = '(?:坚强领导|正确领导|胜利召开|重要讲话|重要指示|重要批示|重要论述|决策部署|良苦用心|亲切关怀|殷切期望|关心支持)';
const BEFORE_OWNED = '(?:学习贯彻|贯彻落实|迎接|庆祝|喜迎|学习|贯彻|落实|领会|传达|理解|辜负|感谢|拥护|维护|在|对|向|从)';
const NAME: Localized = { zh: '机构、会议或人名', en: 'the name of an organisation, a meeting or a person' };
/** What a preposition governs must follow it: 按照、 and 关于， lost their object. */
const PREPOSITION = '(?:按照|依照|遵照|根据|依据|关于)';
/** Where a preposition can start: a clause start or after a modal or adverb (要按照, 严格依照). */
const PREPOSITION_START = '(?<=^|[，。；：！？\\s]|要|应|须|将|并|认真|严格|坚持)';
/** Verbs that take a leader's words as object: 学习、重要讲话精神 lost the leader between them. */
const STUDY = '(?:学习贯彻|贯彻落实|学习|贯彻|落实|领会|传达|宣传|践行)';
const WORDS = '(?:重要(?:指示|讲话|论述|批示)|(?:指示|批示|讲话)精神)';

const TRACES: readonly Trace[] = [
  {
    // 没有把的要求 · 关于的规定 · 按照的部署: a preposition must take an object before 的.
    pattern: /(?<!所)(?:把|关于|按照)的/g,
    missing: NAME,
    wordLength: (match) => match[0].length - 1,
  },
  {
    // 在的坚强领导下 · 迎接的胜利召开 · 理解的良苦用心.
    pattern: new RegExp(`${BEFORE_OWNED}的${OWNED}`, 'g'),
    missing: NAME,
    wordLength: (match) => match[0].indexOf('的'),
  },
  {
    // 在的关心支持下: the frame 在…下 with nothing between 在 and 的.
    pattern: /在的[^，。；！？,;!?\r\n]{1,10}下/g,
    missing: NAME,
    wordLength: () => 1,
  },
  {
    // 以更加坚定的信心、更加务实的，… : a degree adverb and 的 with the noun gone.
    pattern: /(?:更加|更为|十分|非常|越来越|最为)[\u4e00-\u9fff]{1,4}的(?=[，、；,;])/g,
    missing: { zh: '“的”后的名词（中心语）', en: 'the noun after 的' },
    complete: endsShiDe,
  },
  {
    // 按照、部署要求 · 关于，: a preposition straight before a pause.
    pattern: new RegExp(`${PREPOSITION_START}${PREPOSITION}[、，]`, 'gm'),
    missing: NAME,
    wordLength: (match) => match[0].length - 1,
  },
  {
    // 认真学习、重要讲话精神: 、 joins two verbs, never a verb and the words of someone not named.
    pattern: new RegExp(`${STUDY}、(?=${OWNED}|${WORDS})`, 'g'),
    missing: NAME,
    wordLength: (match) => match[0].length - 1,
  },
  {
    // 贯彻关于安全生产的重要指示: whose 重要指示? The name stood between the verb and 关于.
    pattern: new RegExp(`${STUDY}关于[^，。；！？\\r\\n]{1,40}?的${WORDS}`, 'g'),
    missing: NAME,
    wordLength: (match) => match[0].indexOf('关于'),
  },
  {
    // 根据同志的安排 · 请同志讲话: 同志 after a preposition or 请 has lost its name (同志们 is whole).
    pattern: /(?:根据|按照|遵照|依据|受|请|由|经)同志(?!们)(?=的|讲话|作|指出|强调|主持|传达|代表|宣读|介绍)/g,
    missing: { zh: '同志前的姓名', en: 'the name before 同志' },
    wordLength: (match) => match[0].length - 2,
  },
  {
    // 刚才，同志就……讲了很好的意见: 同志 opening a clause, as the one who spoke, has lost its name (，同志们 is whole).
    pattern: /(?<=[，；：。])同志(?!们)(?=就|对|作了?|讲|通报|宣读|传达|介绍|强调|指出|主持)/g,
    missing: { zh: '同志前的姓名', en: 'the name before 同志' },
    wordLength: () => 2,
  },
  {
    // 担任镇镇长职务 · 由县县长主持: an office named after its place (青山镇镇长) with the place's name gone. The
    // office alone (担任镇长, 担任镇党委书记) is whole, and so are 和县县长 (和县 is a county) and
    // 经市市长办公会议研究 (the office's meeting).
    pattern: /(?<=(?:担任|兼任|任|是|为|的|由|请|向|对|与|经)|^|[，、。；：\s])([乡镇县市区])\1长(?!办公会)/gmu,
    missing: { zh: '职务前的地名', en: 'the place’s name before the office' },
  },
  {
    // A line that starts with ， or 、: its subject was deleted.
    pattern: /(?<=^[ \t\u3000]*)[，、]/gm,
    missing: { zh: '句首的主语或称谓', en: 'the subject or the form of address that began the line' },
  },
  {
    // 要深入学了，特别是关于…的重要论述: study or carry out — what?
    pattern: /(?:学习贯彻|贯彻落实|学习|学|贯彻|领会|落实)了?(?=[，,]\s*(?:特别是|尤其是|重点是))/g,
    missing: { zh: '宾语（学习、贯彻的对象）', en: 'the object (what is to be studied or carried out)' },
    complete: endsShiDe,
  },
];

/** 是…的 (目标是明确的，) is a whole construction: 的 ends it, no noun is missing. */
function endsShiDe(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && !/[，。；！？,;!?\r\n]/.test(text[start - 1] as string)) {
    start--;
  }
  return /[是有]/.test(text.slice(start, at));
}

/** The character before the word is part of it only if the segmenter says the word starts there. */
function standsAlone(text: string, start: number, length: number): boolean {
  const boundaries = wordBoundaries(text, start, start + length);
  return boundaries.has(start) && boundaries.has(start + length);
}

function check({ text }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<number>();
  for (const trace of TRACES) {
    trace.pattern.lastIndex = 0;
    for (let match = trace.pattern.exec(text); match; match = trace.pattern.exec(text)) {
      const start = match.index;
      const length = trace.wordLength?.(match);
      if (seen.has(start) || (length !== undefined && !standsAlone(text, start, length)) || trace.complete?.(text, start)) {
        continue;
      }
      seen.add(start);
      findings.push({
        start,
        end: start + match[0].length,
        message: {
          zh: `疑似漏字：“${match[0]}”读不通，可能缺少${trace.missing.zh}`,
          en: `A word seems to be missing: “${match[0]}” does not parse; ${trace.missing.en} may have been deleted`,
        },
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export const missingWordRule = defineRule({
  id: 'missing-word',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
