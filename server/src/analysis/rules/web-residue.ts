import type { Localized } from '../locale';
import { defineRule, type RuleContext } from './rule';
import { framePart } from './frame';
import type { Finding } from '../vocabulary';
import { aloneOnLine, dropOverlaps, lineBounds, type Span } from '../model/spans';
import type { ChunkCounter, DocumentModel } from '../model/types';
import { DATE_LINE, isOrganName, partsOf } from '../model/document-frame';
import { isStatutory, kindOfTitle } from '../model/document-kind';
import { isInlineSpace, skipSpaces, trimmedLines, withoutSpaces } from '../model/text';
import { ITEM_NUMBER, PAGE_HEAD } from './page-copies';
import { cutBetween, HIDDEN_COUNT, PREVIEW_END } from './text-cut';

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

/**
 * The fields of a government portal's details table (索引号、主题分类、浏览次数……), as the page prints them
 * above the document, with the portal's own counters and reading aids (字号、视力保护色).
 */
const PORTAL_FIELDS = [
  '索\\s*引\\s*号', '主题分类', '组配分类', '信息分类', '体裁分类', '发布机构', '发文机构', '生成日期', '发布日期', '发文日期',
  '发布机关', '征集状态', '结果反馈日期', '生效时间', '废止时间', '有效性', '信息来源', '内容概述', '浏览次数', '浏览量', '点击数', '视力保护色', '归档时间', '第(?:[一二三四五六七八九十]+|\\d{1,3})篇',
].join('|');
/** Fields a document or a form may print itself (发文机关：, 名称：): page debris only when empty or beside another field. */
const SHARED_FIELDS = ['发文机关', '发文字号', '成文日期', '名\\s*称', '文\\s*号', '来\\s*源', '关键词', '字号', '日\\s*期', '主\\s*题', '时\\s*限'].join('|');
const ANY_FIELD = `(?:${PORTAL_FIELDS}|${SHARED_FIELDS})[ \\t\\u3000]*[：:]`;

/** The buttons of an article's toolbar, as a copied page prints them ([打印本页] [关闭窗口], 【发表评论】 【互动社区】). */
const TOOLBAR_WORDS = [
  '发表评论', '我要评论', '查看评论', '互动社区', '打印本页', '打印此文', '关闭窗口', '加入收藏', '收藏本页', '推荐给朋友', '我要纠错', '字体[：:]?[ \\t]*大[ \\t]*中[ \\t]*小',
  // A government portal's reading aids: 无障碍 简体| 繁体, 长辈版.
  '无障碍(?:浏览|阅读)?', '简体(?:中文|版)?', '繁[体體](?:中文|版)?', '长辈版', '关怀版', '长者模式',
  // A page's switch between its mobile and desktop versions.
  '手机版', '电脑版', '手机访问', '分享到[：:]?', '阅读原文',
].join('|');
/** A collection's labels: [例文1], a book's chapter named after a document type, 政府会议纪要篇1, …实用13篇. */
const COLLECTION_LABEL: Localized = { zh: '范文集的篇目标签', en: 'a sample collection’s label' };
/** An item's label in a collection: its name and number (政府会议纪要篇1, 维修请示范文 篇2). */
const ITEM_LABEL = /^(.+?)[ \t\u3000]*篇[\d一二三四五六七八九十]{1,3}$/u;

const TITLE_TAG: Localized = { zh: '网站标题标签', en: 'a template site’s title tag' };
const POSTING_DETAILS: Localized = { zh: '网页发布信息', en: 'a page’s posting details' };
/** Who posted a page: a user name in Latin letters, or the site's staff. */
const POSTER = '(?:[A-Za-z][A-Za-z0-9_.-]{1,19}|(?:网站)?管理员|网站编辑|小编)';
const PORTAL_DETAILS: Localized = { zh: '政府网站的文件信息栏', en: 'a government portal’s document details' };
const ISSUER_FIELD: Localized = { zh: '转载网站的发布机关栏', en: 'a reposting site’s issuing-organ field' };
const EDITOR_NOTE: Localized = { zh: '网站编辑导语', en: 'a template site’s editor note' };
const SITE_NAME: Localized = { zh: '网站名称', en: 'a website’s name' };
const HIDDEN_TEXT: Localized = { zh: '隐藏内容提示', en: 'a “text hidden here” banner' };
const PAGE_DATE_OR_NUMBER: Localized = { zh: '网页日期或页码', en: 'a web page date or page number' };
const KEYWORD_LINE: Localized = { zh: '网站关键词行', en: 'a website’s keyword line' };
const PORTAL_NAME: Localized = { zh: '政府网站的网站名或栏目名', en: 'a portal’s name or column' };
const FILE_DETAILS: Localized = { zh: '文档网站的文件名后缀或大小', en: 'a document site’s file extension or size' };

/** How a site's editor note opens: 下面是小编为大家整理的…, 以下是网友为您分享的…. */
const NOTE_OPENING = '(?:下面|以下)(?:是|为)[^。\\r\\n]{0,60}?(?:整理|收集|分享|推荐|准备|带来|搜集)';

/** How a template site's name ends. */
const SITE_ENDINGS = '范文网|文库|范文大全|秘书网|写作网|公文网|文秘网|材料网|资料网|范文吧|文档网|范文之家|范文站';

