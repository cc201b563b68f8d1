// 委托投票公告：经审核同意的委托投票，按委托人姓氏笔画排序张贴。
import { sortByStrokes } from '@huanjie/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { cnDate, LIST_LINES, signature, title } from './layout.js';
import { renderPdf } from './render.js';

/** 一件同意的委托投票。 */
export interface ProxyEntry {
  /** 委托人姓名。 */
  principal: string;
  /** 受委托人姓名。 */
  trustee: string;
  /** 受委托人是委托人的什么人，中文称谓（如“配偶”“儿子”），调用方由亲属关系记录换算。 */
  relation: string;
  /** 委托人所在村民小组。 */
  group: string;
  /** 申请日期 YYYY-MM-DD。 */
  appliedOn: string;
}

export interface ProxyListInput {
  village: string;
  /** 届次，如“第十二届”。 */
  term: string;
  /** 选举日 YYYY-MM-DD。 */
  electionDay: string;
  /** 公告日期 YYYY-MM-DD。 */
  publishedOn: string;
  /** 每一选民接受委托最多几人——调用方从规则集取。 */
  maxPrincipalsPerTrustee: number;
  proxies: readonly ProxyEntry[];
}

const HEAD_FILL = '#eeeeee';

/** 生成委托投票公告 PDF。 */
export async function proxyListPdf(input: ProxyListInput): Promise<Buffer> {
  const heading = `${input.village}${input.term}村民委员会选举委托投票公告`;
  const committee = `${input.village}村民选举委员会`;
  const ordered = sortByStrokes(input.proxies, (p) => p.principal);
  const head = ['序号', '委托人', '受委托人', '关系', '村民小组', '申请日期'];
  const body: TableCell[][] = [
    head.map((text) => ({ text, bold: true, fillColor: HEAD_FILL, alignment: 'center' })),
    ...ordered.map((p, i): TableCell[] => [
      { text: String(i + 1), alignment: 'center' },
      p.principal,
      p.trustee,
      { text: p.relation, alignment: 'center' },
      { text: p.group, alignment: 'center' },
      { text: cnDate(p.appliedOn), alignment: 'center' },
    ]),
  ];
  const notice: Content = {
    text:
      `本村${input.term}村民委员会选举定于 ${cnDate(input.electionDay)} 举行。` +
      `经${committee}审核，下列 ${ordered.length} 名选民的委托投票申请符合规定，予以公告。` +
      `每一选民接受委托投票不得超过 ${input.maxPrincipalsPerTrustee} 人；受委托人凭委托投票证和本人选民证，` +
      '按照委托人的意愿代为投票，不得再委托他人。',
    lineHeight: 1.35,
    margin: [0, 0, 0, 10],
  };
  const content: Content[] = [
    title(heading),
    notice,
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [30, '*', '*', 60, 80, 90], body },
      layout: { ...LIST_LINES, paddingTop: () => 3, paddingBottom: () => 3, paddingLeft: () => 4 },
      fontSize: 10,
    },
    { text: `共 ${ordered.length} 人委托投票。`, margin: [0, 6, 0, 0] },
    signature(committee, input.publishedOn),
  ];
  return renderPdf({
    title: heading,
    header: { village: input.village, round: `${input.term}村民委员会选举`, document: '委托投票公告' },
    content,
  });
}
