import type { Localized } from '../locale';
import { defineRule, type RuleContext } from './rule';
import type { Finding } from '../vocabulary';
import { aloneOnLine, dropOverlaps, lineBounds, type Span } from '../model/spans';

/**
 * How far a residue reaches: `line`, the whole line it stands on (a banner, a link list; its pattern
 * need not match the line from ^ to $, which would make it read every line twice); `sentence`,
 * the sentence around it (a download prompt inside a paragraph); `match`, only what matched (a tag).
 */
type Scope = 'line' | 'sentence' | 'match';

interface ResidueForm {
  readonly pattern: RegExp;
  readonly scope: Scope;
  readonly what: Localized;
}

const FORMS: readonly ResidueForm[] = [
  {
    pattern: /(?:下面|以下)(?:是|为)[^。\r\n]{0,60}?(?:整理|收集|分享|推荐|准备|带来|搜集)[^。\r\n]{0,160}?(?:供大家|仅供|欢迎|希望)[^。\r\n]{0,40}?(?:参考|借鉴|阅读|学习|收藏|帮助|下载)/g,
    scope: 'sentence',
    what: { zh: '网站编辑导语', en: 'a template site’s editor note' },
  },
  {
    pattern: /^[ \t\u3000]*(?:[-*•·>][ \t]*)?(?:推荐访问|推荐阅读|相关推荐|猜你喜欢|热门推荐|相关文章|延伸阅读|精品推荐|热门文章|相关阅读|推荐文章)(?:[：:].*)?$/gm,
    scope: 'line',
    what: { zh: '推荐链接', en: 'a “recommended” link list' },
  },
  {
    pattern: /(?:预览|试读|阅读)(?:已)?结束|剩余\d+字|全文共\d+字|(?:查看|阅读|展开)全文|下载后(?:查看|阅读)|下载(?:查看|阅读)?完整版?|完整版?请下载|(?:点击|立即|免费|付费)下载|文档下载|下载文档|本文档(?:共\d+页|为|由)/g,
    scope: 'sentence',
    what: { zh: '下载或预览提示', en: 'a download or preview prompt' },
  },
  {
    pattern: /[-—_=*~ \t\u3000]*此处(?:已)?(?:隐藏|省略)\d+字[^\r\n]*?(?:[-—_=*~]{2,}|$)/gm,
    scope: 'line',
    what: { zh: '隐藏内容提示', en: 'a “text hidden here” banner' },
  },
  {
    pattern: /^[ \t\u3000]*(?:当前位置|您的位置|所在位置)[：:].*$/gm,
    scope: 'line',
    what: { zh: '网页导航', en: 'a page breadcrumb' },
  },
  {
    pattern: /^[^\r\n]{0,20}(?:发布)?时间[：:]\s*\d{4}[-/.年][^\r\n]{0,60}$|(?:来源|出处)[：:]\s*(?:网友投稿|网友分享|用户投稿|网络|互联网|本站|转载)[^\r\n]*/gm,
    scope: 'line',
    what: { zh: '网页发布信息', en: 'a page’s posting details' },
  },
  {
    pattern: /^[ \t\u3000]*[^\s，。,.：:]{0,20}(?:范文网|文库|范文大全|秘书网|写作网|公文网|文秘网|材料网|资料网|范文吧|文档网|范文之家|范文站)[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '网站名称', en: 'a website’s name' },
  },
  {
    pattern: /^[ \t\u3000]*(?:[-*•·>][ \t]*)?(?:上一篇|下一篇|上一页|下一页|返回目录|返回首页|返回列表)(?:[：:].*)?$/gm,
    scope: 'line',
    what: { zh: '翻页链接', en: 'a page navigation link' },
  },
  {
    pattern: /版权(?:所有|归原作者|声明)|如有侵权|侵权请?联系|转载请注明|本文由[^。\r\n]{0,20}(?:上传|发布|整理)|本站[^。\r\n]{0,20}(?:整理|收集|发布)|关注(?:微信)?公众号|扫码(?:关注|下载|领取|添加)|更多[^。\r\n]{0,20}请(?:访问|关注|点击)/g,
    scope: 'sentence',
    what: { zh: '版权或推广信息', en: 'a copyright or promotion notice' },
  },
  {
    pattern: /(?:请点击|点击(?:此处|这里|下方|链接|按钮|图片|二维码))[^\r\n]{0,40}?(?:联系|咨询|下载|查看|获取|购买|领取)|[👉👈][^\r\n]{0,40}(?:联系|咨询|客服|老师)/gu,
    scope: 'line',
    what: { zh: '推广链接', en: 'a promotion link' },
  },
  {
    pattern: /[（(【\[](?:完整文档|完整版|精选\d*篇|通用\d*篇|最新版?|优秀范文|范文|word版|Word版|可编辑|免费下载|合集|全文)[）)】\]]/g,
    scope: 'match',
    what: { zh: '网站标题标签', en: 'a template site’s title tag' },
  },
  {
    pattern: /^[ \t\u3000]*\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*$|^[ \t\u3000]*第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '网页日期或页码', en: 'a web page date or page number' },
  },
];

const SENTENCE_END = /[。！？!?]/;

function sentenceAround(text: string, start: number, end: number): Span {
  const line = lineBounds(text, start);
  let from = start;
  while (from > line.start && !SENTENCE_END.test(text[from - 1] ?? '')) {
    from--;
  }
  let to = end;
  const lineEnd = lineBounds(text, Math.max(start, end - 1)).end;
  while (to < lineEnd && !SENTENCE_END.test(text[to] ?? '')) {
    to++;
  }
  return { start: from, end: Math.min(lineEnd, to + 1) };
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) {
    start++;
  }
  while (end > start && /\s/.test(text[end - 1] ?? '')) {
    end--;
  }
  return { start, end };
}

interface Residue extends Span {
  readonly what: Localized;
}

function findResidue(text: string): Residue[] {
  const found: Residue[] = [];
  for (const form of FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      let span: Span = { start, end };
      if (form.scope === 'line') {
        const line = lineBounds(text, start);
        span = { start: line.start, end: line.end };
      } else if (form.scope === 'sentence') {
        span = sentenceAround(text, start, end);
      }
      span = trimmed(text, span);
      if (span.end > span.start) {
        found.push({ ...span, what: form.what });
      }
    }
  }
  return dropOverlaps(found);
}

/** Deletes the residue, and with it its line when the line holds nothing else. */
function deletion(text: string, span: Span): Span {
  return aloneOnLine(text, span.start, span.end) ?? span;
}

function check(context: RuleContext): Finding[] {
  return findResidue(context.text).map((residue) => {
    const removed = deletion(context.text, residue);
    return {
      start: residue.start,
      end: residue.end,
      message: {
        zh: `网页残留（${residue.what.zh}）：这不是讲话稿的内容，应删除。`,
        en: `Web page residue (${residue.what.en}): not part of the speech; delete it.`,
      },
      fixes: () => [
        {
          title: { zh: '删除网页残留', en: 'Delete the web page residue' },
          edits: [{ start: removed.start, end: removed.end, newText: '' }],
          preferred: true,
          safe: true,
        },
      ],
    };
  });
}

export const webResidueRule = defineRule({
  id: 'web-residue',
  defaultSeverity: 'warning',
  cheap: true,
  check,
  settings: [],
});