const FORMS: readonly ResidueForm[] = [
  {
    pattern: new RegExp(`${NOTE_OPENING}[^。\\r\\n]{0,160}?(?:供大家|仅供|欢迎|希望)[^。\\r\\n]{0,40}?(?:参考|借鉴|阅读|学习|收藏|帮助|下载)`, 'g'),
    scope: 'sentence',
    what: EDITOR_NOTE,
  },
  {
    // Addressed to one reader (供您参考), the note must name what a site hands out: an office's reply (以下是我局整理的
    // 相关政策，供您参考。) is a letter's own sentence.
    pattern: new RegExp(`${NOTE_OPENING}[^。\\r\\n]{0,80}?(?:范文|模板|例文|文章|\\d+篇)[^。\\r\\n]{0,20}?供[您你][^。\\r\\n]{0,10}?(?:参考|借鉴|阅读|学习|收藏|下载)`, 'g'),
    scope: 'sentence',
    what: EDITOR_NOTE,
  },
  {
    pattern: /小编(?:为你|为您|为大家|精心|整理|收集|推荐)|来源于网友上传|不代表本站(?:观点|立场)|咨询客服老师|为(?:你|您)精选|供(?:你|您)写作参考|喜欢就(?:复制|收藏|下载)|由会员(?:上传|分享)[，,]|会员上传|下载本文|^[ \t\u3000]*(?:论文)?部分内容阅读[ \t\u3000]*$/gm,
    scope: 'sentence',
    what: EDITOR_NOTE,
  },
  {
    pattern: /^[ \t\u3000]*(?:[-*•·>][ \t]*)?(?:推荐访问|推荐阅读|相关推荐|猜你喜欢|热门推荐|相关文章|延伸阅读|精品推荐|热门文章|相关阅读|推荐文章|往期推荐|往期回顾)(?:[：:].*)?$/gm,
    scope: 'line',
    what: { zh: '推荐链接', en: 'a “recommended” link list' },
  },
  {
    pattern: new RegExp(`${PREVIEW_END}|剩余\\d+字|全文共\\d+字|(?:查看|阅读|展开)全文|下载后(?:查看|阅读)|下载(?:查看|阅读)?完整版?|完整版?请下载|(?:点击|立即|免费|付费)下载|文档下载|下载文档|本文档(?:共\\d+页|为|由|内容)|仅供(?:在线)?预览|阅读全部(?:图文)?内容|(?:登录|注册)后(?:可|才能)?(?:查看|阅读)(?:全文|全部|完整)`, 'g'),
    scope: 'sentence',
    what: { zh: '下载或预览提示', en: 'a download or preview prompt' },
  },
  {
    pattern: /[-—_=*~ \t\u3000]*此处(?:已)?(?:隐藏|省略)\d+字[^\r\n]*?(?:[-—_=*~]{2,}|$)/gm,
    scope: 'line',
    what: HIDDEN_TEXT,
  },
  {
    pattern: new RegExp(`[（(][^（()）\\r\\n]{0,60}${HIDDEN_COUNT}[^\\r\\n]*|^[ \\t\\u3000]*收藏《[^》\\r\\n]+》`, 'gm'),
    scope: 'line',
    what: HIDDEN_TEXT,
  },
  {
    pattern: /^[ \t\u3000]*(?:当前位置|(?:您|你)(?:现在)?的(?:当前)?位置|所在位置|快捷搜索|热门搜索|热搜|搜索热词|大家都在搜)[：:].*$|^[ \t\u3000]*(?:[^\s，。,.：:]{2,20}[ \t\u3000]+)?(?:网站)?首页[ \t\u3000]*[>＞»›].*$/gm,
    scope: 'line',
    what: { zh: '网页导航', en: 'a page breadcrumb' },
  },
  {
    // A page's posting time (时间：2024-07-09 06:45:11, 发布时间：2023年…); a notice's own 会议时间：2026年3月5日 is not.
    pattern: /^[^\r\n]{0,20}?(?:(?<=^|[ \t\u3000|｜])时间[：:]\s*\d{4}[-/.]\d{1,2}|(?:发布|更新|上传|发表|录入|修改)时间[：:]\s*\d{4}[-/.年])[^\r\n]{0,60}$|(?:来源|出处)[：:]\s*(?:网友投稿|网友分享|用户投稿|网络|互联网|本站|转载)[^\r\n]*|^[ \t\u3000]*(?:今天是|今日是|今天)[：:]?[ \t\u3000]*\d{4}年\d{1,2}月\d{1,2}日|^[ \t\u3000]*截止(?:时间|日期)?[：:][ \t\u3000]*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000\d:]*$|^[ \t\u3000]*(?:已结束|进行中|未开始)[ \t\u3000]*(?:查看(?:征集|调查)?结果)?[ \t\u3000]*$/gm,
    scope: 'line',
    what: POSTING_DETAILS,
  },
  {
    // A page's date with its source, author or column (2020-03-09  来源：学习时报 作者：; 2019-11-18 08:39栏目：历史进展), or
    // two such fields on one line (作者：某某 来源：某某网); a report's own 数据来源：县统计局 is one field alone.
    pattern: /^[ \t\u3000]*(?:\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000]*|(?:来源|作者|责任编辑|编辑)[：:][^\s：:]{0,20}[ \t\u3000]+)(?:来源|作者|责任编辑|编辑|栏目)[：:][^\r\n]*$/gm,
    scope: 'line',
    what: POSTING_DETAILS,
  },
  {
    // A reposting site's link to the page it copied (原文链接：http://…), alone on its line.
    pattern: /^[ \t\u3000]*(?:原文链接|原文地址|本文链接|文章链接|转载地址|原文网址)[：:][ \t\u3000]*(?:https?:\/\/|www\.)\S*[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '转载网站的原文链接', en: 'a reposting site’s link to the original' },
  },
  {
    // A forum's note that a post was edited (本帖最后由 某某 于 2016-3-16 14:24 编辑).
    pattern: /^[ \t\u3000]*本帖最后由[^\r\n]{1,30}于[ \t\u3000]*\d{4}-\d{1,2}-\d{1,2}[^\r\n]*编辑[ \t\u3000]*$/gm,
    scope: 'line',
    what: POSTING_DETAILS,
  },
  {
    // A posting line: the poster's name or role beside a date in figures (admin 2024-05-31 网站管理员 admin, 小编 2023-3-1).
    pattern: new RegExp(`^[ \\t\\u3000]*(?:${POSTER}[ \\t\\u3000]+)+\\d{4}-\\d{1,2}-\\d{1,2}(?:[ \\t\\u3000]+${POSTER})*[ \\t\\u3000]*$|^[ \\t\\u3000]*\\d{4}-\\d{1,2}-\\d{1,2}(?:[ \\t\\u3000]+${POSTER})+[ \\t\\u3000]*$`, 'gm'),
    scope: 'line',
    what: POSTING_DETAILS,
  },
  {
    // A portal's header: its name and today's date with the weekday (天津市某区人民政府 2019年12月3日星期二).
    pattern: /^[ \t\u3000]*\p{Script=Han}{2,30}[ \t\u3000]+\d{4}年\d{1,2}月\d{1,2}日[ \t\u3000]*(?:星期|周)[一二三四五六日天](?:[ \t\u3000]*农历\S{2,8})?[ \t\u3000]*$/gmu,
    scope: 'line',
    what: POSTING_DETAILS,
  },
  {
    pattern: new RegExp(`^[ \\t\\u3000]*[^\\s，。,.：:]{0,20}(?:${SITE_ENDINGS})[ \\t\\u3000]*$`, 'gm'),
    scope: 'line',
    what: SITE_NAME,
  },
  {
    // An account's or a site's name with 首页 (笔杆子素材库 首页), or after the day it posted the page (10-28 笔杆子素材库).
    pattern: new RegExp(`^[ \\t\\u3000]*(?:[^\\s，。,.：:；;！？、（）()]{2,20}[ \\t\\u3000]+(?:首页|主页)|(?:\\d{4}-)?\\d{1,2}-\\d{1,2}[ \\t\\u3000]+[^\\s，。,.：:]{0,20}(?:${SITE_ENDINGS}|素材库|素材网))[ \\t\\u3000]*$`, 'gm'),
    scope: 'line',
    what: SITE_NAME,
  },
  {
    // A chatbot's framing of its answer, pasted with it: 以下是针对……的中文回答。 希望以上内容对您有所帮助。
    pattern: /以下是[^。\r\n]{0,60}?的(?:中文)?回答|作为(?:一个)?(?:AI|人工智能)(?:语言模型|助手)|希望(?:以上|这些)(?:内容|回答|信息|建议)对(?:你|您)有所?帮助/g,
    scope: 'sentence',
    what: { zh: '聊天机器人回答的套话', en: 'a chatbot’s framing of its answer' },
  },
  {
    pattern: /(?<=[。！？”])[ \t\u3000]+[^\s，。,.：:]{0,10}(?:范文集锦|范文大全|范文网|文库)[ \t\u3000]*$/gm,
    scope: 'match',
    what: SITE_NAME,
  },
  {
    pattern: /^[ \t\u3000]*(?:[-*•·>][ \t]*)?(?:上一篇|下一篇|上一页|下一页|返回目录|返回首页|返回列表|返回顶部|打印本页|关闭窗口|正文复制|合集下载)(?:[：:].*)?$/gm,
    scope: 'line',
    what: { zh: '翻页链接', en: 'a page navigation link' },
  },
  {
    pattern: /版权(?:所有|归原作者|声明)|免责声明|本文来源于网络|如有侵权|侵权请?联系|转载请注明|本文由[^。\r\n]{0,20}(?:上传|发布|整理)|本站[^。\r\n]{0,20}(?:整理|收集|发布)|本站不保证|(?:申明|声明)敬告[：:]|来源于[ \t]*(?:https?:\/\/|www\.)|关注(?:微信)?公众号|点击上方(?:蓝字|“[^”\r\n]{1,20}”)(?:一键)?关注|扫码(?:关注|下载|领取|添加)|更多[^。\r\n]{0,20}请(?:访问|关注|点击)/g,
    scope: 'sentence',
    what: { zh: '版权或推广信息', en: 'a copyright or promotion notice' },
  },
  {
    pattern: /(?:请点击|点击(?:此处|这里|下方|链接|按钮|图片|二维码))[^\r\n]{0,40}?(?:联系|咨询|下载|查看|获取|购买|领取)|[👉👈][^\r\n]{0,40}(?:联系|咨询|客服|老师)/gu,
    scope: 'line',
    what: { zh: '推广链接', en: 'a promotion link' },
  },
  {
    pattern: /[（(【\[](?:完整文档|完整版|(?:精选|通用|推荐|共|汇总|合集)?[\d一二三四五六七八九十]+篇|最新版?|优秀范文|范文|word版|Word版|可编辑|免费下载|合集|全文)[）)】\]]/g,
    scope: 'match',
    what: TITLE_TAG,
  },
  {
    // An item's label glued to the end of its title in a collection (…工作总结【第一篇】).
    pattern: /(?<=\p{Script=Han})【第[\d一二三四五六七八九十]{1,3}篇】(?=[ \t\u3000]*$)/gmu,
    scope: 'match',
    what: COLLECTION_LABEL,
  },
  {
    pattern: /^[ \t\u3000]*(?:[-*•·][ \t]*)?\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?|[ T]\d{1,2}:\d{2}:\d{2}[ \t]*[\u4e00-\u9fff]{1,8}|[ \t\u3000]*(?:发布|上传|更新))?[ \t\u3000]*[|｜]?[ \t\u3000]*$|^[ \t\u3000]*[-*•·][ \t]*(?:共[ \t]*)?\d{1,4}[ \t]*页[ \t\u3000]*[|｜]?[ \t\u3000]*$|^[ \t\u3000]*第\s*[\[【［]?\d+[\]】］]?\s*页\s*[,，/]?\s*共\s*[\[【［]?\d+[\]】］]?\s*页[ \t\u3000]*$|^[ \t\u3000]*[-—–][ \t]*\d{1,3}[ \t]*[-—–][ \t\u3000]*$|^[^\r\n]*https?:\/\/[^\r\n]*\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}[^\r\n]*$/gm,
    scope: 'line',
    what: PAGE_DATE_OR_NUMBER,
  },
  {
    // A PDF's page counter where the page broke, inside or at the end of a line of text (……与上级 第1 页共 10 页).
    // The spaces around it go with it: the text on either side is one sentence.
    pattern: /[ \t\u3000]+第[ \t]*\d+[ \t]*页[ \t]*[,，/]?[ \t]*共[ \t]*\d+[ \t]*页(?:[ \t\u3000]+|$)/gm,
    scope: 'match',
    what: PAGE_DATE_OR_NUMBER,
  },
  {
    // A PDF's page number as the text's first line, above its title (1 / 在县安全生产工作会议上的主持词); a 份号 has leading zeros.
    pattern: /^(?<![\s\S])[ \t\u3000]*[1-9]\d{0,2}[ \t\u3000]*$/gm,
    scope: 'line',
    what: PAGE_DATE_OR_NUMBER,
  },
  {
    // A document site's file size alone on its line (- 25.50 KB, 文件大小：1.2MB).
    // Its format and page count too (- 格式：docx, - 文档页数：17).
    pattern: /^[ \t\u3000]*(?:[-*•·][ \t]*)?(?:(?:(?:文件)?大小[：:][ \t]*)?\d+(?:\.\d+)?[ \t]*[KMG]B|(?:文件|文档)?格式[：:][ \t]*(?:docx?|wps|pdf|pptx?|txt|xlsx?)|(?:文件|文档)页数[：:][ \t]*\d+[ \t]*页?)[ \t\u3000]*[|｜]?[ \t\u3000]*$/gim,
    scope: 'line',
    what: FILE_DETAILS,
  },
  {
    // A file's extension, with its size or pages, glued to the end of a title (镇长述职报告.docx, 关于…的通知.doc 1.2 MB).
    pattern: /(?<=[\p{Script=Han}）)】\]])\.(?:docx?|wps|pdf|pptx?|txt)(?:[ \t\u3000]*[（(]?\d+(?:\.\d+)?[ \t]*[KMG]B[）)]?|[ \t\u3000]*[（(]\d+页[^（()）\r\n]{0,6}[）)])*(?=[ \t\u3000]*$)/gimu,
    scope: 'match',
    what: FILE_DETAILS,
  },
  {
    pattern: /^[ \t\u3000]*[^\s，。,.：:]{1,20}(?:网|网站)[ \t\u3000]*(?:--?|——?|_|\||｜)[ \t\u3000]*[^\s，。,.：:]{1,30}[ \t\u3000]*$|^[ \t\u3000]*[^\s，。,.：:（(]{1,20}(?:网|网站)[ \t\u3000]*[（(【\[](?:精选|通用|共)?[\d一二三四五六七八九十]+篇[）)】\]][ \t\u3000]*$/gm,
    scope: 'line',
    what: SITE_NAME,
  },
  {
    // A law database's note on a document's validity, alone on its line (根据…的通知失效).
    pattern: /^[ \t\u3000]*根据[^。！？，,\r\n]{4,100}(?:失效|废止)[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '法规网站的效力说明', en: 'a law site’s note on validity' },
  },
  {
    // A content-management template's label for the page it renders (…工作报告内容页, 新闻详情页).
    pattern: /^[ \t\u3000]*(?:[^\s，。,.：:；;！？、（）()]{2,20}(?:内容页|详情页|正文页|列表页)|文档介绍|文档简介)[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '网页栏目名称', en: 'a page’s section label' },
  },
  {
    pattern: new RegExp(`^[ \\t\\u3000]*(?:[【\\[［]?(?:${TOOLBAR_WORDS})[】\\]］]?[ \\t\\u3000|｜/]*)+$`, 'gm'),
    scope: 'line',
    what: { zh: '网页工具栏', en: 'a page’s toolbar' },
  },
  {
    // Twelve digits or more: a mobile number (11) alone on a line under 联系人 is the document's.
    pattern: /^[ \t\u3000]*\d{12,}[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '网页编号', en: 'a web page’s record number' },
  },
  {
    pattern: /^[ \t\u3000]*[\[【［(（]?(?:例文|范文|样文|范例)[ \t]*[\d一二三四五六七八九十]+[\]】］)）]?[ \t\u3000]*$|^[ \t\u3000]*第[ \t]*[\d一二三四五六七八九十]+[ \t]*章[ \t\u3000]*(?:通[ \t\u3000]*知|请[ \t\u3000]*示|报[ \t\u3000]*告|通[ \t\u3000]*报|批[ \t\u3000]*复|函|纪[ \t\u3000]*要|意[ \t\u3000]*见|决[ \t\u3000]*定|公[ \t\u3000]*告|通[ \t\u3000]*告|议[ \t\u3000]*案|决[ \t\u3000]*议)[ \t\u3000]*$/gm,
    scope: 'line',
    what: COLLECTION_LABEL,
  },
  {
    pattern: /^[ \t\u3000]*[^\s，。,.：:；;！？、（）()]{2,30}(?:[ \t\u3000]*篇[\d一二三四五六七八九十]{1,3}|(?:实用|精选|通用|优秀|热门|经典|最新|汇总|合集|大全|范文|模板|集锦)[\d一二三四五六七八九十]+篇|(?:范文|范例|范本|模板|例文|样文)[ \t\u3000]*第[\d一二三四五六七八九十]{1,3}篇)[ \t\u3000]*$/gm,
    scope: 'line',
    what: COLLECTION_LABEL,
  },
  {
    // A site's search box, one control per line (选择搜索类型 / 请输入搜索).
    pattern: /^[ \t\u3000]*(?:请输入(?:搜索|检索|关键[词字])[^\s，。：:]{0,6}|选择(?:搜索|检索)类型|选择特殊符号|站内搜索|全站搜索|高级搜索)[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '网站搜索框', en: 'a website’s search box' },
  },
  {
    // A site's membership advertisement (每天仅需0.22元，尊享会员权益; 60多万篇范文免费使用).
    pattern: /每天仅需[\d.]+元|尊享(?:VIP|会员)|开通(?:VIP|会员)(?:即可|后|，)|(?:范文|试题|作文|模板)免费(?:使用|下载|领取)/g,
    scope: 'line',
    what: { zh: '网站会员广告', en: 'a website’s membership advertisement' },
  },
  {
    pattern: /(?:发表|订阅|投稿|论文|写作)咨询[：:]|客服(?:QQ|qq|微信|电话)[：:]/g,
    scope: 'line',
    what: { zh: '网站客服联系方式', en: 'a website’s customer-service contact' },
  },
  {
    pattern: /^[ \t\u3000]*(?:免费|会员|用户)?(?:登录|登陆|注册)(?:[ \t\u3000|｜/]*(?:免费|会员|用户)?(?:登录|登陆|注册|退出|找回密码|忘记密码))*[ \t\u3000]*$/gm,
    scope: 'line',
    what: { zh: '网站登录栏', en: 'a website’s login bar' },
  },
  {
    pattern: /^[ \t\u3000]*(?:[^\s，。、；;：:（）()]{1,12}[ \t\u3000]+){1,4}(?:范本|范文|模板|样本|例文)[ \t\u3000]*$|^[ \t\u3000]*(?:TAGS?|Tags?|tags?|标签)[ \t\u3000]*[：:]/gm,
    scope: 'line',
    what: { zh: '网站标签行', en: 'a website’s tag line' },
  },
  {
    pattern: /(?:人气|热度|阅读量?|浏览量?)[：:][ \t]*[\d.]+[ \t]*[万wWkK]?(?=[ \t\u3000]|$)/gm,
    scope: 'line',
    what: POSTING_DETAILS,
  },
  {
    pattern: /(?<=\p{Script=Han})`(?=\p{Script=Han})(?![^\r\n`]*`)(?<!`[^\r\n`]*`)/gu,
    scope: 'match',
    what: { zh: '网站插入的防复制符号', en: 'a mark a website inserts against copying' },
  },
  {
    pattern: /^[ \t\u3000]*【正】/gm,
    scope: 'match',
    what: EDITOR_NOTE,
  },
  {
    pattern: /(?<=[\p{Script=Han}，、。])-\d{1,3}-(?=[ \t\u3000]*$)/gmu,
    scope: 'match',
    what: PAGE_DATE_OR_NUMBER,
  },
  {
    pattern: new RegExp(
      `^[ \\t\\u3000]*(?:[•·*-][ \\t]*)?(?:(?:${PORTAL_FIELDS})[ \\t\\u3000]*[：:].*|(?:${SHARED_FIELDS})[ \\t\\u3000]*[：:](?:[ \\t\\u3000]*|.*${ANY_FIELD}.*))$`,
      'gm',
    ),
    scope: 'line',
    what: PORTAL_DETAILS,
  },
];

