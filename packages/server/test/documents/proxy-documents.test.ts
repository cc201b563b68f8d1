import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sortByStrokes } from '@huanjie/core';
import { parseProxyCardCode, proxyCertificatesPdf, proxyListPdf } from '../../src/documents/index.js';
import { decodeQr, firstPagePng, orderProblem, pdfPages, pdfText } from './pdf-tools.js';
import { makeProxies, makeVoters, VILLAGE } from './village-fixture.js';

const SECRET = 'card-secret';
const proxies = makeProxies(makeVoters());
const ordered = sortByStrokes(proxies, (p) => p.principal.name);

describe('委托投票公告 PDF', async () => {
  const pdf = await proxyListPdf({
    ...VILLAGE,
    publishedOn: '2026-04-12',
    maxPrincipalsPerTrustee: 3,
    proxies: proxies.map((p) => ({
      principal: p.principal.name,
      trustee: p.trustee.name,
      relation: p.relation,
      group: p.principal.group,
      appliedOn: p.appliedOn,
    })),
  });
  const text = pdfText(pdf);
  const flat = text.replace(/\n/g, '');

  it('有效的 PDF，标题、人数上限（来自输入）、落款', () => {
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdfPages(pdf), 1);
    console.log(`委托投票公告 ${proxies.length} 件：${(pdf.length / 1024).toFixed(0)} KB`);
    assert.match(flat, /柳山村第十二届村民委员会选举委托投票公告/);
    assert.match(flat, /下列 12 名选民的委托投票申请符合规定/);
    assert.match(flat, /接受委托投票不得超过 3 人/);
    assert.match(flat, /柳山村村民选举委员会（盖章）/);
    assert.match(flat, /2026年4月12日/);
    firstPagePng(pdf, 'proxy-list');
  });

  it('按委托人姓氏笔画排序，每行委托人、受委托人、关系、小组、日期', () => {
    assert.equal(
      orderProblem(
        text,
        ordered.map((p) => p.principal.name),
      ),
      null,
    );
    const first = ordered[0]!;
    assert.ok(
      text.includes(
        `1 ${first.principal.name} ${first.trustee.name} ${first.relation} ${first.principal.group}`,
      ),
      `第一行不对：${first.principal.name}`,
    );
  });
});

describe('委托投票证 PDF', async () => {
  const started = performance.now();
  const pdf = await proxyCertificatesPdf({
    ...VILLAGE,
    issuedOn: '2026-04-12',
    secret: SECRET,
    proxies: proxies.map((p, i) => ({
      proxyId: p.id,
      certificateNo: `委${String(i + 1).padStart(3, '0')}`,
      principal: { name: p.principal.name, voterNo: p.principal.voterNo, group: p.principal.group },
      trustee: { name: p.trustee.name, voterNo: p.trustee.voterNo, group: p.trustee.group },
      relation: p.relation,
    })),
  });
  const ms = performance.now() - started;
  const text = pdfText(pdf);

  it('每页 4 张，12 件 3 页，按委托人笔画排', () => {
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal(pdfPages(pdf), 3);
    console.log(`委托投票证 ${proxies.length} 张：${(pdf.length / 1024).toFixed(0)} KB，${ms.toFixed(0)} ms`);
    assert.equal(
      orderProblem(
        text,
        ordered.map((p) => p.principal.name),
      ),
      null,
    );
    assert.match(text, /委托投票证/);
    assert.match(text, /选举日期：2026年4月18日/);
    firstPagePng(pdf, 'proxy-certificates');
  });

  it('二维码是 HJP1，解回这件委托', () => {
    // 右下格的二维码在格子下半部；整格截图即可。
    const code = decodeQr(pdf, 1, { x: 24, y: 24, w: 274, h: 397 });
    assert.ok(code, '第一张委托投票证的二维码解不出来');
    assert.match(code, /^HJP1\|/);
    assert.equal(parseProxyCardCode(code, SECRET)?.id, ordered[0]!.id);
  });
});
