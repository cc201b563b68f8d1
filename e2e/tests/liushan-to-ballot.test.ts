// Issue 5, "done when": the township clerk (郑坑乡换届办) takes the demo village 柳山村, empty in the
// demo, from an empty round to a printed ballot in the web app alone: the practice register imported
// through the wizard; the voter list published and printed; the election committee recorded,
// published and printed; the seat plan drafted, submitted and approved; self-nominations registered
// (zhejiang-2020 allows 无候选人自荐直选, D-8, which most Zhejiang villages used in 2020); every
// department's joint-review verdict on every self-nominee (D-9); the list in 姓名笔画 order printed and
// published (B-6); the polling plan with a station, scrutineers and staff published and printed (B-7);
// the ballots' reserve set, the sample (样票) and the numbered ballots downloaded. After each dated act
// the village's schedule shows the step done on time; at the end no step is late. Only the register
// file comes from outside the app: what `huanjie demo register` writes for a clerk to practise on.
// To keep the suite within its time, the repetitive entries are partly made through the API the
// dialogs call: two of the ten departments' verdict letters and two of the ten polling staff go
// through the dialogs, the rest through the API (review-candidates and polling-ballots test those
// dialogs in full).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { call } from '../lib/api.js';
import { type Browser, launchBrowser, shot } from '../lib/browser.js';
import { confirmPopover, pickRadio } from '../lib/click.js';
import { loginAndWait } from '../lib/login.js';
import { today } from '../lib/people.js';
import { type RunningServer, repoRoot, startServer } from '../lib/server.js';

const LIUSHAN = '331127205201';
const artifacts = join(repoRoot, 'e2e/artifacts');

// The practice register for 柳山村 (`huanjie demo register --village 331127205201 --people 40`) is
// deterministic: these people are in it, in these households. Candidates come from six households;
// the election committee and the polling staff from other households, so no recusal applies (C2-6, E-9).
const CANDIDATES = {
  chair: ['郑建国', '任志强'],
  women: ['林欣怡', '徐晓燕'],
  member: ['严浩', '张俊杰'],
} as const;
/** in the order of the selection: 主任, four 委员, one 候补 */
const COMMITTEE = ['徐永福', '徐欣怡', '刘德荣', '钟德荣', '刘伟', '潘伟'];
/** [place, role, person]: the committee's chair hosts, a member is chief scrutineer (E-9 allows both) */
const STAFF: [string, string, string][] = [
  ['中心会场', '主持人', '徐永福'],
  ['中心会场', '总监票人', '徐欣怡'],
  ['中心会场', '监票人', '吴佳怡'],
  ['中心会场', '监票人', '柳金土'],
  ['中心会场', '监票人', '梅玉兰'],
  ['中心会场', '唱票人', '任春兰'],
  ['中心会场', '计票人', '任欣怡'],
  ['第一投票站', '监票人', '王宇航'],
  ['第一投票站', '监票人', '周秀英'],
  ['第一投票站', '监票人', '刘建华'],
];
/** A button's name: antd spaces out two-character labels ("公 布"); an icon adds its own name before. */
const label = (text: string) => new RegExp(`(^|\\s)${[...text].join('\\s*')}$`);

/** Keeps the PDF in e2e/artifacts, renders its first page to PNG there and returns its text. */
function savePdf(body: Buffer, name: string): string {
  assert.equal(body.subarray(0, 5).toString('latin1'), '%PDF-', `${name} 不是 PDF`);
  const path = join(artifacts, `${name}.pdf`);
  writeFileSync(path, body);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path,
    join(artifacts, name),
  ]);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).toString('utf8');
}

/** A full-page screenshot from the top. */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `liushan-${name}`);
}

