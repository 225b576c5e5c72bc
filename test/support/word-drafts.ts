/**
 * Word drafts made in the tests with the docx package, the way offices make them: headings as automatic
 * numbering (一、 （一） 1. as list levels, a restart, a list attached to a paragraph style), tracked changes,
 * a table, a heading typed by hand after automatic ones, a colleague's comment.
 */
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, InsertedTextRun, LevelFormat,
  Packer, Paragraph, Table, TableCell, TableRow, TextRun,
} from 'docx';

const level = (at: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: at, format, text, alignment: AlignmentType.LEFT });
const REVISION = { author: '李明', date: '2026-11-01T09:00:00Z' };

/** 一、（一）1. automatic headings with a restart, a style-linked ① list, tracked changes, a table, a typed 二、, an existing comment. */
export async function numberedDraft(): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        { reference: 'headings', levels: [level(0, LevelFormat.CHINESE_COUNTING, '%1、'), level(1, LevelFormat.CHINESE_COUNTING, '（%2）'), level(2, LevelFormat.DECIMAL, '%3.')] },
        { reference: 'points', levels: [level(0, LevelFormat.DECIMAL_ENCLOSED_CIRCLE, '%1')] },
      ],
    },
    styles: { paragraphStyles: [{ id: 'Point', name: 'Point', basedOn: 'Normal', paragraph: { numbering: { reference: 'points', level: 0 } } }] },
    comments: { children: [{ id: 0, author: REVISION.author, date: new Date(REVISION.date), children: [new Paragraph('请核实数字')] }] },
    sections: [{
      children: [
        new Paragraph('关于做好冬季森林防火工作的通知'),
        new Paragraph({ text: '总体要求', numbering: { reference: 'headings', level: 0 } }),
        new Paragraph('要坚持预防为主、积极消灭的方针，确保不发生重大森林火灾。'),
        new Paragraph({ text: '压实责任', numbering: { reference: 'headings', level: 1 } }),
        new Paragraph({ text: '检查线路。各乡镇要对林区电力线路逐段排查。', numbering: { reference: 'headings', level: 2 } }),
        new Paragraph({ text: '检查设备。要对扑火机具逐台检修。', numbering: { reference: 'headings', level: 2 } }),
        new Paragraph({ text: '加强宣传', numbering: { reference: 'headings', level: 1 } }),
        new Paragraph({ text: '进村入户。要把防火知识送到每家每户。', numbering: { reference: 'headings', level: 2 } }),
        new Paragraph({ text: '重点任务', numbering: { reference: 'headings', level: 0 } }),
        new Paragraph({ text: '严控野外用火。', style: 'Point' }),
        new Paragraph({ text: '严查进山人员。', style: 'Point' }),
        new Paragraph({
          children: [
            new TextRun('今年全县投入防火资金'),
            new InsertedTextRun({ text: 'XX', id: 1, ...REVISION }),
            new DeletedTextRun({ text: '**', id: 2, ...REVISION }),
            new TextRun('万元，'),
            new CommentRangeStart(0),
            new TextRun('比上年增长两成'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new TextRun('。'),
          ],
        }),
        new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('责任单位')] }), new TableCell({ children: [new Paragraph('XX镇人民政府')] })] })] }),
        new Paragraph('二、保障措施'),
        new Paragraph('要落实值班值守制度。'),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