const SENTENCE_END = /[。！？!?]/;
const CLOSING_MARK = /[”’」』）)】]/;

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
  /** What the fix deletes, when more than the residue and its line (a chunk counter takes the line break before it). */
  readonly removal?: Span;
}

/** How long a field's value may be when a portal prints it on the line below its empty field. */
const FIELD_VALUE_LENGTH = 40;

/**
 * The values a portal prints on their own, indented line under an empty field (• 发文字号： /     镇政发〔2024〕7号);
 * the document's own title after an empty 内容概述： is not indented.
 */
function fieldValues(text: string, found: readonly Residue[]): Residue[] {
  const values: Residue[] = [];
  for (const field of found) {
    if (field.what !== PORTAL_DETAILS || !/[：:]$/.test(text.slice(field.start, field.end))) {
      continue;
    }
    const value = lineBelow(text, field.end);
    if (!value) {
      continue;
    }
    const content = text.slice(value.start, value.end);
    const indented = value.start > lineBounds(text, value.start).start;
    if (indented && [...content].length <= FIELD_VALUE_LENGTH && !/[。，；]|[：:](?!\d)/.test(content) && !found.some((f) => f.start === value.start)) {
      values.push({ ...value, what: PORTAL_DETAILS });
    }
  }
  return values;
}

