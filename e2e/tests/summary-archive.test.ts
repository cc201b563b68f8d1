// Issue 7 items 5 and 6 in the browser: the county downloads the 2017 summary report (工作总结) for the
// county as Word, and the figures in word/document.xml are the statistics API's and what 统计分析 shows;
// a village user opens 档案 and 交接 of its village in the 2017 round and downloads the whole archive, whose
// scenario file counts to the result beside it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { getRuleSet, parseScenario, percent, tally } from '@huanjie/core';
import yauzl from 'yauzl';
import { call } from '../lib/api.js';
import { type Browser, launchBrowser, shot } from '../lib/browser.js';
import { loginAndWait } from '../lib/login.js';
import { type RunningServer, startServer } from '../lib/server.js';

const COUNTY = '331127';
const LIUSHAN = '331127205201';

async function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, decodeStrings: true });
  const out = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      zip
        .openReadStreamPromise(e)
        .then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const c of stream) chunks.push(c as Buffer);
          out.set(e.fileName, Buffer.concat(chunks));
          zip.readEntry();
        })
        .catch(reject);
    });
    zip.once('end', () => resolve());
    zip.once('error', reject);
    zip.readEntry();
  });
  return out;
}

/** The paragraphs of a .docx body as text (every w:t run of a w:p joined). */
function docxText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1]!)
        .join('')
        .replace(/&amp;/g, '&'),
    )
    .filter(Boolean)
    .join('\n');
}

