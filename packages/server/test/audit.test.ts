/**
 * Issue 2: every write is audited in its own transaction; the log is append-only and
 * hash-chained; `huanjie audit verify` names the first broken link when a row is edited
 * or removed behind the app's back.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/audit/actor.js';
import { appendAudit } from '../src/audit/append.js';
import { verifyAudit } from '../src/audit/verify.js';
import { openDatabase, queryRows } from '../src/db/connect.js';
import { renameVillage } from '../src/regions/adjust.js';
import { loginAs, startTestApp, type TestApp, TODAY } from './support/app.js';
import { dbModes } from './support/db.js';
import { demoTarball } from './support/demo-template.js';

const LIUSHAN = '331127205201';

for (const mode of dbModes()) {
  describe(`audit trail (${mode})`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(mode);
    });
    after(() => t.close());

    test('a write through the API records who, what, before and after', async () => {
      const county = await loginAs(t.app, 'county');
      const res = await county('PATCH', `/api/regions/${LIUSHAN}`, { name: '柳山新村', reason: '村名更正' });
      assert.equal(res.status, 200);
      const log = await county('GET', `/api/audit?region=${LIUSHAN}`);
      const entry = log.body.items.find((i: { action: string }) => i.action === 'region.rename');
      assert.ok(entry, 'rename is in the trail');
      assert.equal(entry.actorName, '景宁县换届办（county）');
      assert.equal(entry.before.name, '柳山村');
      assert.equal(entry.after.name, '柳山新村');
      assert.equal((await verifyAudit(t.database.db)).broken, null);
    });

    test('the trail can be narrowed to some actions, so an old entry is found among many', async () => {
      const county = await loginAs(t.app, 'county');
      const all = await county('GET', '/api/audit?region=331127205&pageSize=200');
      const renames = await county('GET', '/api/audit?region=331127205&action=region.rename');
      assert.equal(renames.status, 200);
      assert.ok(renames.body.total >= 1);
      assert.ok(renames.body.total < all.body.total);
      assert.ok(renames.body.items.every((i: { action: string }) => i.action === 'region.rename'));
      const two = await county('GET', '/api/audit?region=331127205&action=region.rename,round.village.set');
      assert.deepEqual([...new Set(two.body.items.map((i: { action: string }) => i.action))].sort(), [
        'region.rename',
        'round.village.set',
      ]);
    });

    test('a failed write leaves neither the change nor an audit row', async () => {
      const { db } = t.database;
      const count = async () =>
        Number((await queryRows<{ n: string }>(db, sql`select count(*) as n from audit_log`))[0]!.n);
      const beforeRows = await count();
      // The second rename in one transaction fails (same name), so the whole transaction rolls back.
      await assert.rejects(
        db.transaction(async (tx) => {
          await appendAudit(tx, {
            actor: SYSTEM_ACTOR,
            action: 'test.partial',
            entity: 'region',
            entityId: LIUSHAN,
            regionCode: LIUSHAN,
            before: null,
            after: { x: 1 },
          });
          throw new Error('boom');
        }),
      );
      await assert.rejects(renameVillage(db, SYSTEM_ACTOR, LIUSHAN, '柳山新村', '重复', '2026-11-22'));
      assert.equal(await count(), beforeRows);
    });

    test('the log refuses UPDATE and DELETE', async () => {
      // drizzle wraps the database error; the trigger's message is in its cause.
      const refused = (e: Error & { cause?: Error }) =>
        /append-only/.test(`${e.message} ${e.cause?.message ?? ''}`);
      await assert.rejects(
        t.database.db.execute(sql`update audit_log set actor_name = 'x' where seq = 1`),
        refused,
      );
      await assert.rejects(t.database.db.execute(sql`delete from audit_log where seq = 1`), refused);
    });

    test('verify names the first row edited behind the app’s back', async () => {
      const { db } = t.database;
      await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      try {
        await db.execute(
          sql`update audit_log set after = jsonb_set(after, '{name}', '"篡改村"') where action = 'region.rename'`,
        );
        const report = await verifyAudit(db);
        assert.ok(report.broken);
        assert.equal(report.broken.problem, 'hash-mismatch');
        assert.equal(report.broken.countyCode, '331127');
        const [row] = await queryRows<{ seq: string }>(
          db,
          sql`select seq from audit_log where action = 'region.rename'`,
        );
        assert.equal(report.broken.seq, Number(row!.seq));
      } finally {
        await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
      }
    });
  });
}

describe('huanjie audit verify (CLI, PGlite data directory)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hj-audit-'));
  const root = resolve(import.meta.dirname, '../../..');
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['packages/server/bin/huanjie.mjs', ...args], {
      cwd: root,
      env: { ...process.env, HUANJIE_DATA_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('passes on an intact log, then fails naming the deleted row', async () => {
    // the data directory starts as the tests' migrated demo county (a fresh migration took ~20 s)
    const database = await openDatabase({ kind: 'pglite', dataDir: dir, from: await demoTarball(TODAY) });
    for (let i = 0; i < 3; i++) {
      await database.db.transaction((tx) =>
        appendAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: 'test.write',
          entity: 'region',
          entityId: LIUSHAN,
          regionCode: LIUSHAN,
          before: { i },
          after: { i: i + 1 },
        }),
      );
    }
    const chains = await queryRows<{ chains: number; rows: number; last: number }>(
      database.db,
      sql`select count(distinct county_code)::int as chains, count(*)::int as rows,
            (select max(seq) from audit_log where county_code = '331127')::int as last
          from audit_log`,
    );
    const { chains: n, rows, last } = chains[0]!;
    await database.close();
    const ok = cli(['audit', 'verify']);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout.trim(), `审计日志完好：${n} 条链，共 ${rows} 条记录`);

    // the middle one of the three written above
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await again.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await again.db.execute(sql`delete from audit_log where county_code = '331127' and seq = ${last - 1}`);
    await again.close();
    const bad = cli(['audit', 'verify']);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, new RegExp(`县 331127 第 ${last - 1} 条缺失`));
  });
});