describe('柳山村 from an empty round to a printed ballot, as the township', { timeout: 420_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  /** the test's diagnostics (how long each step took, the server's output on a failure) */
  let note: (message: string) => void = () => {};

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    ({ page, errors } = await browser.newPage());
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Runs a step; on failure keeps a picture of the page as it was. */
  async function step(name: string, body: () => Promise<void>) {
    const t0 = Date.now();
    try {
      await body();
    } catch (err) {
      await shot(page, `liushan-${name}-failed`).catch(() => {});
      for (const line of `服务器输出：\n${server.output().slice(-4000)}`.split('\n')) note(line);
      throw err;
    } finally {
      note(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  }

  // the village's screens are grouped by phase: open the phase first when the screen is in another
  const PHASE: Record<string, string> = { 日程: '概览', 导入户籍: '选民登记', 选民名单: '选民登记' };
  for (const t of ['选委会', '职数方案', '提名', '联审', '候选人', '投票安排', '选票']) PHASE[t] = '选举准备';
  const tab = async (name: string) => {
    const screen = page.getByRole('tab', { name, exact: true });
    const phase = PHASE[name];
    if (phase && !(await screen.isVisible()))
      await page.getByRole('tab', { name: phase, exact: true }).click();
    await screen.click();
  };

  const dialog = () => page.getByRole('dialog');
  /** The village's API address, from the round the page is on (the entries partly made through the API). */
  const villageApi = () => {
    const [, roundId] = page.url().match(/\/rounds\/([^/]+)\//) ?? [];
    return `${server.baseUrl}/api/rounds/${roundId}/villages/${LIUSHAN}`;
  };

  // Selects are driven from the keyboard, as a clerk entering forms would: a click can land on an
  // option that is still moving while a dialog or a dropdown animates in.

  /** Focuses a select, opens it and returns the options of its own dropdown (another may be closing). */
  async function open(select: Locator): Promise<Locator> {
    await select.focus();
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.press('ArrowDown');
    await select.and(page.locator('[aria-expanded="true"]')).waitFor();
    const list = await select.getAttribute('aria-controls');
    return page.locator(`.ant-select-dropdown:has([id="${list}"]) .ant-select-item-option`);
  }

  /** Types `name` into a searchable select and takes the first match with Enter once it is `shown`. */
  async function search(select: Locator, name: string, shown: RegExp) {
    const options = await open(select);
    await select.pressSequentially(name);
    await options.and(page.locator('.ant-select-item-option-active')).filter({ hasText: shown }).waitFor();
    await select.press('Enter');
  }

  /** Picks `name` in a server-searched person select (the register or the published list). */
  const pickPerson = (select: Locator, name: string) => search(select, name, new RegExp(`^${name}（`));

  /** Picks `name` in a select over the published list (选民号, name or pinyin initials, searched in the page). */
  const pickListed = (select: Locator, name: string) => search(select, name, new RegExp(`^\\d+ ${name}（`));

  /** Picks an option by its text (the whole text, or a pattern) in the select labelled `name` in the dialog. */
  async function pickOption(name: string, option: string | RegExp) {
    const select = dialog().getByLabel(name, { exact: true });
    const options = await open(select);
    const active = options.and(page.locator('.ant-select-item-option-active'));
    const hit = async () => {
      const text = (await active.textContent()) ?? '';
      return typeof option === 'string' ? text === option : option.test(text);
    };
    for (let i = 0; i < 20 && !(await hit()); i++) await select.press('ArrowDown');
    assert.ok(await hit(), `${name}中没有“${option}”`);
    await select.press('Enter');
    // A multiple select stays open for the next choice: a click on the dialog's title closes it.
    if ((await select.getAttribute('aria-expanded')) === 'true')
      await dialog().locator('.ant-modal-title').click();
    await options.first().waitFor({ state: 'hidden' });
  }

  /** The village's schedule tab: the step is recorded done, on time. */
  async function onTime(stepId: string, back: string) {
    await tab('日程');
    const row = page.locator(`tr[data-step="${stepId}"]`);
    await row.getByText('按时完成').waitFor();
    assert.match((await row.textContent()) ?? '', new RegExp(today()));
    await tab(back);
  }

  /** GETs the address a print/download button opens, with the clerk's session. */
  async function fetchLink(link: Locator): Promise<Buffer> {
    const href = await link.getAttribute('href');
    assert.ok(href, '按钮应有下载地址');
    const res = await page.request.get(`${server.baseUrl}${href}`);
    assert.equal(res.status(), 200, `${href}: ${res.status()}`);
    return res.body();
  }

  test('the whole round, step by step', async (t) => {
    const started = Date.now();
    note = (message) => t.diagnostic(message);
    mkdirSync(artifacts, { recursive: true });
    const registerFile = join(artifacts, 'liushan-register.xlsx');

    await step('register-file', async () => {
      execFileSync(
        process.execPath,
        [
          'packages/server/bin/huanjie.mjs',
          'demo',
          'register',
          '--village',
          LIUSHAN,
          '--people',
          '40',
          '--out',
          registerFile,
        ],
        { cwd: repoRoot, stdio: 'pipe' },
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(readFileSync(registerFile) as unknown as ArrayBuffer);
      const names = new Set<string>();
      wb.worksheets[0]?.eachRow((row, i) => {
        if (i > 1) names.add(String(row.getCell(1).value));
      });
      for (const n of [...Object.values(CANDIDATES).flat(), ...COMMITTEE, ...STAFF.map((s) => s[2])])
        assert.ok(names.has(n), `练习户籍中应有${n}（演示户籍的生成规则变了？）`);
    });

    await step('open-village', async () => {
      await loginAndWait(page, server.baseUrl, 'township');
      await page.goto(`${server.baseUrl}/rounds`);
      await page.getByRole('link', { name: '2020年村级组织换届' }).click();
      const row = page.locator('.ant-table-tbody tr').filter({ hasText: '柳山村' });
      await row.getByRole('link', { name: '换届工作' }).click();
      await page.waitForURL(/\/villages\/331127205201\/schedule$/);
      await page.getByRole('heading', { name: '柳山村 · 换届工作' }).waitFor();
      // Empty: nothing imported, nothing published.
      await tab('日程');
      await page.locator('tr[data-step="voter-list"]').getByText('未到期').waitFor();
      await snap(page, '00-schedule-empty-1366');
    });

    await step('import', async () => {
      await tab('导入户籍');
      await page.locator('input[type=file]').setInputFiles(registerFile);
      await page.getByRole('button', { name: '开始导入' }).click();
      await page.getByText('导入完成').waitFor({ timeout: 60_000 });
      const stats = (await page.locator('.ant-statistic').allTextContents()).join(' ');
      assert.match(stats, /读取行数\s*42/, stats);
      assert.match(stats, /新导入\s*42/, stats);
      assert.match(stats, /未通过\s*0/, stats);
      await snap(page, '01-import-1366');
    });

    await step('voter-list', async () => {
      await tab('选民名单');
      await page.getByRole('button', { name: '发布选民榜' }).click();
      await dialog()
        .getByRole('button', { name: label('发布') })
        .click();
      await page
        .getByRole('alert')
        .filter({ hasText: `已于 ${today()} 公布` })
        .waitFor();
      await page.locator('.ant-table-tbody').getByText('已列入').first().waitFor();
      await snap(page, '02-voter-list-1366');
      const text = savePdf(
        await fetchLink(page.getByRole('link', { name: /打印选民榜/ })),
        'liushan-voter-list',
      );
      assert.match(text, /郑建国/);
      await onTime('voter-list', '选民名单');
    });

    await step('committee', async () => {
      await tab('选委会');
      await page.getByRole('button', { name: '记录推选结果' }).click();
      await dialog().getByLabel('会议记录编号').fill('柳村代〔2026〕1号');
      for (const [i, name] of COMMITTEE.entries())
        await pickPerson(dialog().getByLabel(`第${i + 1}位人员`), name);
      await dialog().getByText('合计 5 人').waitFor();
      await dialog()
        .getByRole('button', { name: label('保存') })
        .click();
      const table = page.locator('.ant-table-tbody');
      await table.locator('tr').filter({ hasText: '徐永福' }).getByText('主任').waitFor();
      await table.locator('tr').filter({ hasText: '潘伟' }).getByText('候补').waitFor();
      await page.getByRole('button', { name: '公布名单' }).click();
      await dialog()
        .getByRole('button', { name: label('公布') })
        .click();
      await page.getByText(`${today()} 已公布`).waitFor();
      await snap(page, '03-committee-1366');
      const text = savePdf(
        await fetchLink(page.getByRole('link', { name: /打印公告/ })),
        'liushan-committee',
      );
      assert.match(text, /徐永福/);
    });

    await step('seat-plan', async () => {
      await tab('职数方案');
      await page.getByText('本村尚未制定职数方案').waitFor();
      // 主任 1, 妇女委员 1 (zhejiang-2020 reserves the office), 委员 1: the smallest committee (3).
      await page.getByLabel('副主任职数').fill('0');
      await page.getByLabel('委员职数', { exact: true }).fill('1');
      await page.getByText('合计 3 名').waitFor();
      await page.getByText('符合规则集的要求').waitFor();
      // zhejiang-2020 allows both; the village chose 无候选人自荐直选 (D-8), as most Zhejiang villages did in 2020.
      await pickRadio(page, '无候选人自荐直选');
      await page.getByRole('button', { name: '报乡镇审核' }).click();
      await page.getByText('待乡镇审核').first().waitFor();
      // The same clerk, as the township, approves it.
      await page.getByRole('button', { name: '审核同意' }).click();
      await dialog().getByLabel('审核意见（可不填）').fill('同意');
      await dialog()
        .getByRole('button', { name: label('同意') })
        .click();
      await page.getByText(/乡镇已于 .* 审核同意/).waitFor();
      await snap(page, '04-seat-plan-1366');
    });

    await step('self-nomination', async () => {
      await tab('提名');
      await page.getByText('无候选人自荐直选（D-8）').waitFor();
      // Registration closes at E−10 (B-6); today is well before it.
      const due = page.getByRole('alert').filter({ hasText: '自荐报名截止' });
      assert.doesNotMatch((await due.textContent()) ?? '', /已截止/);
      const titles = { chair: '主任', women: '妇女委员', member: '委员' } as const;
      for (const [office, names] of Object.entries(CANDIDATES) as [keyof typeof titles, readonly string[]][])
        for (const name of names) {
          await page.getByRole('button', { name: '登记自荐报名' }).click();
          await pickOption('自荐职位', `${titles[office]}（应选 1 人）`);
          await pickListed(dialog().getByLabel('自荐人', { exact: true }), name);
          await dialog()
            .getByRole('button', { name: label('登记') })
            .click();
          await dialog().waitFor({ state: 'hidden' });
          await page
            .locator('.ant-card')
            .filter({ hasText: new RegExp(`^${titles[office]}`) })
            .getByText(name)
            .waitFor();
        }
      await page.getByRole('button', { name: '按户籍推算亲属关系' }).click();
      await page.getByText('已按户籍推算亲属关系').first().waitFor();
      assert.equal(
        await page.getByText('对被提名人如同时当选须任职回避').count(),
        0,
        '自荐人之间不应有亲属关系',
      );
      await snap(page, '05-self-nomination-1366');
    });

    await step('review', async () => {
      await tab('联审');
      const pending = page.locator('[aria-label$=" 待审"]');
      await pending.first().waitFor();
      const total = await pending.count();
      const departments = Number(
        /(\d+)\s*个部门并联审查/.exec((await page.locator('body').textContent()) ?? '')?.[1],
      );
      assert.equal(total, 6 * departments, `6 名自荐人 × ${departments} 个部门`);
      // A department's verdict on one nominee, from its cell …
      await pending.first().click();
      await dialog()
        .getByRole('button', { name: label('保存') })
        .click();
      await dialog().waitFor({ state: 'hidden' });
      await page.locator('[aria-label$=" 通过"]').first().waitFor();
      // … and a department's reply letter at once: every nominee it lists passes. Two departments
      // through the dialog; the others' letters through the API it calls (review-candidates.test.ts
      // covers the dialog; each took ~2 s of a suite near its time limit).
      for (let d = 0; d < 2; d++) {
        await page.getByRole('button', { name: '按部门录入' }).click();
        const ok = dialog().getByRole('button', { name: /^\d+ 人通过$/ });
        const n = Number(/^(\d+)/.exec((await ok.textContent()) ?? '')?.[1]);
        const before = await pending.count();
        if (d === 0) {
          await dialog().getByText('审查通过', { exact: true }).waitFor();
          await shot(page, 'liushan-06-review-department-1366');
        }
        await ok.click();
        await dialog().waitFor({ state: 'hidden' });
        await page.waitForFunction(
          (left) => document.querySelectorAll('[aria-label$=" 待审"]').length === left,
          before - n,
        );
      }
      const api = villageApi();
      const board = await call(page.request, 'GET', `${api}/review`);
      for (const n of board.nominees as { id: string; verdicts: Record<string, unknown> }[])
        for (const d of board.settings.departments as { id: string }[])
          if (!n.verdicts[d.id])
            await call(page.request, 'PUT', `${api}/review/${n.id}/verdicts/${d.id}`, { verdict: 'pass' });
      await page.reload();
      await page.locator('[aria-label$=" 通过"]').first().waitFor();
      assert.equal(await pending.count(), 0);
      assert.equal(await page.getByRole('button', { name: '按部门录入' }).count(), 0, '全部审完后不再显示');
      assert.equal(await page.locator('[aria-label$=" 通过"]').count(), total);
      await snap(page, '06-review-1366');
    });

    await step('self-nominee-list', async () => {
      // Per office on the page, 姓氏笔画: 任 (6 strokes) before 郑 (8); 林 (8) before 徐 (10); 严 and 张 both
      // have 7, 严 starts with 横 and 张 with 折. The posted list is one list in 姓名笔画 order (B-6).
      const ORDER = ['任志强', '严浩', '张俊杰', '林欣怡', '郑建国', '徐晓燕'];
      await tab('候选人');
      const order = async (title: string, first: string, second: string) => {
        const card = page.locator('.ant-card').filter({ hasText: new RegExp(`^${title}（应选 1 名`) });
        await card.getByText(second).waitFor();
        const text = (await card.locator('.ant-table-tbody').textContent()) ?? '';
        assert.ok(
          text.indexOf(first) >= 0 && text.indexOf(first) < text.indexOf(second),
          `${title}：${text}`,
        );
      };
      await order('主任', '任志强', '郑建国');
      await order('妇女委员', '林欣怡', '徐晓燕');
      await order('委员', '严浩', '张俊杰');
      await snap(page, '07-candidates-1366');

      // Printed, posted, then the publication recorded by E−5 (B-6).
      await tab('提名');
      const text = savePdf(
        await fetchLink(page.getByRole('link', { name: /打印自荐人名单/ })),
        'liushan-self-nominees',
      ).replace(/\s+/g, '');
      const at = ORDER.map((n) => text.indexOf(n));
      assert.ok(
        at.every((x, i) => x >= 0 && (i === 0 || x > (at[i - 1] as number))),
        `自荐人名单应按姓名笔画排列：${text}`,
      );
      await page.getByRole('button', { name: '公布自荐人名单' }).click();
      await dialog()
        .getByText(/应在选举日前5日/)
        .waitFor();
      await dialog()
        .getByRole('button', { name: label('公布') })
        .click();
      await page.getByText(`自荐人名单已于 ${today()} 公布`).waitFor();
      await snap(page, '08-self-nominee-list-1366');
      await onTime('self-nominee-list', '提名');
    });

    await step('polling', async () => {
      await tab('投票安排');
      await page.getByRole('button', { name: label('设置') }).click();
      await dialog().getByLabel('地点').fill('柳山村文化礼堂');
      await dialog().getByLabel('投票开始时间').fill('08:00');
      await dialog().getByLabel('投票结束时间').fill('12:00');
      await dialog()
        .getByRole('button', { name: label('保存') })
        .click();
      await page.getByText('柳山村文化礼堂').waitFor();

      await page.getByRole('button', { name: '新设投票站' }).click();
      assert.equal(await dialog().getByLabel('名称').inputValue(), '第一投票站');
      await dialog().getByLabel('地点').fill('王家祠堂');
      await pickOption('服务的村民小组', /^第四村民小组（/);
      await dialog()
        .getByRole('button', { name: label('保存') })
        .click();
      await page.locator('.ant-table').getByText('王家祠堂').waitFor();

      // The first two through the dialog; the other eight through the API the dialog calls, as the
      // committee would enter them one by one (each dialog took ~2.3 s of a suite near its time limit).
      const api = villageApi();
      const plan = await call(page.request, 'GET', `${api}/polling`);
      const placeIds = new Map<string, string>(
        plan.places.map((p: { name: string; id: string }) => [p.name, p.id]),
      );
      const roles: Record<string, string> = {
        主持人: 'host',
        总监票人: 'chief-scrutineer',
        监票人: 'scrutineer',
        唱票人: 'caller',
        计票人: 'counter',
      };
      for (const [i, [where, role, name]] of STAFF.entries()) {
        if (i < 2) {
          await page.getByRole('button', { name: '安排人员' }).click();
          await pickOption('投票地点', where);
          await pickOption('职责', role);
          await pickPerson(dialog().locator('#staff-voter'), name);
          await dialog()
            .getByRole('button', { name: label('安排') })
            .click();
          await dialog().waitFor({ state: 'hidden' });
        } else {
          const found = await call(page.request, 'GET', `${api}/voters?q=${encodeURIComponent(name)}`);
          const person = found.items.find((v: { name: string }) => v.name === name);
          assert.ok(person, `登记册中应有${name}`);
          await call(page.request, 'POST', `${api}/polling/staff`, {
            placeId: placeIds.get(where),
            role: roles[role],
            voterId: person.id,
          });
        }
      }
      await page.reload();
      for (const [, role, name] of STAFF) await page.getByText(`${role}：${name}`).waitFor();
      await page.getByRole('button', { name: '公布投票安排' }).click();
      await dialog()
        .getByRole('button', { name: label('公布') })
        .click();
      await page.getByText(`已于 ${today()} 公布`).waitFor();
      await snap(page, '09-polling-1366');
      const text = savePdf(
        await fetchLink(page.getByRole('link', { name: /打印投票公告/ })),
        'liushan-polling',
      ).replace(/\s+/g, '');
      assert.match(text, /柳山村文化礼堂/);
      assert.match(text, /王家祠堂/);
      await onTime('polling-plan', '投票安排');
    });

    await step('ballots', async () => {
      await tab('选票');
      const chair = page.getByRole('table', { name: '主任栏' });
      await chair.waitFor();
      const chairText = (await chair.textContent()) ?? '';
      assert.ok(chairText.indexOf('任志强') < chairText.indexOf('郑建国'), chairText);
      await pickRadio(page, '按张数');
      await page.getByLabel('预留数').fill('5');
      await page.getByRole('button', { name: label('保存') }).click();
      await page.getByText('选票样式和预留数已保存').waitFor();
      const summary = page.locator('.ant-table-summary');
      // the totals come back with the page's refetch after the save: wait for them, not the toast
      await summary.locator('td').nth(2).getByText('10', { exact: true }).waitFor();
      const voters = Number(await summary.locator('td').nth(1).textContent());
      const reserve = Number(await summary.locator('td').nth(2).textContent());
      const printed = Number(await summary.locator('td').nth(3).textContent());
      assert.equal(reserve, 10, '中心会场和投票站各预留 5 张');
      assert.equal(printed, voters + reserve);

      const sample = savePdf(await fetchLink(page.getByRole('link', { name: /票样 PDF/ })), 'liushan-sample');
      assert.match(sample, /样\s*票/);

      await page.getByRole('button', { name: '生成编号选票' }).click();
      const download = page.getByRole('link', { name: /下载全部选票/ });
      await confirmPopover(page, /确\s*定|OK/, download);
      await snap(page, '10-ballots-1366');
      const ballots = savePdf(await fetchLink(download), 'liushan-ballots');
      assert.equal(ballots.split('\f').filter((x) => x.trim()).length, printed, '每张选票一页');
      assert.match(ballots, /No\.000001/);
      assert.doesNotMatch(ballots, /样\s*票/);
      for (const n of Object.values(CANDIDATES).flat()) assert.match(ballots, new RegExp(n));
    });

    await step('schedule', async () => {
      await tab('日程');
      const rows = page.locator('tr[data-step]');
      await page.locator('tr[data-step="polling-plan"]').getByText('按时完成').waitFor();
      for (const id of ['voter-list', 'self-nominee-list', 'polling-plan'])
        await page.locator(`tr[data-step="${id}"]`).getByText('按时完成').waitFor();
      // Under self-nomination there is no formal candidate list to publish (B-4 gives way to B-6).
      await page.locator('tr[data-step="candidate-list"]').getByText('无需办理').waitFor();
      const states = await rows.evaluateAll((trs) =>
        trs.map((tr) => `${tr.getAttribute('data-step')}：${tr.textContent ?? ''}`),
      );
      const late = states.filter((s) => /逾期完成|逾期未办/.test(s));
      assert.deepEqual(late, [], `不应有逾期的步骤：\n${states.join('\n')}`);
      assert.equal(await page.getByText(/项步骤已逾期未办/).count(), 0);
      await snap(page, '11-schedule-done-1366');
    });

    assert.deepEqual(errors, []);
    note(`total: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
