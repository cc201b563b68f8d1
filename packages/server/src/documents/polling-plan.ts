// 投票选举公告（投票安排）：投票的时间、地点、方式，投票站和它服务的村民小组，流动票箱及使用它投票的
// 选民和监票人，唱票人、计票人、监票人等工作人员名单（B-7、G-7、G-8、G-9）。选民名单按姓氏笔画排。
import { sortByStrokes } from '@huanjie/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { chunk, cnDate, LIST_LINES, signature, title } from './layout.js';
import { renderPdf } from './render.js';

export interface NoticeStation {
  name: string;
  place: string;
  /** 服务的村民小组 */
  groups: readonly string[];
  voters: number;
  /** 如“8:00—12:00” */
  hours: string;
  /** 该投票站的监票人等（按角色分好的“监票人：张三、李四”） */
  staff: readonly string[];
}

export interface NoticeBox {
  name: string;
  /** 出发地点 */
  place: string;
  route: string;
  hours: string;
  /** 如“经郑坑乡人民政府批准（2026年1月3日）”；不需批准的规则集为空 */
  approval: string;
  scrutineers: readonly string[];
  otherStaff: readonly string[];
  voters: readonly { name: string; group: string }[];
}

export interface NoticeStaffLine {
  /** 如“主持人”“唱票人” */
  role: string;
  names: readonly string[];
}

export interface PollingNoticeInput {
  village: string;
  /** 村民委员会或居民委员会 */
  committeeName: string;
  /** 换届名称，印在页眉，如“2020年村级组织换届” */
  roundName: string;
  electionDay: string;
  /** 公告日期；草稿印当天 */
  publishedOn: string;
  /** 尚未公布（或公布后又改过）：标题注明草稿 */
  draft: boolean;
  venue: { place: string; hours: string; voters: number; groups: readonly string[] };
  stations: readonly NoticeStation[];
  boxes: readonly NoticeBox[];
  /** 中心会场的工作人员（主持人、总监票人、监票人、唱票人、计票人、发票员、代写人） */
  staff: readonly NoticeStaffLine[];
  totalVoters: number;
  /** 投票方式，一段话：如“一次性投票选举主任、副主任、委员，选票单列妇女委员” */
  method: string;
  /** 工作人员回避（E-9），调用方按规则集写成一句话，如“候选人、自荐人及其配偶、父母、子女、兄弟姐妹不得担任唱票人、监票人、计票人。”；没有规定时为 null */
  recusalNote: string | null;
}

const HEAD_FILL = '#eeeeee';

function head(cells: string[]): TableCell[] {
  return cells.map((text) => ({ text, bold: true, fillColor: HEAD_FILL, alignment: 'center' as const }));
}

function section(text: string): Content {
  return { text, bold: true, fontSize: 12, margin: [0, 10, 0, 4] };
}

/** 名单排成 perRow 列的网格：姓名（小组）。 */
function nameGrid(people: readonly { name: string; group: string }[], perRow = 4): Content {
  const ordered = sortByStrokes(people, (p) => p.name);
  const rows = chunk(ordered, perRow).map((row): TableCell[] => {
    const cells: TableCell[] = row.map((p) => ({ text: `${p.name}（${p.group}）`, fontSize: 9 }));
    while (cells.length < perRow) cells.push({ text: '' });
    return cells;
  });
  if (rows.length === 0) return { text: '（尚未确定）', color: '#888888' };
  return {
    table: { widths: Array(perRow).fill('*'), body: rows, dontBreakRows: true },
    layout: LIST_LINES,
  };
}

