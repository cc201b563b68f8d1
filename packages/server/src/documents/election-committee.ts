// 村民选举委员会成员名单公告：主任在前，委员按姓氏笔画；成员变动（退出、递补）写在表后；报乡镇备案（C2-4）。
import type { Content, TableCell } from 'pdfmake/interfaces';
import { cnDate, LIST_LINES, sexLabel, signature, title } from './layout.js';
import { renderPdf } from './render.js';

export interface CommitteeListMember {
  name: string;
  sex: 'M' | 'F';
  /** 村民小组 */
  group: string;
  chair: boolean;
}

/** 一次退出（及递补）。 */
export interface CommitteeListChange {
  name: string;
  /** 退出日期 YYYY-MM-DD */
  on: string;
  /** 退出原因的简称，如“依法回避”“本人辞去” */
  why: string;
  /** 递补人姓名；空缺尚未递补为 null */
  filledBy: string | null;
}

export interface ElectionCommitteeListInput {
  village: string;
  /** 备案机关全称，如“郑坑乡人民政府”“某某街道办事处” */
  filedWith: string;
  /** 届次，如“第十二届”；不知道时写“本届” */
  term: string;
  /** 依据的法律法规名称（规则集的出处） */
  laws: readonly string[];
  /** 推选的会议，如“村民代表会议”，及日期 YYYY-MM-DD */
  meeting: { title: string; heldOn: string };
  /** 按张贴顺序：主任在前，委员按姓氏笔画（调用方排好） */
  members: readonly CommitteeListMember[];
  changes: readonly CommitteeListChange[];
  publishedOn: string;
}

const HEAD_FILL = '#eeeeee';

/** 生成村民选举委员会成员名单公告 PDF。 */
export async function electionCommitteeListPdf(input: ElectionCommitteeListInput): Promise<Buffer> {
  const heading = `${input.village}村民选举委员会成员名单公告`;
  const laws = input.laws.map((l) => `《${l}》`).join('');
  const head = ['序号', '职务', '姓名', '性别', '村民小组'];
  const body: TableCell[][] = [
    head.map((text) => ({ text, bold: true, fillColor: HEAD_FILL, alignment: 'center' })),
    ...input.members.map((m, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      { text: m.chair ? '主任' : '委员', alignment: 'center' },
      { text: m.name, alignment: 'center' },
      { text: sexLabel(m.sex), alignment: 'center' },
      { text: m.group, alignment: 'center' },
    ]),
  ];
  const content: Content[] = [
    title(heading),
    {
      text:
        `根据${laws}的规定，经${cnDate(input.meeting.heldOn)}${input.meeting.title}推选，` +
        `本村${input.term}村民委员会换届选举的村民选举委员会由下列 ${input.members.length} 名成员组成，现予公告。`,
      lineHeight: 1.4,
      margin: [0, 0, 0, 10],
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [40, 70, '*', 50, '*'], body },
      layout: { ...LIST_LINES, paddingTop: () => 5, paddingBottom: () => 5, paddingLeft: () => 4 },
      fontSize: 11,
    },
    { text: '（主任列前，委员按姓氏笔画排序）', fontSize: 9, color: '#555555', margin: [0, 4, 0, 0] },
  ];
  if (input.changes.length > 0) {
    content.push({ text: '成员变动', bold: true, margin: [0, 12, 0, 4] });
    content.push({
      ol: input.changes.map(
        (c) =>
          `${c.name}因${c.why}于${cnDate(c.on)}退出村民选举委员会，` +
          (c.filledBy ? `按原推选结果由${c.filledBy}依次递补。` : '其职位尚待递补或另行推选。'),
      ),
      lineHeight: 1.35,
    });
  }
  content.push({
    text:
      '村民选举委员会主持本村村民委员会的选举工作。村民选举委员会成员被提名为村民委员会成员候选人的，' +
      '应当退出村民选举委员会，所缺名额按原推选结果依次递补。' +
      `村民对本名单如有不同意见，可向村民委员会提出。本名单已报${input.filedWith}备案。`,
    lineHeight: 1.4,
    margin: [0, 12, 0, 0],
  });
  content.push(signature(`${input.village}村民委员会`, input.publishedOn));
  return renderPdf({
    title: heading,
    header: {
      village: input.village,
      round: `${input.term}村民委员会选举`,
      document: '村民选举委员会成员名单',
    },
    content,
  });
}
