// 提名票：每名选民一张（A4 上下两张，虚线裁开），印有提名人姓名和录入扫码用的二维码（与选民证同一编码，
// 见 card-code.ts），各职位按应选人数留出填写格，并印上规则集的提名规则。直接提名是实名的（D-1），
// 每人一张，录入时扫码就知道是谁的票、是否已交过。
import { sortByStrokes } from '@huanjie/core';
import type { Content } from 'pdfmake/interfaces';
import { voterCardCode } from './card-code.js';
import { CARD_MARGINS, cardPages, cardTitle, field } from './card-layout.js';
import { compareGroups } from './layout.js';
import { qrCode } from './qr.js';
import { renderPdf } from './render.js';

export interface NominationBallotHolder {
  voterId: string;
  voterNo: string;
  name: string;
  group: string;
}

export interface NominationBallotOffice {
  title: string;
  seats: number;
  womenOnly: boolean;
}

export interface NominationBallotsInput {
  village: string;
  /** 村民委员会 / 居民委员会 */
  committeeName: string;
  term: string;
  countyCode: string;
  roundId: string;
  offices: readonly NominationBallotOffice[];
  /** 填写说明，每条带规则编号 */
  instructions: readonly { text: string; rule: string }[];
  voters: readonly NominationBallotHolder[];
  secret: string;
}

const PER_PAGE = 2;

function officeRow(o: NominationBallotOffice): Content {
  // one underlined blank per seat, numbered, with a gap between so two seats never read as one line
  const cells: { text: string; border: [boolean, boolean, boolean, boolean]; fontSize?: number }[] = [];
  const widths: (number | string)[] = [];
  for (let i = 0; i < o.seats; i++) {
    if (i > 0) {
      cells.push({ text: '', border: [false, false, false, false] });
      widths.push(14);
    }
    cells.push({ text: `${i + 1}.`, border: [false, false, false, true], fontSize: 7 });
    widths.push('*');
  }
  return {
    columns: [
      {
        width: 130,
        text: [
          { text: o.title, bold: true },
          { text: `（可提名${o.seats}人${o.womenOnly ? '，限女性' : ''}）`, fontSize: 8, color: '#444444' },
        ],
        fontSize: 11,
      },
      {
        width: '*',
        table: { widths, body: [cells] },
        layout: { hLineWidth: () => 0.8, vLineWidth: () => 0, paddingTop: () => 10, paddingLeft: () => 2 },
      },
    ],
    columnGap: 6,
    margin: [0, 0, 0, 16],
  };
}

function ballot(input: NominationBallotsInput, v: NominationBallotHolder): Content {
  return {
    stack: [
      cardTitle('提 名 票', `${input.village}${input.term}${input.committeeName}成员候选人`),
      {
        columns: [
          {
            width: '*',
            stack: [
              field('提 名 人', v.name, { bold: true, fontSize: 13 }),
              field('村民小组', v.group),
              field('选民证号', v.voterNo),
            ],
          },
          {
            width: 64,
            stack: [
              qrCode(
                voterCardCode(
                  { countyCode: input.countyCode, roundId: input.roundId, id: v.voterId },
                  input.secret,
                ),
                64,
              ),
              {
                text: '录入扫码',
                fontSize: 6.5,
                alignment: 'center',
                color: '#666666',
                margin: [0, 2, 0, 0],
              },
            ],
          },
        ],
        columnGap: 6,
        margin: [0, 0, 0, 10],
      },
      ...input.offices.map(officeRow),
      {
        ul: input.instructions.map((i) => `${i.text}（${i.rule.replaceAll(';', '、')}）`),
        fontSize: 7.5,
        color: '#444444',
        margin: [0, 2, 0, 6],
      },
      {
        columns: [
          { text: '提名人签名：________________', fontSize: 9 },
          { text: `${input.village}村民选举委员会制`, fontSize: 8, alignment: 'right', width: 'auto' },
        ],
      },
    ],
  };
}

/** 提名票 PDF：按村民小组、组内按姓氏笔画排（与选民榜一致），便于按组分发和收回。 */
export async function nominationBallotsPdf(input: NominationBallotsInput): Promise<Buffer> {
  const ordered = [...new Set(input.voters.map((v) => v.group))].sort(compareGroups).flatMap((g) =>
    sortByStrokes(
      input.voters.filter((v) => v.group === g),
      (v) => v.name,
    ),
  );
  return renderPdf({
    title: `${input.village}${input.term}${input.committeeName}成员候选人提名票`,
    header: { village: input.village, round: `${input.term}${input.committeeName}选举`, document: '提名票' },
    bare: true,
    margins: CARD_MARGINS,
    content: cardPages(
      ordered.map((v) => ballot(input, v)),
      { perRow: 1, perPage: PER_PAGE },
    ),
  });
}