/** 生成投票选举公告 PDF。 */
export async function pollingNoticePdf(input: PollingNoticeInput): Promise<Buffer> {
  const committee = `${input.village}村民选举委员会`;
  const heading = `${input.village}${input.committeeName}选举投票公告${input.draft ? '（草稿）' : ''}`;
  const content: Content[] = [title(heading)];
  const stationCount = input.stations.length;
  const boxCount = input.boxes.length;
  content.push({
    text:
      `本村${input.committeeName}选举定于 ${cnDate(input.electionDay)} 举行，全村登记参加选举的选民共 ${input.totalVoters} 人。` +
      `经${committee}研究，设中心会场 1 个` +
      (stationCount > 0 ? `、投票站 ${stationCount} 个` : '') +
      (boxCount > 0 ? `、流动票箱 ${boxCount} 个` : '') +
      '，现将投票选举的时间、地点、方式和工作人员名单公告如下：',
    lineHeight: 1.4,
  });

  content.push(section('一、中心会场'));
  content.push({
    ul: [
      `地点：${input.venue.place}`,
      `时间：${cnDate(input.electionDay)} ${input.venue.hours}`,
      `在中心会场投票的村民小组：${input.venue.groups.length > 0 ? input.venue.groups.join('、') : '（各村民小组均在投票站投票）'}，选民 ${input.venue.voters} 人`,
      '所有票箱投票结束后封存，当日集中到中心会场统一开箱，公开唱票、计票，选举结果当场公布。',
    ],
    lineHeight: 1.35,
  });

  content.push(section('二、投票方式'));
  content.push({ text: input.method, lineHeight: 1.4 });

  if (stationCount > 0) {
    content.push(section('三、投票站'));
    content.push({
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [64, '*', 84, 32, 64, 160],
        body: [
          head(['投票站', '地点', '服务村民小组', '选民', '投票时间', '工作人员']),
          ...input.stations.map((s): TableCell[] => [
            s.name,
            s.place,
            s.groups.join('、'),
            { text: String(s.voters), alignment: 'center' },
            { text: s.hours, alignment: 'center' },
            { text: s.staff.join('\n'), fontSize: 9 },
          ]),
        ],
      },
      layout: { ...LIST_LINES, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 3 },
    });
  }

  if (boxCount > 0) {
    content.push(section(`${stationCount > 0 ? '四' : '三'}、流动票箱`));
    for (const b of input.boxes) {
      content.push({
        unbreakable: b.voters.length <= 30,
        stack: [
          { text: `${b.name}${b.approval ? `（${b.approval}）` : ''}`, bold: true, margin: [0, 4, 0, 2] },
          {
            ul: [
              `出发地点：${b.place || '中心会场'}；时间：${b.hours}`,
              `巡回路线：${b.route || '（见村民选举委员会安排）'}`,
              `监票人：${b.scrutineers.join('、') || '（尚未安排）'}`,
              ...(b.otherStaff.length > 0 ? [b.otherStaff.join('；')] : []),
              `使用流动票箱投票的选民（${b.voters.length}人）：`,
            ],
            lineHeight: 1.3,
          },
          { ...(nameGrid(b.voters) as object), margin: [12, 2, 0, 4] } as Content,
        ],
      });
    }
  }

  const staffNo = ['三', '四', '五'][(stationCount > 0 ? 1 : 0) + (boxCount > 0 ? 1 : 0)]!;
  content.push(section(`${staffNo}、中心会场工作人员`));
  content.push({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [80, '*'],
      body: [
        head(['职责', '姓名']),
        ...input.staff.map((l): TableCell[] => [
          { text: l.role, alignment: 'center' },
          l.names.join('、') || '（尚未安排）',
        ]),
      ],
    },
    layout: { ...LIST_LINES, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 4 },
  });
  content.push({
    text: `${input.recusalNote ?? ''}选民对投票安排有意见的，请向村民选举委员会反映。`,
    fontSize: 9,
    color: '#444444',
    margin: [0, 8, 0, 0],
  });
  content.push(signature(committee, input.publishedOn));
  return renderPdf({
    title: heading,
    header: {
      village: input.village,
      round: input.roundName,
      document: '投票选举公告',
    },
    content,
  });
}
