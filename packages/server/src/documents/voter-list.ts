// 选民榜（选民名单）：按村民小组分组张贴，组内按姓氏笔画排序，多人并排一行，
// 附各组和全村的男女人数；名单公布后的补登、除名另列，可以带着变动重印。
import { ageOn, isoDate, sortByStrokes } from '@huanjie/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  birthMonth,
  chunk,
  cnDate,
  compareGroups,
  LIST_LINES,
  sexLabel,
  signature,
  title,
} from './layout.js';
import { renderPdf } from './render.js';

/** 名单上的一个选民。 */
export interface ListedVoter {
  /** 选民证号，原样印出（如 "0012" 或 "03-0012"）。 */
  voterNo: string;
  name: string;
  sex: 'M' | 'F';
  /** 出生日期 YYYY-MM-DD；年龄按选举日计算。 */
  birthDate: string;
  /** 村民小组名称，如“第三村民小组”。 */
  group: string;
}

/** 公布后的一次补登或除名。 */
export interface ListChange {
  voter: ListedVoter;
  /** 原因，如“年满十八周岁”“死亡”“户籍迁出，本人未申请参加本村选举”。 */
  reason: string;
  /** 补登或除名的日期 YYYY-MM-DD。 */
  changedOn: string;
}

export interface VoterListInput {
  /** 村名，如“柳山村”。 */
  village: string;
  /** 届次，如“第十二届”。 */
  term: string;
  /** 名单公布日期 YYYY-MM-DD。 */
  publishedOn: string;
  /** 选举日 YYYY-MM-DD（年龄按这一天算）。 */
  electionDay: string;
  /** 自公布之日起几日内可以申诉——调用方从规则集取。 */
  objectionDays: number;
  /** 选举委员会自收到申诉之日起几日内作出决定（规则集有时印出，没有就不印）。 */
  decisionDays?: number;
  /** 公布时名单上的全部选民（含公布后被除名的人，他们在名单里加 ※ 标记）。 */
  voters: readonly ListedVoter[];
  /** 公布后补登的选民。 */
  added?: readonly ListChange[];
  /** 公布后除名的选民（也应在 voters 里）。 */
  removed?: readonly ListChange[];
  /** 第四栏印年龄（默认）还是出生年月。 */
  ageColumn?: 'age' | 'birth';
  /** 一行并排几人，默认 3（A4 纵向可读的上限）。 */
  perRow?: number;
  /** 落款日期，默认公布日期；带补登除名重印时填重印日期。 */
  signedOn?: string;
}

const FONT = 9;
const HEAD_FILL = '#eeeeee';

/** 选举委员会落款：村名 + 村民选举委员会。 */
function committeeOf(village: string): string {
  return `${village}村民选举委员会`;
}

function fourthColumn(input: VoterListInput, v: ListedVoter): string {
  if (input.ageColumn === 'birth') return birthMonth(v.birthDate);
  return String(ageOn(isoDate(v.birthDate), isoDate(input.electionDay)));
}

function headerCells(input: VoterListInput, perRow: number): TableCell[] {
  const fourth = input.ageColumn === 'birth' ? '出生年月' : '年龄';
  const one = ['序号', '姓名', '性别', fourth, '选民证号'];
  return Array.from({ length: perRow }, () => one)
    .flat()
    .map((text) => ({ text, bold: true, fontSize: 8, fillColor: HEAD_FILL, alignment: 'center' }));
}

function groupTable(
  input: VoterListInput,
  voters: ListedVoter[],
  removedNos: Set<string>,
  perRow: number,
): Content {
  const body: TableCell[][] = [headerCells(input, perRow)];
  const rows = chunk(
    voters.map((v, i) => ({ v, n: i + 1 })),
    perRow,
  );
  for (const row of rows) {
    const cells: TableCell[] = [];
    for (let k = 0; k < perRow; k++) {
      const entry = row[k];
      if (!entry) {
        cells.push('', '', '', '', '');
        continue;
      }
      const { v, n } = entry;
      const removed = removedNos.has(v.voterNo);
      cells.push(
        { text: String(n), alignment: 'right', color: '#444444' },
        { text: removed ? `${v.name}※` : v.name, decoration: removed ? 'lineThrough' : undefined },
        { text: sexLabel(v.sex), alignment: 'center' },
        { text: fourthColumn(input, v), alignment: 'center' },
        { text: v.voterNo, alignment: 'center' },
      );
    }
    body.push(cells);
  }
  // 每人一组五栏：序号、性别、年龄按两个字的表头定宽，证号按内容，余下给姓名。
  const one = [20, '*', 20, input.ageColumn === 'birth' ? 'auto' : 20, 'auto'];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: Array.from({ length: perRow }, () => one).flat(),
      body,
    },
    layout: LIST_LINES,
    fontSize: FONT,
  };
}

interface Counts {
  male: number;
  female: number;
}

function count(voters: readonly ListedVoter[]): Counts {
  let male = 0;
  for (const v of voters) if (v.sex === 'M') male++;
  return { male, female: voters.length - male };
}

function countsText(c: Counts): string {
  return `共 ${c.male + c.female} 人，男 ${c.male} 人，女 ${c.female} 人`;
}

function groupsOf(voters: readonly ListedVoter[]): Map<string, ListedVoter[]> {
  const names = [...new Set(voters.map((v) => v.group))].sort(compareGroups);
  const map = new Map<string, ListedVoter[]>(names.map((g) => [g, []]));
  for (const v of voters) map.get(v.group)!.push(v);
  return map;
}

