// 正式候选人名单公告（自荐直选时为自荐人名单）：按职务分列，各职务的候选人按规则集的顺序：
// 浙江正式候选人按得票多少为序（B-4），自荐人名单和其他规则集按姓氏笔画（B-6；seed 002：公告上的
// 候选人应按姓名笔划书写）；村民选举委员会落款和日期。
import { sortByStrokes } from '@huanjie/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { birthMonth, cnDate, LIST_LINES, sexLabel, signature, title } from './layout.js';
import { renderPdf } from './render.js';

export interface ListedCandidate {
  name: string;
  sex: 'M' | 'F';
  /** YYYY-MM-DD；不知道时为 null */
  birthDate: string | null;
  education?: string | undefined;
  politicalStatus?: string | undefined;
  currentPost?: string | undefined;
}

export interface ListedOffice {
  /** 主任、副主任、妇女委员、委员 */
  title: string;
  seats: number;
  candidates: readonly ListedCandidate[];
}

export interface CandidateListInput {
  village: string;
  /** 届次，如“第十二届”；不知道时写“本届” */
  term: string;
  /** 'direct'：正式候选人名单；'self'：自荐人名单 */
  kind: 'direct' | 'self';
  /** 依据的法律法规名称（规则集的出处） */
  laws: readonly string[];
  /** 选举日 YYYY-MM-DD；未定为 null */
  electionDay: string | null;
  /** 按职数方案的顺序；order 为 'strokes' 时各职务内由本生成器按姓氏笔画排，'votes' 时保持给定顺序（按提名得票多少） */
  offices: readonly ListedOffice[];
  /** 'votes'：正式候选人名单按得票多少为序（浙江 第十八条，B-4）；'strokes'：按姓氏笔画（B-6 等） */
  order: 'votes' | 'strokes';
  /** 公告日期 YYYY-MM-DD */
  publishedOn: string;
  /** 尚未公布（或有未解决的问题）时印“草稿”字样 */
  draft: boolean;
}

const HEAD_FILL = '#eeeeee';
const center = (text: string): TableCell => ({ text, alignment: 'center' });

/** 生成候选人（自荐人）名单公告 PDF。 */
export async function candidateListPdf(input: CandidateListInput): Promise<Buffer> {
  const who = input.kind === 'direct' ? '正式候选人' : '自荐人';
  const heading = `${input.village}${input.term}村民委员会成员${who}名单公告`;
  const committee = `${input.village}村民选举委员会`;
  const laws = input.laws.map((l) => `《${l}》`).join('');
  const total = input.offices.reduce((n, o) => n + o.candidates.length, 0);
  const head = ['职务', '序号', '姓名', '性别', '出生年月', '文化程度', '政治面貌', '现任职务'];
  const body: TableCell[][] = [
    head.map((text) => ({ text, bold: true, fillColor: HEAD_FILL, alignment: 'center' })),
  ];
  for (const office of input.offices) {
    const people =
      input.order === 'votes' ? office.candidates : sortByStrokes(office.candidates, (c) => c.name);
    const officeCell: TableCell = {
      text: `${office.title}\n（应选${office.seats}名）`,
      alignment: 'center',
      bold: true,
      rowSpan: Math.max(1, people.length),
    };
    if (people.length === 0) {
      body.push([
        officeCell,
        { text: '（暂无）', colSpan: 7, alignment: 'center', color: '#888888' },
        '',
        '',
        '',
        '',
        '',
        '',
      ]);
      continue;
    }
    people.forEach((c, i) => {
      body.push([
        i === 0 ? officeCell : '',
        center(String(i + 1)),
        { text: c.name, alignment: 'center', bold: true },
        center(sexLabel(c.sex)),
        center(c.birthDate ? birthMonth(c.birthDate) : ''),
        center(c.education ?? ''),
        center(c.politicalStatus ?? ''),
        c.currentPost ?? '',
      ]);
    });
  }
  const intro =
    input.kind === 'direct'
      ? `根据${laws}的规定，经本村登记参加选举的村民直接提名，并经资格审查，` +
        `本村${input.term}村民委员会成员正式候选人已经确定，共 ${total} 名，现按职务公布如下：`
      : `根据${laws}的规定，本村${input.term}村民委员会选举实行无候选人的自荐直选。` +
        `经资格审查，下列 ${total} 名自荐人符合条件，现按所竞职务公布如下：`;
  const content: Content[] = [title(heading)];
  if (input.draft)
    content.push({
      text: '（草稿，尚未公布）',
      alignment: 'center',
      color: '#cf1322',
      margin: [0, -6, 0, 8],
    });
  content.push(
    { text: intro, lineHeight: 1.4, margin: [0, 0, 0, 10] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [62, 26, 60, 28, 48, 52, 56, '*'], body },
      layout: { ...LIST_LINES, paddingTop: () => 5, paddingBottom: () => 5, paddingLeft: () => 3 },
      fontSize: 10.5,
    },
    {
      text: input.order === 'votes' ? '（各职务候选人按提名得票多少为序）' : '（各职务候选人按姓氏笔画排序）',
      fontSize: 9,
      color: '#555555',
      margin: [0, 4, 0, 0],
    },
  );
  const election = input.electionDay ? `本村选举定于 ${cnDate(input.electionDay)} 举行。` : '';
  const after =
    input.kind === 'direct'
      ? `${election}村民选举委员会将组织候选人与村民见面，由候选人介绍履行职责的设想，回答村民提出的问题。` +
        '选民投票时可以选举候选人，也可以另选其他选民。对本名单有意见的，可向村民选举委员会反映。'
      : `${election}选民可以投票选举自荐人，也可以另选其他选民，也可以弃权。对本名单有意见的，可向村民选举委员会反映。`;
  content.push({ text: after, lineHeight: 1.4, margin: [0, 12, 0, 0] });
  content.push(signature(committee, input.publishedOn));
  return renderPdf({
    title: heading,
    header: { village: input.village, round: `${input.term}村民委员会选举`, document: `${who}名单` },
    content,
  });
}