/** Chunk counters of a document-sharing page; deleting one after the first joins its chunk to the sentence it continues. */
function chunkResidue(text: string, counters: readonly ChunkCounter[]): Residue[] {
  return counters.map((counter) => {
    const previousEnd = counter.number === 1 ? counter.start : lineBounds(text, counter.start - 1).end;
    return {
      start: counter.start,
      end: counter.end,
      what: { zh: '文档分享网站的分段序号', en: 'a document-sharing site’s chunk number' },
      removal: { start: previousEnd, end: counter.end },
    };
  });
}

/** How far below a page's title the title is printed again, in characters. */
const TITLE_AGAIN_WITHIN = 2000;

/**
 * A page's title: a line that is a title tag after a title printed again, alone, on a later line (关于更换打印机的
 * 请示（共5篇） … 关于更换打印机的请示), or after a sample collection's name (…工作总结范文范例（汇总4篇）). The whole
 * line goes, not only its tag.
 */
function taggedPageTitles(text: string, found: readonly Residue[]): Residue[] {
  const titles: Residue[] = [];
  for (const tag of found) {
    if (tag.what !== TITLE_TAG) {
      continue;
    }
    const bounds = lineBounds(text, tag.start);
    const line = trimmed(text, bounds);
    const title = line.end === tag.end ? text.slice(line.start, tag.start).trim() : '';
    const later = title === '' ? [] : trimmedLines(text, bounds.next, Math.min(text.length, bounds.next + TITLE_AGAIN_WITHIN));
    if (SAMPLE_NAME.test(title) || later.some((other) => isTitleAgain(text.slice(other.start, other.end), title))) {
      titles.push({ ...line, what: TITLE_TAG });
    }
  }
  return titles;
}