describe('工作总结 and the village archive', { timeout: 240_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let roundId = '';

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the county downloads the 2017 summary; its figures are the dashboard’s', async () => {
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'county');
    const rounds: { id: string; name: string }[] = (
      await call(page.request, 'GET', `${server.baseUrl}/api/rounds`)
    ).items;
    roundId = rounds.find((r) => r.name === '2017年村级组织换届')!.id;
    assert.ok(roundId, JSON.stringify(rounds.map((r) => r.name)));
    const stats = await call(
      page.request,
      'GET',
      `${server.baseUrl}/api/rounds/${roundId}/statistics?area=${COUNTY}`,
    );
    const a = stats.area;

    await page.goto(`${server.baseUrl}/rounds/${roundId}`);
    await page.getByRole('link', { name: '工作总结' }).click();
    await page.getByRole('heading', { name: '景宁畲族自治县 · 工作总结' }).waitFor();
    const preview = page.getByTestId('summary-preview');
    await preview.getByText('一、基本情况').waitFor();
    await shot(page, 'summary-county-2017-1366');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载工作总结/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), '景宁畲族自治县2017年村级组织换届工作总结.docx');
    const parts = await unzip(readFileSync((await download.path())!));
    assert.ok(parts.has('[Content_Types].xml'), 'a Word (OOXML) package');
    const text = docxText(parts.get('word/document.xml')!.toString('utf8'));
    const two = a.twoCommittees;
    for (const s of [
      '景宁畲族自治县2017年村级组织换届工作总结',
      `登记选民${a.registered}人，参加投票${a.voted}人，参选率${percent(a.turnout)}`,
      `已完成换届选举${a.completed}个`,
      `“一肩挑”的村（社区）${a.oneShoulder.num}个，占${percent(a.oneShoulder)}`,
      `两委交叉任职${a.crossServing.num}人，占党组织成员的${percent(a.crossServing)}`,
      `两委班子成员（去重）共${a.twoCommitteesHeadcount}人`,
      `两委班子中女性${two.women}人，占${percent({ num: two.women, den: two.people })}`,
      `中共党员${two.partyMembers}人，占${percent({ num: two.partyMembers, den: two.people })}`,
      '二、主要做法',
      '三、存在问题',
      '四、下一步工作',
      '【待填写】',
    ])
      assert.ok(text.includes(s), `总结里没有“${s}”\n${text}`);
    assert.ok(stats.previous, 'the 2017 round has the 2014 round before it');
    assert.ok(text.includes('与2014年村级组织换届相比'), text);
    // the same figures as the 统计分析 page shows
    await page.goto(`${server.baseUrl}/rounds/${roundId}/areas/${COUNTY}/statistics`);
    const turnout = (await page.getByTestId('headline-turnout-value').textContent())!.trim();
    const oneShoulder = (await page.getByTestId('headline-one-shoulder-value').textContent())!.trim();
    const headcount = (await page.getByTestId('headline-headcount-value').textContent())!.trim();
    const age = (await page.getByTestId('headline-age-value').textContent())!.trim();
    assert.ok(text.includes(`参选率${turnout}`), `参选率 ${turnout}`);
    assert.ok(text.includes(`占${oneShoulder}`), `一肩挑 ${oneShoulder}`);
    assert.ok(text.includes(`共${headcount.replace(/\s/g, '')}`), `两委 ${headcount}`);
    assert.ok(text.includes(`平均年龄${age.replace(/\s*岁$/, '')}岁`), `平均年龄 ${age}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the county records a training session; the 工作记录 sums and the summary follow', async () => {
    // still signed in as the county from the test before
    const { page, errors } = await browser.newPage();
    const api = `${server.baseUrl}/api/rounds/${roundId}/areas/${COUNTY}/work-records`;
    const before = (await call(page.request, 'GET', api)).sums.find(
      (x: { kind: string }) => x.kind === 'training',
    );
    await page.goto(`${server.baseUrl}/rounds/${roundId}`);
    await page.getByRole('link', { name: '工作记录' }).click();
    await page.getByRole('heading', { name: '景宁畲族自治县 · 工作记录' }).waitFor();
    const card = page.getByTestId('work-sum-training');
    await card.getByText(`培训（${before.records} 条）`).waitFor();
    await page.getByRole('button', { name: /登\s*记/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('新当选村干部任职培训');
    await dialog.getByLabel('数量（期、份、条、次）').fill('2');
    await dialog.getByLabel('人数（人、人次）').fill('290');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await card.getByText(`培训（${before.records + 1} 条）`).waitFor();
    assert.ok(((await card.textContent()) ?? '').includes(`${before.people + 290} 人次`));
    await page.getByRole('cell', { name: '新当选村干部任职培训' }).waitFor();
    await shot(page, 'work-records-county-2017-1366');
    // the summary counts it at once
    const summary = await call(
      page.request,
      'GET',
      `${server.baseUrl}/api/rounds/${roundId}/summary?area=${COUNTY}`,
    );
    const measures = summary.sections[1].paragraphs[0].text as string;
    assert.ok(
      measures.includes(`举办各类培训${before.quantity + 2}期，培训${before.people + 290}人次`),
      measures,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a village user opens 档案 and 交接 and downloads the archive', async () => {
    await browser.context.clearCookies();
    const { page, errors } = await browser.newPage();
    await loginAndWait(page, server.baseUrl, 'village');
    const base = `${server.baseUrl}/rounds/${roundId}/villages/${LIUSHAN}`;
    await page.goto(`${base}/archive`);
    await page.getByText(/换届选举档案 \d+ \/ \d+ 项在档/).waitFor();
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) >= 10);
    const report = rows.filter({ hasText: '选举结果报告单' });
    assert.ok(((await report.textContent()) ?? '').includes('在档'));
    assert.ok(((await report.textContent()) ?? '').includes('系统数据'));
    await shot(page, 'archive-village-2017-1366');

    await page.getByRole('tab', { name: '交接' }).click();
    await page.waitForURL(`**/villages/${LIUSHAN}/handover`);
    await page.getByText('移交清单').waitFor();
    // count() does not wait: under load the due date with its rule can come after the heading
    await page.getByText(/B-11/).first().waitFor();
    assert.equal(await page.getByRole('checkbox', { name: '公章已移交' }).isChecked(), true);
    await shot(page, 'handover-village-2017-1366');

    await page.getByRole('tab', { name: '档案' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载整套档案/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^档案-柳山村-2017年村级组织换届\.zip$/);
    const files = await unzip(readFileSync((await download.path())!));
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    const listed: string[] = manifest.files.map((f: { path: string }) => f.path);
    assert.ok(
      listed.some((p) => p.endsWith('选举结果报告单.pdf')),
      listed.join(', '),
    );
    assert.ok(files.has('目录.txt'));
    const scenario = listed.find((p) => /scenario-\d+-1\.json$/.test(p))!;
    const result = listed.find((p) => /result-\d+-1\.json$/.test(p))!;
    assert.ok(scenario && result, listed.join(', '));
    const doc = JSON.parse(files.get(scenario)!.toString('utf8'));
    const ruleSet = getRuleSet(doc.ruleset)!;
    const parsed = parseScenario(doc, (id) => id === ruleSet.id);
    assert.ok(parsed.ok);
    const out = tally(parsed.value, ruleSet);
    assert.ok(out.ok);
    assert.deepEqual(out.value.result, JSON.parse(files.get(result)!.toString('utf8')));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