function summaryTable(input: VoterListInput): Content {
  const added = input.added ?? [];
  const removed = input.removed ?? [];
  const withChanges = added.length > 0 || removed.length > 0;
  const groups = [...new Set([...input.voters, ...added.map((c) => c.voter)].map((v) => v.group))].sort(
    compareGroups,
  );
  const head = ['村民小组', '男', '女', '合计', ...(withChanges ? ['补登', '除名', '现有'] : [])];
  const row = (label: string, pick: (v: ListedVoter) => boolean, bold = false): TableCell[] => {
    const c = count(input.voters.filter(pick));
    const total = c.male + c.female;
    const numbers = [c.male, c.female, total];
    if (withChanges) {
      const a = added.filter((x) => pick(x.voter)).length;
      const r = removed.filter((x) => pick(x.voter)).length;
      numbers.push(a, r, total + a - r);
    }
    return [
      { text: label, bold },
      ...numbers.map((n): TableCell => ({ text: String(n), alignment: 'center', bold })),
    ];
  };
  const body: TableCell[][] = [
    head.map((text) => ({ text, bold: true, fillColor: HEAD_FILL, alignment: 'center' })),
    ...groups.map((g) => row(g, (v) => v.group === g)),
    row('全村合计', () => true, true),
  ];
  return {
    unbreakable: true,
    stack: [
      { text: '选民人数统计', bold: true, fontSize: 11, margin: [0, 12, 0, 4] },
      {
        table: { headerRows: 1, widths: ['*', ...head.slice(1).map(() => 44)], body },
        layout: LIST_LINES,
        fontSize: FONT,
      },
    ],
  };
}

function changesTable(heading: string, input: VoterListInput, changes: readonly ListChange[]): Content {
  // 先按日期，同一天的按姓氏笔画。
  const byDate = new Map<string, ListChange[]>();
  for (const c of changes) byDate.set(c.changedOn, [...(byDate.get(c.changedOn) ?? []), c]);
  const ordered = [...byDate.keys()]
    .sort()
    .flatMap((d) => sortByStrokes(byDate.get(d)!, (c) => c.voter.name));
  const fourth = input.ageColumn === 'birth' ? '出生年月' : '年龄';
  const head = ['序号', '姓名', '性别', fourth, '村民小组', '选民证号', '原因', '日期'];
  const body: TableCell[][] = [
    head.map((text) => ({ text, bold: true, fillColor: HEAD_FILL, alignment: 'center' })),
    ...ordered.map((c, i): TableCell[] => [
      { text: String(i + 1), alignment: 'right' },
      c.voter.name,
      { text: sexLabel(c.voter.sex), alignment: 'center' },
      { text: fourthColumn(input, c.voter), alignment: 'center' },
      c.voter.group,
      { text: c.voter.voterNo, alignment: 'center' },
      c.reason,
      cnDate(c.changedOn),
    ]),
  ];
  return [
    { text: `${heading}（${ordered.length} 人）`, bold: true, fontSize: 11, margin: [0, 12, 0, 4] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [20, 44, 18, 28, 62, 'auto', '*', 64], body },
      layout: LIST_LINES,
      fontSize: FONT,
    },
  ];
}

/** 生成选民榜 PDF。 */
export async function voterListPdf(input: VoterListInput): Promise<Buffer> {
  const perRow = input.perRow ?? 3;
  const removedNos = new Set((input.removed ?? []).map((c) => c.voter.voterNo));
  const committee = committeeOf(input.village);
  const heading = `${input.village}${input.term}村民委员会选举选民名单`;

  const decision = input.decisionDays
    ? `村民选举委员会应当自收到申诉之日起 ${input.decisionDays} 日内作出处理决定，并公布处理结果。`
    : '';
  const notice: Content = {
    text: [
      `根据村民委员会选举的有关规定，经本村选民登记，现将${input.term}村民委员会选举选民名单予以公布。`,
      `选举日为 ${cnDate(input.electionDay)}，年龄按选举日计算。`,
      `选民对名单有不同意见的，可以自名单公布之日起 ${input.objectionDays} 日内向${committee}提出申诉。`,
      decision,
    ],
    margin: [0, 0, 0, 4],
    lineHeight: 1.35,
  };
  const total = count(input.voters);
  const meta: Content = {
    columns: [
      { text: `公布日期：${cnDate(input.publishedOn)}` },
      { text: `全村选民${countsText(total)}`, alignment: 'right' },
    ],
    margin: [0, 0, 0, 8],
  };

  const groups: Content[] = [];
  for (const [group, members] of groupsOf(input.voters)) {
    groups.push({
      stack: [
        {
          text: [{ text: group, bold: true, fontSize: 11 }, `　（${countsText(count(members))}）`],
          margin: [0, 8, 0, 3],
        },
        groupTable(
          input,
          sortByStrokes(members, (v) => v.name),
          removedNos,
          perRow,
        ),
      ],
    });
  }

  const content: Content[] = [title(heading), notice, meta, ...groups];
  if (removedNos.size > 0) {
    content.push({
      text: '注：姓名后标 ※ 者公布后已除名，见《除名名单》。',
      fontSize: 8,
      margin: [0, 4, 0, 0],
    });
  }
  content.push(summaryTable(input));
  if ((input.added ?? []).length > 0) content.push(changesTable('补登名单', input, input.added!));
  if ((input.removed ?? []).length > 0) content.push(changesTable('除名名单', input, input.removed!));
  content.push(signature(committee, input.signedOn ?? input.publishedOn));

  return renderPdf({
    title: heading,
    header: { village: input.village, round: `${input.term}村民委员会选举`, document: '选民名单' },
    content,
  });
}
