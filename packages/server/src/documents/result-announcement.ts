// 选举结果公告（F-13：村民选举委员会确认选举有效后，当场公布候选人和其他选民所得票数，并公布当选人名单）：
// 投票情况一段话，各职务每个人的得票（按得票多少为序），当选人名单（按得票多少为序），选举无效时写明原因；
// 罢免表决为赞成、反对票数和是否通过。村民选举委员会落款和日期。
import type { Content, TableCell } from 'pdfmake/interfaces';
import { chunk, cnDate, LIST_LINES, signature, title } from './layout.js';
import { renderPdf } from './render.js';
import type { ElectionPart, OfficeVotes, RecallPart, ResultDoc } from './result-model.js';

const HEAD_FILL = '#eeeeee';
const PER_ROW = 4;

function section(text: string): Content {
  return { text, bold: true, fontSize: 12, margin: [0, 10, 0, 4] };
}

/** 一个职务的得票：每格“姓名 N 票”，每行 4 人。 */
function votesGrid(o: OfficeVotes): Content {
  const cells = o.people.map(
    (p): TableCell => ({
      text: [
        { text: p.name, bold: p.outcome === 'elected' },
        { text: `　${p.votes} 票${p.outcome === 'elected' ? '（当选）' : ''}` },
      ],
    }),
  );
  const rows = chunk(cells, PER_ROW).map((row) => {
    while (row.length < PER_ROW) row.push({ text: '' });
    return row;
  });
  if (rows.length === 0) rows.push([{ text: '无人得票', colSpan: PER_ROW }, '', '', '']);
  return {
    unbreakable: rows.length <= 12,
    stack: [
      {
        text: `${o.title}（应选 ${o.seats} 名）`,
        bold: true,
        margin: [0, 6, 0, 3],
      },
      {
        table: { widths: Array(PER_ROW).fill('*'), body: rows, dontBreakRows: true },
        layout: { ...LIST_LINES, paddingTop: () => 4, paddingBottom: () => 4, paddingLeft: () => 5 },
      },
    ],
  };
}

function electedList(p: ElectionPart): Content {
  const body: TableCell[][] = [
    ['职务', '姓名', '得票数'].map((text) => ({
      text,
      bold: true,
      fillColor: HEAD_FILL,
      alignment: 'center',
    })),
  ];
  for (const o of p.offices) {
    if (o.elected.length === 0) {
      body.push([{ text: o.title, alignment: 'center' }, { text: '（暂缺）', color: '#888888' }, '']);
      continue;
    }
    o.elected.forEach((e, i) => {
      body.push([
        i === 0 ? { text: o.title, alignment: 'center', rowSpan: o.elected.length } : '',
        { text: e.name, bold: true, fontSize: 12 },
        { text: String(e.votes), alignment: 'center' },
      ]);
    });
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [100, '*', 80], body },
    layout: { ...LIST_LINES, paddingTop: () => 5, paddingBottom: () => 5, paddingLeft: () => 6 },
  };
}

function electionContent(d: ResultDoc, p: ElectionPart): Content[] {
  const out: Content[] = [section('一、各职务得票情况（按得票多少为序）'), ...p.offices.map(votesGrid)];
  if (!d.valid) return out;
  out.push(section('二、当选人名单（按得票多少为序）'), electedList(p));
  if (p.notes.length > 0) out.push(section('三、其他事项'), { ul: p.notes, lineHeight: 1.35 });
  return out;
}

function recallContent(p: RecallPart): Content[] {
  return [
    {
      text: `罢免${p.member}${p.office}职务的表决：赞成 ${p.yes} 票，反对 ${p.no} 票。`,
      margin: [0, 8, 0, 0],
      lineHeight: 1.4,
    },
    {
      text: `表决结果：罢免要求${p.passed ? '获得通过' : '未获通过'}。`,
      bold: true,
      fontSize: 13,
      margin: [0, 6, 0, 0],
    },
    { text: p.approval, fontSize: 9.5, color: '#444444', margin: [0, 4, 0, 0] },
  ];
}

/** 生成选举结果公告 PDF。 */
export async function resultAnnouncementPdf(d: ResultDoc): Promise<Buffer> {
  const recall = d.part.kind === 'recall';
  const what = recall ? '表决' : '选举';
  const heading = recall
    ? `${d.village}罢免${d.committeeName}成员表决结果公告`
    : `${d.village}${d.committeeName}选举结果公告`;
  const laws = d.laws.map((l) => `《${l}》`).join('');
  const t = d.totals;
  const intro =
    `根据${laws}的规定，本村于 ${cnDate(d.pollingDate)} 举行${recall ? `罢免${d.committeeName}成员的表决` : `${d.committeeName}选举（${d.voteKind}）`}。` +
    `全村登记参加选举的村民 ${t.registered} 人，参加投票 ${t.voted} 人，发出选票 ${t.issued} 张，` +
    `收回选票 ${t.collected} 张，其中有效票 ${t.collected - t.voidBallots} 张，无效票 ${t.voidBallots} 张。` +
    (d.valid
      ? `经村民选举委员会确认，本次${what}有效。现将${what}结果公告如下：`
      : `本次${what}无效（${d.validity.filter((l) => !l.endsWith('符合')).join('；')}），村民选举委员会将依法重新组织投票。各人得票情况公告如下：`);
  const content: Content[] = [title(heading), { text: intro, lineHeight: 1.45 }];
  content.push(...(d.part.kind === 'recall' ? recallContent(d.part) : electionContent(d, d.part)));
  content.push({
    text: '对选举结果有异议的，可以向村民选举委员会或者乡镇人民政府反映。',
    fontSize: 9.5,
    color: '#444444',
    margin: [0, 10, 0, 0],
  });
  content.push(signature(`${d.village}村民选举委员会`, d.reportDate));
  return renderPdf({
    title: heading,
    header: { village: d.village, round: d.roundName, document: `${what}结果公告` },
    content,
  });
}
