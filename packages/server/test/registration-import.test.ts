/** Issue 4 item 1: importing the household register (xlsx, csv, GB18030), row checks, re-import, all-or-nothing. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import { idNumber, person, registerCsv, registerXlsx, uploaderFor } from './support/registration.js';

const VILLAGE = '331127205201';

for (const mode of dbModes()) {
  describe(`register import (${mode})`, () => {
    let t: TestApp;
    let roundId = '';
    let base = '';
    let upload: Awaited<ReturnType<typeof uploaderFor>>;
    let county: Awaited<ReturnType<typeof loginAs>>;
    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      roundId = (await county('GET', '/api/rounds?region=331127205')).body.items[0].id;
      base = `/api/rounds/${roundId}/villages/${VILLAGE}/voters`;
      upload = await uploaderFor(t.app, 'village');
    });
    after(() => t.close());

    test('the template has the issue columns in order and a 说明 sheet', async () => {
      const res = await t.app.inject({ method: 'GET', url: `${base}/template`, cookies: {} });
      assert.equal(res.statusCode, 401);
      const village = await loginAs(t.app, 'village');
      assert.equal((await village('GET', `${base}?page=1`)).status, 200);
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'village', password: 'Huanjie@2020' },
      });
      const cookie = login.cookies.find((c) => c.name === 'hj_session')!.value;
      const file = await t.app.inject({
        method: 'GET',
        url: `${base}/template`,
        cookies: { hj_session: cookie },
      });
      assert.equal(file.statusCode, 200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const headers = (wb.worksheets[0]!.getRow(1).values as string[]).slice(1);
      assert.deepEqual(headers.slice(0, 4), ['姓名', '性别', '公民身份号码', '出生日期']);
      assert.equal(headers.at(-1), '备注');
      assert.ok(wb.getWorksheet('说明'));
    });

    test('rejected rows are named with Chinese reasons and nothing is imported', async () => {
      const good = person(1);
      const bad = idNumber('1980-05-06', 2, 'M');
      const rows = [
        good,
        person(2, { idNumber: `${bad.slice(0, 17)}${bad[17] === '0' ? '1' : '0'}` }), // row 3: check digit
        person(3, { sex: '男', idNumber: idNumber('1981-01-01', 3, 'F') }), // row 4: sex mismatch
        person(4, { idNumber: good.idNumber, sex: good.sex }), // row 5: same ID as row 2
        person(5, { groupName: '' }), // row 6: missing field
        person(6, { idNumber: '', birthDate: '' }), // row 7: no ID and no birth date
      ];
      const res = await upload(`${base}/imports?fileName=r.xlsx&wait=true`, await registerXlsx(rows));
      assert.equal(res.status, 422, JSON.stringify(res.body));
      const byRow = new Map(
        res.body.rejections.map((r: { row: number; reasons: string[] }) => [r.row, r.reasons.join('；')]),
      );
      assert.match(byRow.get(3) as string, /校验码错误/);
      assert.match(byRow.get(4) as string, /性别“男”与公民身份号码不符/);
      assert.match(byRow.get(5) as string, /与第2行公民身份号码重复/);
      assert.match(byRow.get(2) as string, /与第5行公民身份号码重复/);
      assert.match(byRow.get(6) as string, /村民小组未填写/);
      assert.match(byRow.get(7) as string, /出生日期必须填写/);
      assert.equal(res.body.imported, 0);
      assert.equal((await county('GET', base)).body.total, 0);
      // the rejected rows come back as the same sheet with 错误原因
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'village', password: 'Huanjie@2020' },
      });
      const cookie = login.cookies.find((c) => c.name === 'hj_session')!.value;
      const file = await t.app.inject({
        method: 'GET',
        url: `${base}/imports/${res.body.id}/rejections`,
        cookies: { hj_session: cookie },
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      assert.equal((ws.getRow(1).values as string[]).at(-1), '错误原因');
      assert.ok(ws.rowCount >= 7);
      // commitValid imports the rows that passed
      const partial = await upload(
        `${base}/imports?fileName=r.xlsx&wait=true&commitValid=true`,
        await registerXlsx(rows),
      );
      assert.equal(partial.status, 201);
      assert.equal(partial.body.imported, 0); // rows 2 and 5 repeat each other: both stay out
    });

    test('import, then re-import updates by ID number without duplicates', async () => {
      const rows = Array.from({ length: 30 }, (_, i) => person(100 + i));
      const first = await upload(`${base}/imports?fileName=a.xlsx&wait=true`, await registerXlsx(rows));
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.deepEqual([first.body.imported, first.body.updated, first.body.rejected], [30, 0, 0]);
      rows[0] = { ...rows[0]!, phone: '13900000000', groupName: '第九村民小组' };
      rows.push(person(200, { idNumber: '', birthDate: '1970-03-04' }));
      const second = await upload(`${base}/imports?fileName=b.xlsx&wait=true`, await registerXlsx(rows));
      assert.deepEqual([second.body.imported, second.body.updated, second.body.rejected], [1, 30, 0]);
      const third = await upload(`${base}/imports?fileName=c.xlsx&wait=true`, await registerXlsx(rows));
      assert.deepEqual([third.body.imported, third.body.updated], [0, 31]);
      const list = await county('GET', `${base}?pageSize=200`);
      assert.equal(list.body.total, 31);
      const changed = list.body.items.find((v: { idNumber: string }) => v.idNumber === rows[0]!.idNumber);
      assert.equal(changed.groupName, '第九村民小组');
      const page = await county('GET', `${base}/${changed.id}`);
      assert.ok(page.body.history.some((h: { action: string }) => h.action === 'voter.import'));
      const job = await county('GET', `${base}/imports/${second.body.id}`);
      assert.equal(job.body.status, 'committed');
      assert.equal(job.body.rowsTotal, 31);
    });

    test('a failure mid-way leaves nothing', async () => {
      const before = (await county('GET', base)).body.total;
      // a trigger refuses the 1,500th new person: the batched commit fails inside its transaction
      await t.database.db.execute(
        sql.raw(`
        create function refuse_bomb() returns trigger language plpgsql as $$
        begin if new.name = '炸弹' then raise exception 'refused by test'; end if; return new; end $$`),
      );
      await t.database.db.execute(
        sql.raw('create trigger bomb before insert on voters for each row execute function refuse_bomb()'),
      );
      const rows = Array.from({ length: 2500 }, (_, i) =>
        person(1000 + i, {
          name: i === 1499 ? '炸弹' : `批量${i}`,
          idNumber: idNumber(
            `19${60 + (i % 30)}-02-0${1 + (i % 9)}`,
            i,
            i % 2 ? 'F' : 'M',
            `3311${String(20 + (i % 70)).padStart(2, '0')}`,
          ),
        }),
      );
      const res = await upload(`${base}/imports?fileName=big.xlsx&wait=true`, await registerXlsx(rows));
      assert.equal(res.status, 500);
      await t.database.db.execute(sql.raw('drop trigger bomb on voters'));
      await t.database.db.execute(sql.raw('drop function refuse_bomb()'));
      assert.equal((await county('GET', base)).body.total, before);
      // and the rows staged for it are gone
      const staged = await t.database.db.execute(sql`select count(*)::int as n from voter_import_rows`);
      assert.equal((staged as unknown as { rows: { n: number }[] }).rows[0]!.n, 0);
    });

    test('csv in GB18030 is read', async () => {
      const csv = registerCsv([person(300, { name: '张三丰' }), person(301, { name: '李四' })]);
      const gb = gb18030(csv);
      const res = await upload(`${base}/imports?fileName=g.csv&wait=true`, gb);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal(res.body.imported, 2);
      const found = await county('GET', `${base}?q=zsf`);
      assert.equal(found.body.items[0].name, '张三丰');
      const bad = await upload(`${base}/imports?fileName=x.txt&wait=true`, Buffer.from('x'));
      assert.equal(bad.status, 400);
      assert.equal(bad.body.code, 'UNREADABLE_FILE');
    });

    test('async import can be polled', async () => {
      const res = await upload(`${base}/imports?fileName=p.xlsx`, await registerXlsx([person(400)]));
      assert.equal(res.status, 202);
      let job = await county('GET', `${base}/imports/${res.body.id}`);
      for (let i = 0; i < 50 && job.body.status === 'running'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        job = await county('GET', `${base}/imports/${res.body.id}`);
      }
      assert.equal(job.body.status, 'committed');
      assert.equal(job.body.imported, 1);
    });
  });
}

/** Encodes the few characters these tests use as GB18030 (= GBK for them) by a tiny table. */
function gb18030(text: string): Buffer {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0xb0; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (!table.has(ch)) table.set(ch, [hi, lo]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`no GB code for ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
}
