import type { Localized } from '../locale';
import type { Finding, Severity } from '../vocabulary';
import { PhraseTable, type PhraseEntry } from './phrase-table';
import { changeTo, defineRule, type RuleContext } from './rule';

/**
 * Pairs of words that are both right somewhere, one of them wrong here: only in frames where the context
 * decides (截止 before a time point, 作出 before 决定, 认真的 before 做好), each with its rule of thumb.
 */
interface Confusion extends PhraseEntry {
  /** hint where the frame makes it likely, not certain. */
  readonly level: Severity;
  readonly why: Localized;
}

const TIME_POINT = /(?:目前|当前|现在|今年|去年|本月|上月|年底|年末|月底|\d|[一二三四五六七八九十〇零]+[年月日])/y;
/** What 作出 goes with, perhaps after 了 and a word such as 重要: 做出了重要部署. */
const DECISIONS = /了?(?:重要|重大|积极|突出|明确|新的|全面)?(?:决定|决策|部署|贡献|承诺|规定|安排|判断|结论|批示|指示|努力)/y;

const JIEZHI: Localized = { zh: '“截至”后接时间点（截至目前、截至11月底）；“截止”表示到时停止，放在时间之后（到11月底截止）', en: '截至 comes before a point in time (截至目前); 截止 means “stops” and follows it (到11月底截止)' };
const ZUOCHU: Localized = { zh: '“作出”用于决定、部署、贡献、承诺等抽象事物；“做出”用于具体的东西', en: '作出 goes with abstract things such as 决定, 部署, 贡献 and 承诺; 做出 with concrete ones' };
const ZHIDING: Localized = { zh: '“制定”用于政策、法规、制度、标准；“制订”用于计划、方案的拟订', en: '制定 goes with policies, laws, systems and standards; 制订 with plans' };
const BIXU: Localized = { zh: '“必须”是副词（必须坚持）；“必需”是“不可缺少的”（必需品）', en: '必须 is an adverb (必须坚持); 必需 means indispensable (必需品)' };
const FANYING: Localized = { zh: '向上反映情况、问题用“反映”；“反应”是受刺激后的变化', en: 'Reporting a situation or problem is 反映; 反应 is a reaction' };
const QIYONG: Localized = { zh: '任用人员用“起用”（起用年轻干部）；“启用”用于物品、设施、印章', en: 'Appointing people is 起用 (起用年轻干部); 启用 is for things, facilities and seals' };
const QIANDING: Localized = { zh: '订立合同、协议并签字是“签订”（签订合同）；“签定”不是规范词形', en: 'Signing a contract or an agreement is 签订 (签订合同); 签定 is not the standard form' };
const BUZHI: Localized = { zh: '“部置”不是规范词形：安排、陈设是“布置”（布置会场、布置工作）', en: '部置 is not a standard form: arranging things or tasks is 布置 (布置会场, 布置工作)' };
const DI: Localized = { zh: '修饰动词用“地”（认真地做好）', en: 'An adverbial before a verb takes 地 (认真地做好)' };
const DE: Localized = { zh: '动词后接程度补语用“得”（做得很好）', en: 'A complement of degree after a verb takes 得 (做得很好)' };

const ADVERBS = ['认真', '积极', '扎实', '稳步', '大力', '切实', '全面', '深入', '主动', '努力', '持续', '坚决', '有序', '稳妥'];
/** 很好的 before a verb and its 了 (很好的传达贯彻了): a predicate, not a noun (得到了很好的落实 is right). */
const DEGREES = ['很好', '较好', '更好', '非常好'];
const DONE = /(?:传达|贯彻|落实|完成|推动|推进|执行|发挥|解决|履行|维护|促进|带动|保障|体现|展示|诠释|回答|回应|实现|把握|融入|结合|宣传|学习|领会){1,2}了/y;
const VERBS = ['做', '干', '搞', '抓', '办', '讲', '说', '写'];
/** 讲的很好的一点 (the good point he made) is right: the degree word is not a complement when 的 follows it. */
const DEGREE_COMPLEMENT = /(?:很|非常|十分|比较|更加|更)(?:好|出色|扎实|到位|不错|精彩)(?!的)/y;

const CONFUSIONS: readonly Confusion[] = [
  { phrase: '截止到', right: '截至', level: 'warning', why: JIEZHI },
  { phrase: '截止', before: TIME_POINT, right: '截至', level: 'warning', why: JIEZHI },
  { phrase: '截至日期', right: '截止日期', level: 'warning', why: JIEZHI },
  { phrase: '做出', before: DECISIONS, right: '作出', level: 'warning', why: ZUOCHU },
  { phrase: '制订', before: /(?:政策|法律|法规|制度|标准|办法|条例)/y, right: '制定', level: 'warning', why: ZHIDING },
  { phrase: '必需', before: /(?:要(?![素件点])|坚持|加强|把|做到|认真|高度|始终|切实)/y, right: '必须', level: 'warning', why: BIXU },
  { phrase: '必须品', right: '必需品', level: 'warning', why: BIXU },
  { phrase: '反应', before: /(?:情况|诉求|民意)/y, right: '反映', level: 'hint', why: FANYING },
  { phrase: '签定', before: /了?\p{Script=Han}{0,6}?(?:合同|协议|条约|责任书|责任状|承诺书|意向书)/uy, right: '签订', level: 'warning', why: QIANDING },
  // 部置 is 布置 at a clause's end or before what is arranged; 全部置于 and 内部置换 are other words side by side.
  { phrase: '部置', before: /(?:[；;。，,、！？）)\r\n]|$|会场|场地|工作|任务|到位)/y, right: '布置', level: 'warning', why: BUZHI },
  { phrase: '启用', before: /(?:干部|人才|年轻干部|新人)/y, right: '起用', level: 'warning', why: QIYONG },
  ...ADVERBS.map((adverb) => ({ phrase: `${adverb}的`, before: /(?:做好|抓好|推进|落实|贯彻|开展|抓实|推动)/y, from: adverb.length, right: '地', level: 'warning' as const, why: DI })),
  ...DEGREES.map((degree) => ({ phrase: `${degree}的`, before: DONE, from: degree.length, right: '地', level: 'warning' as const, why: DI })),
  ...VERBS.map((verb) => ({ phrase: `${verb}的`, before: DEGREE_COMPLEMENT, from: verb.length, right: '得', level: 'warning' as const, why: DE })),
];

const table = new PhraseTable(CONFUSIONS);

function check({ text }: RuleContext): Finding[] {
  return table.matches(text).map(({ entry, start, end }) => {
    const wrong = text.slice(start, end);
    return {
      start,
      end,
      message: { zh: `“${wrong}”应为“${entry.right}”：${entry.why.zh}`, en: `“${wrong}” should be “${entry.right}”: ${entry.why.en}` },
      fixes: () => [changeTo(start, end, entry.right, entry.level === 'warning')],
      ...(entry.level === 'hint' ? { tentative: true } : {}),
    };
  });
}

export const confusableRule = defineRule({
  id: 'confusable',
  defaultSeverity: 'warning',
  check,
  settings: [],
});