/** A sample collection's name: no document's title ends with it (无毒乡镇创建工作总结范文范例). */
const SAMPLE_NAME = /(?:范文|范例|范本|模板|例文|样文)$/u;

/** A page's title printed again below it: alone, or as its collection's item label (维修请示范文 / 维修请示范文 篇1). */
function isTitleAgain(line: string, title: string): boolean {
  return line === title || ITEM_LABEL.exec(line)?.[1] === title;
}

/** The nearest non-empty line above the one holding `at`, trimmed; undefined at the top. */
function lineAbove(text: string, at: number): Span | undefined {
  for (let start = lineBounds(text, at).start; start > 0; ) {
    const line = lineBounds(text, start - 1);
    const words = trimmed(text, line);
    if (words.end > words.start) {
      return words;
    }
    start = line.start;
  }
  return undefined;
}

/** The nearest non-empty line below the one holding `at`, trimmed; undefined at the end. */
function lineBelow(text: string, at: number): Span | undefined {
  for (let next = lineBounds(text, at).next; next < text.length; next = lineBounds(text, next).next) {
    const words = trimmed(text, lineBounds(text, next));
    if (words.end > words.start) {
      return words;
    }
  }
  return undefined;
}

/** A counter glued to a line's first character (1关于调整办公用房的请示), and the rest of the line. */
const GLUED_COUNTER = /^([ \t\u3000]*)(\d{1,2})(?=\p{Script=Han})([^\s，。,.：:；;！？]{4,60})[ \t\u3000]*$/gmu;
/** A line with no sentence in it, short enough to be a title. */
const TITLE_ONLY = /^[^\s，。,.：:；;！？、]{2,20}$/u;

/**
 * The counters a collection page glues to its documents' titles (1关于调整办公用房的请示 / 县机关事务服务中心： …
 * 2关于增加公务用车的请示 / 我局现有……。): a counter before a statutory title whose addressee or text follows. The
 * collection's own title above the first (办公用房请示) goes too. An attachment list written without dots
 * (附件：1关于…的报告 / 2关于…的报告 / 署名) is the document's own.
 */
function countersGluedToTitles(text: string): Residue[] {
  const found: Residue[] = [];
  for (const match of text.matchAll(GLUED_COUNTER)) {
    const [, indent = '', counter = '', title = ''] = match;
    const start = match.index + indent.length;
    const kind = kindOfTitle(title, true);
    const next = isStatutory(kind) ? lineBelow(text, start) : undefined;
    const opens = next !== undefined && /[：:]$|。/u.test(text.slice(next.start, next.end));
    if (!kind || !opens) {
      continue;
    }
    found.push({ start, end: start + counter.length, what: COLLECTION_LABEL });
    const above = counter === '1' ? lineAbove(text, start) : undefined;
    const named = above && text.slice(above.start, above.end);
    if (above && named && TITLE_ONLY.test(named) && named.endsWith(kind)) {
      found.push({ ...above, what: COLLECTION_LABEL });
    }
  }
  return found;
}

