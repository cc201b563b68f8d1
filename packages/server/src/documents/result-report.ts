// 选举结果报告单（E-8：监票人、计票人当众核对、统计票数，作出记录，经监票人签字后报告村民选举委员会）：
// 投票情况（登记、参加投票及其方式、发出、收回、废票、有效票），选举是否有效及理由，各职务每个人的得票
// 和当选情况（罢免表决为赞成、反对和是否通过），总监票人、监票人、计票人签名栏，村民选举委员会盖章和日期。
import type { Content, TableCell } from 'pdfmake/interfaces';
import { cnDate, LIST_LINES, title } from './layout.js';
import { renderPdf } from './render.js';
import type { ElectionPart, OfficeVotes, RecallPart, ResultDoc } from './result-model.js';

const HEAD_FILL = '#eeeeee';
const OUTCOME: Record<string, string> = {
  elected: '当选',
  tie: '票数相等，再次投票',
  'kin-removed': '任职回避',
  'kin-revote': '任职回避，再次投票',
  'not-elected': '',
};

function head(cells: string[]): TableCell[] {
  return cells.map((text) => ({ text, bold: true, fillColor: HEAD_FILL, alignment: 'center' as const }));
}

function section(text: string): Content {
  return { text, bold: true, fontSize: 12, margin: [0, 10, 0, 4] };
}

const num = (n: number, unit: string): TableCell => ({ text: `${n} ${unit}`, alignment: 'center' });

function totalsTable(d: ResultDoc): Content {
  const t = d.totals;
  const label = (text: string): TableCell => ({ text, fillColor: HEAD_FILL });
  return {
    table: {
      widths: ['*', 70, '*', 70],
      body: [
        [label('登记参加选举的村民'), num(t.registered, '人'), label('参加投票的村民'), num(t.voted, '人')],
        [label('其中：本人投票'), num(t.inPerson, '人'), label('委托投票'), num(t.proxy, '人')],
        [label('流动票箱投票'), num(t.mobile, '人'), label('发出选票'), num(t.issued, '张')],
        [label('收回选票'), num(t.collected, '张'), label('无效票（废票）'), num(t.voidBallots, '张')],
        [label('有效票'), num(t.collected - t.voidBallots, '张'), label(''), ''],
      ],
    },
    layout: { ...LIST_LINES, paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 5 },
  };
}

function officeTable(o: OfficeVotes): Content {
  const body: TableCell[][] = [head(['序号', '姓名', '类别', '得票数', '结果'])];
  o.people.forEach((p, i) => {
    body.push([
      { text: String(i + 1), alignment: 'center' },
      { text: p.name, bold: p.outcome === 'elected' },
      { text: p.onBallot ? '候选人' : '另选他人', alignment: 'center' },
      { text: String(p.votes), alignment: 'center' },
      { text: OUTCOME[p.outcome] ?? '', alignment: 'center', bold: p.outcome === 'elected' },
    ]);
  });
  if (o.people.length === 0)
    body.push([{ text: '无人得票', colSpan: 5, alignment: 'center' }, '', '', '', '']);
  const elected = o.elected.map((e) => e.name).join('、') || '无';
  return {
    unbreakable: o.people.length <= 20,
    stack: [
      { text: `${o.title}（应选 ${o.seats} 名）　当选：${elected}`, bold: true, margin: [0, 6, 0, 3] },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [30, '*', 60, 50, 110], body },
        layout: { ...LIST_LINES, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 4 },
      },
    ],
  };
}

function electionContent(p: ElectionPart): Content[] {
  const out: Content[] = [section('三、各职务得票情况'), { text: p.quota, fontSize: 9.5, color: '#333333' }];
  out.push(...p.offices.map(officeTable));
  if (p.voidNotes.length > 0)
    out.push({ text: `废票构成：${p.voidNotes.join('；')}。`, fontSize: 9.5, margin: [0, 6, 0, 0] });
  if (p.notes.length > 0) {
    out.push(section('四、需要说明的情况'));
    out.push({ ul: p.notes, lineHeight: 1.3 });
  }
  return out;
}

