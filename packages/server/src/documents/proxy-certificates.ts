// 委托投票证：每件同意的委托一张，每张 A4 印 4 张（2 × 2），虚线裁开；
// 受委托人凭证领票，证上二维码（HJP1）签到时识别这件委托。
import { sortByStrokes } from '@huanjie/core';
import type { Content } from 'pdfmake/interfaces';
import { proxyCardCode } from './card-code.js';
import { CARD_MARGINS, cardPages, cardTitle, field } from './card-layout.js';
import { cnDate } from './layout.js';
import { qrCode } from './qr.js';
import { renderPdf } from './render.js';

/** 一件同意的委托投票。 */
export interface ProxyCertificate {
  /** 委托投票记录的 id，编进二维码。 */
  proxyId: string;
  /** 证号，印在证上（如“委 001”）。 */
  certificateNo: string;
  principal: { name: string; voterNo: string; group: string };
  trustee: { name: string; voterNo: string; group: string };
  /** 受委托人是委托人的什么人，中文称谓。 */
  relation: string;
}

export interface ProxyCertificatesInput {
  village: string;
  /** 届次，如“第十二届”。 */
  term: string;
  countyCode: string;
  roundId: string;
  /** 选举日 YYYY-MM-DD。 */
  electionDay: string;
  /** 投票地点（中心会场）。 */
  pollingPlace: string;
  /** 发证日期 YYYY-MM-DD。 */
  issuedOn: string;
  proxies: readonly ProxyCertificate[];
  /** 二维码校验用的密钥，与选民证的相同。 */
  secret: string;
}

/** 姓名下面一行小字：小组和选民证号，与“标签：”后的内容对齐（五个 10pt 字宽）。 */
function subLine(text: string): Content {
  return { text, fontSize: 9, color: '#444444', margin: [50, -1, 0, 4] };
}

function certificate(input: ProxyCertificatesInput, p: ProxyCertificate): Content {
  const code = proxyCardCode(
    { countyCode: input.countyCode, roundId: input.roundId, id: p.proxyId },
    input.secret,
  );
  return {
    stack: [
      cardTitle('委托投票证', `${input.village}${input.term}村民委员会选举`),
      { text: `证号：${p.certificateNo}`, fontSize: 9, alignment: 'right', margin: [0, 0, 0, 6] },
      field('委 托 人', p.principal.name, { bold: true, fontSize: 13 }),
      subLine(`${p.principal.group}　选民证号 ${p.principal.voterNo}`),
      field('受委托人', p.trustee.name, { bold: true, fontSize: 13 }),
      subLine(`${p.trustee.group}　选民证号 ${p.trustee.voterNo}`),
      field('关　　系', p.relation),
      field('选举日期', cnDate(input.electionDay)),
      field('投票地点', input.pollingPlace),
      {
        columns: [
          {
            width: '*',
            text:
              '受委托人凭本证和本人选民证领取委托人的选票，按委托人的意愿投票，不得再委托他人。' +
              '本证仅限本次选举使用。',
            fontSize: 8,
            color: '#444444',
            lineHeight: 1.3,
            margin: [0, 6, 8, 0],
          },
          { width: 80, stack: [qrCode(code, 80)] },
        ],
        margin: [0, 6, 0, 0],
      },
      { text: `${input.village}村民选举委员会（盖章）`, alignment: 'right', margin: [0, 12, 0, 0] },
      { text: cnDate(input.issuedOn), alignment: 'right', margin: [0, 4, 0, 0] },
    ],
  };
}

/** 生成委托投票证 PDF，按委托人姓氏笔画排序，与公告一致。 */
export async function proxyCertificatesPdf(input: ProxyCertificatesInput): Promise<Buffer> {
  const ordered = sortByStrokes(input.proxies, (p) => p.principal.name);
  return renderPdf({
    title: `${input.village}${input.term}村民委员会选举委托投票证`,
    header: { village: input.village, round: `${input.term}村民委员会选举`, document: '委托投票证' },
    bare: true,
    margins: CARD_MARGINS,
    content: cardPages(
      ordered.map((p) => certificate(input, p)),
      { perRow: 2, perPage: 4 },
    ),
  });
}