/** A bracketed label alone on its line: 【综合性会议纪要】, 【会议通知格式范文一】. */
const BRACKETED_LABEL = /^[ \t\u3000]*【([^】\r\n]{2,24})】[ \t\u3000]*$/gmu;
/** What a sample page's label names: a kind of sample (…范文一, …模板, …格式). */
const SAMPLE_KIND = /(?:范文|例文|样文|范例|范本|模板|格式)[\d一二三四五六七八九十]*$/u;

/**
 * A sample page's label in 【】 over the sample's title (【综合性会议纪要】 / ××县人民政府第六次常务会议纪要): the label
 * names a kind of document or of sample, and the line under it is a title that names its kind.
 */
function sampleLabelsAboveTitles(text: string): Residue[] {
  return Array.from(text.matchAll(BRACKETED_LABEL)).flatMap((match) => {
    const label = match[1] as string;
    const below = lineBelow(text, match.index);
    const title = below && text.slice(below.start, below.end);
    const names = SAMPLE_KIND.test(label) || kindOfTitle(label, true) !== null;
    return names && title && kindOfTitle(title, true) !== null ? [{ ...trimmed(text, { start: match.index, end: match.index + match[0].length }), what: COLLECTION_LABEL }] : [];
  });
}

/** The title of a collection printed above its first item's label (政府会议纪要 / 政府会议纪要篇1). */
function collectionTitles(text: string, found: readonly Residue[]): Residue[] {
  const titles: Residue[] = [];
  for (const label of found) {
    const item = label.what === COLLECTION_LABEL ? ITEM_LABEL.exec(text.slice(label.start, label.end)) : null;
    const above = item ? lineAbove(text, label.start) : undefined;
    if (item && above && text.slice(above.start, above.end) === item[1]) {
      titles.push({ ...above, what: COLLECTION_LABEL });
    }
  }
  return titles;
}

/** A paragraph of text: a long line with its sentences' punctuation. */
const PROSE = /^(?=.{20,})[^\r\n]*[，。；！？]/u;

/** A name alone on a short line, as a portal prints its own name or a column (牟定县人民政府, 征集调查). */
const BARE_NAME = /^\p{Script=Han}{2,15}$/u;

/**
 * A portal's name and column lines at the top of a page (牟定县人民政府 / 首页 >> 公开信息内容; 今天是：… / 遂宁市水利局 /
 * 征集调查 / 主题：): bare names with page debris below them and debris or the page's top above. Read from the top
 * down to the first line that is neither debris nor a bare name; a name that is a title (关于放假的通知, 工作总结) ends
 * the reading, and so does a line printed again below (a page's copy of the title: repeated-phrase reports it); an
 * organ's name above the document's own number or title is not between debris.
 */
function namesAmongPageDebris(text: string, found: readonly Residue[]): Residue[] {
  const names: Residue[] = [];
  const inHead = found.filter((residue) => residue.start < PAGE_HEAD);
  const debrisOf = (line: Span): Residue | undefined => inHead.find((residue) => residue.start <= line.start && line.end <= residue.end);
  // The names read since the page's top or the last debris line: they are the portal's once debris follows them.
  let run: Span[] = [];
  // The names flushed by the last debris, while only posting details follow them: the text's own title when the
  // text itself comes next.
  let lastFlushed: Residue[] = [];
  const lines = trimmedLines(text, 0, Math.min(text.length, PAGE_HEAD));
  const words = lines.map((line) => text.slice(line.start, line.end));
  for (const [index, line] of lines.entries()) {
    const written = words[index] as string;
    const debris = debrisOf(line);
    if (debris) {
      if (run.length > 0) {
        lastFlushed = run.map((name) => ({ ...name, what: PORTAL_NAME }));
        names.push(...lastFlushed);
      }
      if (debris.what !== POSTING_DETAILS) {
        lastFlushed = [];
      }
      run = [];
    } else if (BARE_NAME.test(written) && kindOfTitle(written, false) === null && !words.includes(written, index + 1)) {
      run.push(line);
    } else {
      // An article's title over its site's date line, the article's first paragraph under it (汇聚起……力量 / 2020-03-09
      // 来源：…… / 新冠肺炎疫情发生以来，……。): the name is the title. A portal's name stands over the document's own title.
      return PROSE.test(written) ? names.filter((name) => !lastFlushed.includes(name)) : names;
    }
  }
  return names;
}

/** A date alone on its line above an official document's own top: the page's posting date under its copy of the title. */
function datesAboveTheDocument(text: string, model: DocumentModel): Residue[] {
  const top = model.frames[0].parts[0]?.start ?? 0;
  return trimmedLines(text, 0, top)
    .filter((line) => DATE_LINE.test(text.slice(line.start, line.end)))
    .map((line) => ({ ...line, what: POSTING_DETAILS }));
}

/**
 * The issuing-organ field a law site prints between its copies of the title (沈阳市…的规定 / 辽宁省沈阳市人民政府 /
 * 沈阳市…的规定), and again under the last copy (…的通知 / 对外贸易经济合作部): an organ's name alone under a
 * line that is printed again below it, and that name under the title's last copy. The author under a
 * document's own title (…工作总结 / ××县财政局) has no copy of the title above or below it; a list of organs, one
 * per line, is not a title over an organ.
 */
function issuersBetweenTitleCopies(text: string): Residue[] {
  const lines = trimmedLines(text, 0, Math.min(text.length, PAGE_HEAD));
  const words = lines.map((line) => text.slice(line.start, line.end));
  const between = (index: number): boolean => {
    const above = words[index - 1];
    return above !== undefined && isOrganName(words[index] ?? '') && !isOrganName(above) && words.indexOf(above, index + 1) > index;
  };
  const fields = lines.flatMap((_, index) => (between(index) ? [index] : []));
  const underLastCopy = fields.flatMap((index) => {
    const title = words[index - 1];
    const last = words.lastIndexOf(title ?? '');
    return words[last + 1] === words[index] && !fields.includes(last + 1) ? [last + 1] : [];
  });
  return [...fields, ...underLastCopy].map((index) => ({ ...(lines[index] as Span), what: ISSUER_FIELD }));
}