function recallContent(p: RecallPart): Content[] {
  return [
    section('三、表决情况'),
    {
      table: {
        widths: ['*', '*', '*', '*'],
        body: [
          head(['被罢免人', '职务', '赞成', '反对']),
          [
            { text: p.member, alignment: 'center', bold: true },
            { text: p.office, alignment: 'center' },
            num(p.yes, '票'),
            num(p.no, '票'),
          ],
        ],
      },
      layout: { ...LIST_LINES, paddingTop: () => 4, paddingBottom: () => 4 },
    },
    { text: p.approval, fontSize: 9.5, margin: [0, 4, 0, 0] },
    {
      text: `表决结果：罢免${p.member}${p.office}职务的要求${p.passed ? '获得通过' : '未获通过'}。`,
      bold: true,
      margin: [0, 6, 0, 0],
    },
  ];
}

/** 签名栏：每个人一行，后面留空白签名处。 */
function signatures(d: ResultDoc): Content {
  const rows: TableCell[][] = [head(['职责', '姓名', '签名'])];
  const add = (role: string, names: string[]) => {
    if (names.length === 0) rows.push([{ text: role, alignment: 'center' }, '（未安排）', '']);
    for (const n of names) rows.push([{ text: role, alignment: 'center' }, n, '']);
  };
  add('总监票人', d.staff.chief);
  add('监票人', d.staff.scrutineers);
  add('计票人', d.staff.counters);
  return {
    unbreakable: true,
    stack: [
      section('监票、计票人员签名'),
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [80, 110, '*'], body: rows },
        layout: { ...LIST_LINES, paddingTop: () => 7, paddingBottom: () => 7, paddingLeft: () => 6 },
      },
      {
        margin: [0, 24, 0, 0],
        columns: [
          { text: '村民选举委员会主任（签名）：______________', alignment: 'left' },
          {
            stack: [
              { text: `${d.village}村民选举委员会（盖章）`, alignment: 'right' },
              { text: cnDate(d.reportDate), alignment: 'right', margin: [0, 6, 0, 0] },
            ],
          },
        ],
      },
    ],
  };
}

/** 生成选举结果报告单 PDF。 */
export async function resultReportPdf(d: ResultDoc): Promise<Buffer> {
  const recall = d.part.kind === 'recall';
  const heading = recall
    ? `${d.village}罢免${d.committeeName}成员表决结果报告单`
    : `${d.village}${d.committeeName}选举结果报告单`;
  const content: Content[] = [
    title(heading),
    {
      text: `${d.voteKind}　　投票日期：${cnDate(d.pollingDate)}　　换届：${d.roundName}`,
      alignment: 'center',
      margin: [0, -4, 0, 8],
      fontSize: 9.5,
    },
    section('一、投票情况'),
    totalsTable(d),
    section(`二、${recall ? '表决' : '选举'}是否有效`),
    {
      text: d.valid ? `本次${recall ? '表决' : '选举'}有效。` : `本次${recall ? '表决' : '选举'}无效。`,
      bold: true,
      color: d.valid ? '#000000' : '#cf1322',
    },
    { ul: d.validity, fontSize: 9.5, lineHeight: 1.3, margin: [0, 2, 0, 0] },
    ...(d.part.kind === 'recall' ? recallContent(d.part) : electionContent(d.part)),
    signatures(d),
    {
      text: '本报告单经监票人、计票人签字后报告村民选举委员会，与选票一并封存。',
      fontSize: 8.5,
      color: '#555555',
      margin: [0, 10, 0, 0],
    },
  ];
  return renderPdf({
    title: heading,
    header: {
      village: d.village,
      round: d.roundName,
      document: recall ? '表决结果报告单' : '选举结果报告单',
    },
    content,
  });
}
