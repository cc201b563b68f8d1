// 选民证：每张 A4 印 8 张（2 列 × 4 行），虚线裁开。证上有签到用的二维码（见 card-code.ts）。
import { sortByStrokes } from '@huanjie/core';
import type { Content } from 'pdfmake/interfaces';
import { voterCardCode } from './card-code.js';
import { CARD_MARGINS, cardPages, cardTitle, field, fitSize } from './card-layout.js';
import { cnDate, compareGroups } from './layout.js';
import { qrCode } from './qr.js';
import { renderPdf } from './render.js';

/** 一张选民证上的人。 */
export interface VoterCardHolder {
  /** 数据库里的选民 id，编进二维码。 */
  voterId: string;
  /** 选民证号，印在证上。 */
  voterNo: string;
  name: string;
  group: string;
  /** 分设投票站时此人的投票地点；不填用 VoterCardsInput.pollingPlace。 */
  pollingPlace?: string;
}

export interface VoterCardsInput {
  village: string;
  /** 届次，如“第十二届”。 */
  term: string;
  /** 县级区划代码和届 id，编进二维码。 */
  countyCode: string;
  roundId: string;
  /** 选举日 YYYY-MM-DD。 */
  electionDay: string;
  /** 中心会场或默认投票地点。 */
  pollingPlace: string;
  voters: readonly VoterCardHolder[];
  /** 二维码校验用的密钥（服务器配置里取），没有它伪造不出能签到的证。 */
  secret: string;
}

const PER_PAGE = 8;

function card(input: VoterCardsInput, v: VoterCardHolder): Content {
  const place = v.pollingPlace ?? input.pollingPlace;
  return {
    stack: [
      cardTitle('选 民 证', `${input.village}${input.term}村民委员会选举`),
      {
        columns: [
          {
            width: '*',
            stack: [
              field('姓　　名', v.name, { bold: true, fontSize: 13 }),
              field('村民小组', v.group),
              field('选民证号', v.voterNo),
              field('选举日期', cnDate(input.electionDay)),
              field('投票地点', place, { fontSize: fitSize(place, 11) }),
            ],
          },
          {
            width: 76,
            stack: [
              qrCode(
                voterCardCode(
                  { countyCode: input.countyCode, roundId: input.roundId, id: v.voterId },
                  input.secret,
                ),
                76,
              ),
              {
                text: '签到扫码',
                fontSize: 6.5,
                alignment: 'center',
                color: '#666666',
                margin: [0, 2, 0, 0],
              },
            ],
          },
        ],
        columnGap: 6,
      },
      {
        columns: [
          { text: '凭本证领取选票，妥善保管，不得转借。', fontSize: 7, color: '#666666' },
          { text: `${input.village}村民选举委员会（盖章）`, fontSize: 8, alignment: 'right', width: 'auto' },
        ],
        margin: [0, 8, 0, 0],
      },
    ],
  };
}

/** 生成选民证 PDF：按村民小组、组内按姓氏笔画排，与选民榜的顺序一致，便于按组分发。 */
export async function voterCardsPdf(input: VoterCardsInput): Promise<Buffer> {
  const ordered = [...new Set(input.voters.map((v) => v.group))].sort(compareGroups).flatMap((g) =>
    sortByStrokes(
      input.voters.filter((v) => v.group === g),
      (v) => v.name,
    ),
  );
  return renderPdf({
    title: `${input.village}${input.term}村民委员会选举选民证`,
    header: { village: input.village, round: `${input.term}村民委员会选举`, document: '选民证' },
    bare: true,
    margins: CARD_MARGINS,
    content: cardPages(
      ordered.map((v) => card(input, v)),
      { perRow: 2, perPage: PER_PAGE },
    ),
  });
}