/**
 * A collection's item number before the item's title (第1篇：誓师大会代表发言稿 / text): only the number, and the title
 * stays. The whole line when the title is printed again below it (第一篇：贵州省关于…的通知 / … / 关于…的通知), or when
 * nothing follows it (the next item's title at the end of a copied page).
 */
function itemNumberBeforeItsTitle(text: string, residue: Residue): Residue {
  const written = text.slice(residue.start, residue.end);
  const number = residue.what === PORTAL_DETAILS ? ITEM_NUMBER.exec(written) : null;
  const title = number ? written.slice(number[0].length) : '';
  if (!number || title === '') {
    return residue;
  }
  const next = lineBounds(text, residue.start).next;
  const later = trimmedLines(text, next, Math.min(text.length, next + TITLE_AGAIN_WITHIN));
  const words = withoutSpaces(title);
  const printedAgain = (line: Span): boolean => {
    const written = withoutSpaces(text.slice(line.start, line.end));
    return written === words || (written.startsWith('关于') && words.endsWith(written));
  };
  if (later.length === 0 || later.some(printedAgain)) {
    return residue;
  }
  const label = number[0].trimEnd();
  return { start: residue.start, end: residue.start + label.length, what: COLLECTION_LABEL, removal: { start: residue.start, end: residue.start + number[0].length } };
}

/** A page's title: the document's title with the site's column or name before or after it (政务服务丨关于…的意见, 关于…的通知_某某网). */
const PAGE_TITLE = /^(?:[^\s，。：:]{1,12}[ \t\u3000]*[丨|｜_][ \t\u3000]*)?(.+?)(?:[ \t\u3000]*[丨|｜_][ \t\u3000]*[^\s，。：:]{1,20})?$/u;

/** Lines above the document's title that print it (or its part from 关于) with the site's column or name: the page's title. */
function pageTitlesAboveTheDocument(text: string, model: DocumentModel): Residue[] {
  const title = framePart(model.frames[0], 'title');
  if (!title) {
    return [];
  }
  const words = withoutSpaces(text.slice(title.start, title.end));
  return trimmedLines(text, 0, title.start).filter((line) => {
    const written = text.slice(line.start, line.end);
    const named = PAGE_TITLE.exec(written)?.[1];
    const printed = named === undefined || named === written ? '' : withoutSpaces(named);
    // The page may leave out the issuing organ's line of the title (青山县人民政府 / 关于…的通知).
    return printed !== '' && (printed === words || (printed.startsWith('关于') && words.endsWith(printed)));
  }).map((line) => ({ ...line, what: TITLE_TAG }));
}

/** Words of a site's notices: a sentence beside a notice on its line that uses one belongs to the notice. */
const NOTICE_WORDS = /下载|预览|网站|本站|客服|QQ|会员|点击|付费|上传|版权/i;

/** The sentences of the line holding `at`, each with its closing mark. */
function sentencesOfLine(text: string, at: number): Span[] {
  const line = lineBounds(text, at);
  const sentences: Span[] = [];
  for (let start = line.start; start < line.end; ) {
    let end = start;
    while (end < line.end && !SENTENCE_END.test(text[end] ?? '')) {
      end++;
    }
    end = Math.min(line.end, end + 1);
    // The closing marks after a sentence end belong to it: （阅读全部图文内容，您需要先登录！）
    while (end < line.end && CLOSING_MARK.test(text[end] ?? '')) {
      end++;
    }
    sentences.push({ start, end });
    start = end;
  }
  return sentences;
}

/**
 * A site's notice as one residue: the sentences a form matched on a line, with the sentences beside them that speak
 * of downloads, previews, the site or its members (说明：文章内容仅供预览……。下载后的文档……。点击这里给我发消息).
 */
function notices(text: string, matched: readonly Residue[]): Residue[] {
  const found: Residue[] = [];
  const byLine = new Map<number, Residue[]>();
  for (const notice of matched) {
    const lineStart = lineBounds(text, notice.start).start;
    byLine.set(lineStart, [...(byLine.get(lineStart) ?? []), notice]);
  }
  for (const [lineStart, onLine] of byLine) {
    const sentences = sentencesOfLine(text, lineStart);
    const marked = sentences.map((sentence) => onLine.some((notice) => notice.start < sentence.end && sentence.start < notice.end));
    for (let grown = true; grown; ) {
      grown = false;
      sentences.forEach((sentence, index) => {
        if (!marked[index] && (marked[index - 1] || marked[index + 1]) && NOTICE_WORDS.test(text.slice(sentence.start, sentence.end))) {
          marked[index] = grown = true;
        }
      });
    }
    sentences.forEach((sentence, index) => {
      if (marked[index] && !marked[index - 1]) {
        const last = marked.indexOf(false, index);
        const run = trimmed(text, { start: sentence.start, end: (sentences[last === -1 ? sentences.length - 1 : last - 1] as Span).end });
        const what = onLine.find((notice) => notice.start < run.end && run.start < notice.end)?.what as Localized;
        found.push({ ...run, what });
      }
    });
  }
  return found;
}

/**
 * A Discuz forum's anti-scraping jammer: five or more pairs of random ASCII characters (one of chr 32–59, a space,
 * one of chr 63–126: + O2 W- O: E/ I5 L9 Z) at a line's start or end, or on a line of its own. A page shows a pair
 * opening with a space as the space and its second character.
 */
const JAMMER_PAIRS = '(?:[!-;] [?-~]| {1,2}[?-~]){5,}';
const JAMMERS = new RegExp(`^${JAMMER_PAIRS}|(?<=[^\\x00-\\x7f])${JAMMER_PAIRS}[ \\t]*$`, 'gm');
/** A pair whose first character is printed: random strings have several; spaced single letters (A B C D E) have none. */
const PRINTED_PAIR = /[!-;] [?-~]/g;
const JAMMER: Localized = { zh: '论坛的防采集干扰码', en: 'a forum’s anti-scraping jammer' };

function jammers(text: string): Residue[] {
  return [...text.matchAll(JAMMERS)]
    .filter((match) => (match[0].match(PRINTED_PAIR) ?? []).length >= 2)
    .map((match) => {
      const start = match.index;
      const end = start + match[0].length;
      const shown = trimmed(text, { start, end });
      return { ...shown, what: JAMMER, removal: aloneOnLine(text, start, end) ?? { start, end } };
    });
}

