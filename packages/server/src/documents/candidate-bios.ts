// 候选人简历：每人一页——照片框、姓名、性别、出生年月、文化程度、政治面貌、现任职务、竞选职务、
// 主要经历、履职设想（候选人与村民见面时介绍，D-3）。按职务、再按姓氏笔画排序。
import { sortByStrokes } from '@huanjie/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { birthMonth, cnDate, LIST_LINES, sexLabel } from './layout.js';
import { renderPdf } from './render.js';

export interface BioEntry {
  name: string;
  sex: 'M' | 'F';
  birthDate: string | null;
  /** 竞选的职务，如“主任” */
  office: string;
  group: string | null;
  education?: string | undefined;
  politicalStatus?: string | undefined;
  currentPost?: string | undefined;
  experience?: readonly { from: string; to: string | null; what: string }[] | undefined;
  plans?: string | undefined;
  photoNote?: string | undefined;
}

export interface CandidateBiosInput {
  village: string;
  term: string;
  kind: 'direct' | 'self';
  /** 职务在职数方案中的顺序，各职务内由本生成器按姓氏笔画排 */
  officeOrder: readonly string[];
  people: readonly BioEntry[];
  /** 印在每页页脚的日期 YYYY-MM-DD */
  printedOn: string;
}

const LABEL_FILL = '#f2f2f2';
const label = (text: string, extra: Partial<Record<string, unknown>> = {}): TableCell => ({
  text,
  bold: true,
  fillColor: LABEL_FILL,
  alignment: 'center',
  ...extra,
});

/** “2008-03” → “2008.03” */
const month = (ym: string) => ym.replace('-', '.');

function page(p: BioEntry, input: CandidateBiosInput, first: boolean): Content {
  const who = input.kind === 'direct' ? '候选人' : '自荐人';
  const experience = p.experience ?? [];
  const photo: TableCell = {
    rowSpan: 5,
    stack: [
      { text: '照片', alignment: 'center', color: '#888888', margin: [0, 40, 0, 4] },
      { text: p.photoNote ?? '（一寸免冠近照）', alignment: 'center', color: '#888888', fontSize: 8 },
    ],
  };
  const body: TableCell[][] = [
    [
      label('姓名'),
      { text: p.name, bold: true, fontSize: 13, alignment: 'center' },
      label('性别'),
      { text: sexLabel(p.sex), alignment: 'center' },
      photo,
    ],
    [
      label('出生年月'),
      { text: p.birthDate ? birthMonth(p.birthDate) : '', alignment: 'center' },
      label('文化程度'),
      { text: p.education ?? '', alignment: 'center' },
      '',
    ],
    [
      label('政治面貌'),
      { text: p.politicalStatus ?? '', alignment: 'center' },
      label('村民小组'),
      { text: p.group ?? '', alignment: 'center' },
      '',
    ],
    [label('现任职务'), { text: p.currentPost ?? '无', colSpan: 3 }, '', '', ''],
    [label(`竞选职务`), { text: `村民委员会${p.office}`, colSpan: 3, bold: true }, '', '', ''],
    [
      label('主要经历', { margin: [0, 30, 0, 0] }),
      {
        colSpan: 4,
        stack:
          experience.length > 0
            ? experience.map((e) => ({
                columns: [
                  { text: `${month(e.from)}—${e.to ? month(e.to) : '至今'}`, width: 110 },
                  { text: e.what, width: '*' },
                ],
                margin: [0, 2, 0, 2],
              }))
            : [{ text: '（未填写）', color: '#888888' }],
      },
      '',
      '',
      '',
    ],
    [
      label('履职设想', { margin: [0, 60, 0, 0] }),
      {
        colSpan: 4,
        text: p.plans ?? '（未填写）',
        lineHeight: 1.5,
        ...(p.plans ? {} : { color: '#888888' }),
      },
      '',
      '',
      '',
    ],
  ];
  return {
    ...(first ? {} : { pageBreak: 'before' as const }),
    stack: [
      {
        text: `${input.village}${input.term}村民委员会${p.office}${who}简历`,
        bold: true,
        fontSize: 16,
        alignment: 'center',
        margin: [0, 0, 0, 14],
      },
      {
        table: {
          widths: [70, '*', 70, '*', 96],
          heights: (row: number) => (row < 5 ? 28 : row === 5 ? 150 : 260),
          body,
        },
        layout: {
          ...LIST_LINES,
          paddingTop: () => 7,
          paddingBottom: () => 7,
          paddingLeft: () => 6,
          paddingRight: () => 6,
        },
        fontSize: 11,
      },
      {
        text: `${input.village}村民选举委员会　${cnDate(input.printedOn)}`,
        alignment: 'right',
        fontSize: 9,
        color: '#555555',
        margin: [0, 10, 0, 0],
      },
    ],
  };
}

/** 生成候选人（自荐人）简历 PDF，每人一页。 */
export async function candidateBiosPdf(input: CandidateBiosInput): Promise<Buffer> {
  const who = input.kind === 'direct' ? '候选人' : '自荐人';
  const at = new Map(input.officeOrder.map((o, i) => [o, i]));
  const people = sortByStrokes(input.people, (p) => p.name).sort(
    (a, b) => (at.get(a.office) ?? 99) - (at.get(b.office) ?? 99),
  );
  const content: Content[] =
    people.length > 0
      ? people.map((p, i) => page(p, input, i === 0))
      : [{ text: `尚无${who}`, alignment: 'center', margin: [0, 100, 0, 0] }];
  return renderPdf({
    title: `${input.village}${who}简历`,
    header: { village: input.village, round: `${input.term}村民委员会选举`, document: `${who}简历` },
    content,
  });
}