/** The title as a document site's preview prints it, run into the first paragraph. */
const TITLE_IN_PREVIEW: Localized = { zh: '文档网站预览里的标题', en: 'the title as a document site’s preview prints it' };

/**
 * A document site's preview that runs the title into the first paragraph with a space (述职报告如何写出新意 /
 * 述职报告如何写出新意 人民代表大会……): the line above printed again at a line's start, white space after it. A
 * page that prints the title more often prints its preview twice, and repeated-phrase reports the copies.
 */
function titlesRunIntoText(text: string): Residue[] {
  const lines = trimmedLines(text, 0, Math.min(text.length, PAGE_HEAD));
  const found: Residue[] = [];
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    const title = above ? text.slice(above.start, above.end) : '';
    const end = line.start + title.length;
    // The title alone on a line, or at a line's start with white space after it.
    const printed = (other: Span): boolean => text.startsWith(title, other.start) && (other.end === other.start + title.length || isInlineSpace(text.charCodeAt(other.start + title.length)));
    if (above && TITLE_LIKE.test(title) && line.end > end && printed(line) && lines.filter(printed).length === 2) {
      found.push({ start: line.start, end, what: TITLE_IN_PREVIEW, removal: { start: line.start, end: skipSpaces(text, end, line.end) } });
    }
  });
  return found;
}

/** A keyword line: short words between commas (镇政府，工作报告，2023). */
const KEYWORDS = /^[^\s，,。；;：:！？、]{1,12}(?:[，,][^\s，,。；;：:！？、]{1,12}){1,5}$/u;
/** A line short enough to be a title, with no sentence in it. */
const TITLE_LIKE = /^[^，,。；;！？]{4,60}$/u;

/**
 * A document site's keyword line near the top of the page: words between commas, every one of them cut from a title
 * printed above or below it (2023年镇政府工作报告 / 镇政府，工作报告，2023). A line of the document that lists words has
 * no title holding them all.
 */
function keywordLines(text: string): Residue[] {
  const lines = trimmedLines(text, 0, Math.min(text.length, PAGE_HEAD));
  const words = lines.map((line) => text.slice(line.start, line.end));
  return lines.filter((_, index) => {
    const keywords = KEYWORDS.test(words[index] ?? '') ? (words[index] as string).split(/[，,]/u) : [];
    return (
      keywords.some((keyword) => /\p{Script=Han}/u.test(keyword)) &&
      words.some((title, other) => other !== index && TITLE_LIKE.test(title) && keywords.every((keyword) => withoutSpaces(title).includes(keyword)))
    );
  }).map((line) => ({ ...line, what: KEYWORD_LINE }));
}

function findResidue(text: string, model: DocumentModel): Residue[] {
  const found: Residue[] = [];
  const inSentences: Residue[] = [];
  for (const form of FORMS) {
    for (const match of text.matchAll(form.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (form.scope === 'sentence') {
        inSentences.push({ start, end, what: form.what });
        continue;
      }
      const span = form.scope === 'line' ? lineBounds(text, start) : { start, end };
      const shown = trimmed(text, span);
      if (shown.end > shown.start) {
        // A tag or a site name after the text goes with the white space before it.
        const wider = form.scope === 'match' && shown.start > span.start;
        found.push(itemNumberBeforeItsTitle(text, { ...shown, what: form.what, ...(wider ? { removal: span } : {}) }));
      }
    }
  }
  found.push(...notices(text, inSentences), ...fieldValues(text, found), ...keywordLines(text), ...jammers(text), ...titlesRunIntoText(text), ...taggedPageTitles(text, found), ...collectionTitles(text, found), ...datesAboveTheDocument(text, model), ...pageTitlesAboveTheDocument(text, model), ...issuersBetweenTitleCopies(text), ...countersGluedToTitles(text), ...sampleLabelsAboveTitles(text), ...chunkResidue(text, model.chunkCounters));
  found.push(...namesAmongPageDebris(text, found));
  // A date in figures under the 署名 is the document's own date, written wrong (date-format corrects it); the 署名 of
  // one document of a page of several is that document's, not the page's.
  const signed = partsOf(model.frames).filter((part) => part.name === 'date' || part.name === 'signature');
  const kept = found.filter((residue) => signed.every((part) => residue.end <= part.start || residue.start >= part.end));
  return dropOverlaps(kept.sort((a, b) => a.start - b.start));
}

/** Deletes the residue, and with it its line when the line holds nothing else. */
function deletion(text: string, span: Span): Span {
  return aloneOnLine(text, span.start, span.end) ?? span;
}

/**
 * Whether the residue says where a page cut the text (此处隐藏2150字, 预览已结束) between two headings of one level:
 * sections are missing there. Its deletion is then a quick fix only, so that fix-all does not leave the numbers
 * (一、 …… 四、) looking like a gap to renumber.
 */
function cutBetweenSections(text: string, model: DocumentModel, residue: Span): boolean {
  if (!cutBetween(text, residue.start, residue.end)) {
    return false;
  }
  const headings = model.nodes.filter((node) => node.kind === 'heading');
  const levelsBefore = new Set(headings.filter((node) => node.start < residue.start).map((node) => node.level));
  return headings.some((after) => after.start >= residue.end && levelsBefore.has(after.level));
}

const CUT_NOTE: Localized = { zh: '这里被网页删去了原文，删除后请补上缺的部分。', en: 'The page cut the text here: restore what is missing after deleting it.' };

function check(context: RuleContext): Finding[] {
  return findResidue(context.text, context.model).map((residue) => {
    const removed = residue.removal ?? deletion(context.text, residue);
    const cut = cutBetweenSections(context.text, context.model, residue);
    return {
      start: residue.start,
      end: residue.end,
      message: {
        zh: `网页残留（${residue.what.zh}）：这不是文稿的内容，应删除。${cut ? CUT_NOTE.zh : ''}`,
        en: `Web page residue (${residue.what.en}): not part of the document; delete it.${cut ? ` ${CUT_NOTE.en}` : ''}`,
      },
      fixes: () => [
        {
          title: { zh: '删除网页残留', en: 'Delete the web page residue' },
          edits: [{ start: removed.start, end: removed.end, newText: '' }],
          preferred: true,
          safe: !cut,
        },
      ],
    };
  });
}

export const webResidueRule = defineRule({
  id: 'web-residue',
  defaultSeverity: 'warning',
  cheap: true,
  coversOthers: true,
  check,
  settings: [],
});
