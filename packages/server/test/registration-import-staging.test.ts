/**
 * The import's staging and commit: kept fields on re-import, people changed or added while a file
 * is read, staged rows removed whatever happens, abandoned imports, progress on the job row, the
 * search indexes' pending lists.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IsoDate } from '@huanjie/core';
import { and, eq, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../src/audit/actor.js';
import { queryRows } from '../src/db/connect.js';
import { roundVillages, voterImports, voters } from '../src/db/schema.js';
import { checkRow } from '../src/registration/import/check-row.js';
import { createImportJob, reportReading } from '../src/registration/import/job.js';
import { mergeStaged } from '../src/registration/import/merge.js';
import { runImport } from '../src/registration/import/run.js';
import { Stager } from '../src/registration/import/stage.js';
import { newestRoundOf, type VillageCtx, villageContext } from '../src/registration/village.js';
import { startTestApp, type TestApp, TODAY } from './support/app.js';
import { dbModes } from './support/db.js';
import { person, type RegisterRow, registerCsv } from './support/registration.js';

const VILLAGE = '331127205201';
const today = TODAY as IsoDate;

for (const mode of dbModes()) {
  describe(`register import staging (${mode})`, () => {
    let t: TestApp;
    let ctx: VillageCtx;
    before(async () => {
      t = await startTestApp(mode);
      ctx = await villageContext(t.database.db, (await newestRoundOf(t.database.db, VILLAGE))!, VILLAGE);
    });
    after(() => t.close());

    const db = () => t.database.db;
    const importRows = async (rows: RegisterRow[], commitValid = false) => {
      const job = await createImportJob(db(), ctx, SYSTEM_ACTOR, 'x.csv');
      const res = await runImport(
        db(),
        ctx,
        SYSTEM_ACTOR,
        job,
        { buffer: Buffer.from(registerCsv(rows)) },
        {
          today,
          commitValid,
        },
      );
      return { job, res };
    };
    const staged = async () =>
      (await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from voter_import_rows`))[0]!.n;
    const voterOf = async (idNumber: string) =>
      (
        await db()
          .select()
          .from(voters)
          .where(and(eq(voters.countyCode, ctx.countyCode), eq(voters.idNumber, idNumber)))
      )[0]!;
    /** Stages rows for a job without committing them, as a read in progress would have. */
    const stage = async (rows: RegisterRow[]) => {
      const job = await createImportJob(db(), ctx, SYSTEM_ACTOR, 'y.csv');
      const stager = await Stager.open(db(), ctx, job.id);
      for (const [i, r] of rows.entries()) {
        const cells = registerCsv([r]).split('\r\n')[1]!.split(',');
        const checked = checkRow(cells, today);
        assert.ok(checked.ok);
        await stager.add({ row: i + 2, facts: checked.facts });
      }
      await stager.finish();
      return job;
    };

    test('a re-import keeps what the committee recorded and works eligibility out from it', async () => {
      const away = person(10, { residence: '外出', awayTo: '杭州' });
      const first = await importRows([away]);
      assert.equal(first.res.imported, 1);
      const before = await voterOf(away.idNumber!);
      assert.equal(before.eligibility, 'ineligible'); // away, and no declaration yet (A-2 category 2)
      await db()
        .update(voters)
        .set({ declaredOn: '2026-11-01', updatedAt: new Date().toISOString() })
        .where(and(eq(voters.countyCode, ctx.countyCode), eq(voters.id, before.id)));
      const again = await importRows([{ ...away, phone: '13900001111' }]);
      assert.deepEqual([again.res.imported, again.res.updated], [0, 1]);
      const now = await voterOf(away.idNumber!);
      assert.equal(now.declaredOn, '2026-11-01');
      assert.equal(now.phone, '13900001111');
      assert.equal(now.eligibility, 'eligible');
      assert.equal(now.category, '2');
      assert.equal(await staged(), 0);
    });

    test('people changed or added while the file was read are worked out again at commit', async () => {
      const known = person(20, { residence: '外出' });
      const added = person(21);
      await importRows([known]);
      const job = await stage([known, added]);
      // meanwhile: the committee records the declaration, and someone else imports the new person
      const k = await voterOf(known.idNumber!);
      await db()
        .update(voters)
        .set({ declaredOn: '2026-11-02', updatedAt: new Date().toISOString() })
        .where(and(eq(voters.countyCode, ctx.countyCode), eq(voters.id, k.id)));
      await importRows([added]);
      const res = await mergeStaged(db(), ctx, SYSTEM_ACTOR, job, { rowsTotal: 2, rejections: [] });
      assert.deepEqual(res, { imported: 0, updated: 2 });
      const people = await db()
        .select()
        .from(voters)
        .where(and(eq(voters.countyCode, ctx.countyCode), eq(voters.idNumber, added.idNumber!)));
      assert.equal(people.length, 1, 'not registered twice');
      const kNow = await voterOf(known.idNumber!);
      assert.equal(kNow.declaredOn, '2026-11-02');
      assert.equal(kNow.eligibility, 'eligible');
      assert.equal(await staged(), 0);
    });

    test('staged rows are removed when rows are refused, and nothing is written', async () => {
      const before = await staged();
      assert.equal(before, 0);
      const good = Array.from({ length: 2500 }, (_, i) => person(3000 + i, { name: `暂存${i}` }));
      const rows = [...good, person(9000, { groupName: '' })];
      const { res } = await importRows(rows);
      assert.equal(res.status, 'failed');
      assert.equal(await staged(), 0);
      const partial = await importRows(rows, true);
      assert.equal(partial.res.status, 'committed');
      assert.equal(await staged(), 0);
    });

    test('an abandoned import is failed, and its staged rows removed, when the next one starts', async () => {
      const job = await stage([person(40), person(41)]);
      assert.equal(await staged(), 2);
      const longAgo = new Date(Date.now() - 20 * 60 * 1000).toISOString();
      await db().update(voterImports).set({ updatedAt: longAgo }).where(eq(voterImports.id, job.id));
      await createImportJob(db(), ctx, SYSTEM_ACTOR, 'z.csv');
      const [row] = await db().select().from(voterImports).where(eq(voterImports.id, job.id));
      assert.equal(row!.status, 'failed');
      assert.match(JSON.stringify(row!.rejections), /导入中断/);
      assert.equal(await staged(), 0);
    });

    test('an election day changed while the file was read fails the commit with nothing written', async () => {
      const job = await stage([person(50)]);
      const where = and(
        eq(roundVillages.countyCode, ctx.countyCode),
        eq(roundVillages.roundId, ctx.round.id),
        eq(roundVillages.villageCode, VILLAGE),
      );
      await db().update(roundVillages).set({ electionDay: '2027-03-01' }).where(where);
      try {
        await assert.rejects(
          mergeStaged(db(), ctx, SYSTEM_ACTOR, job, { rowsTotal: 1, rejections: [] }),
          /选举日或规则集已改变/,
        );
      } finally {
        await db().update(roundVillages).set({ electionDay: ctx.electionDay }).where(where);
      }
      assert.equal(await voterOf(person(50).idNumber!), undefined);
    });

    test('an import merges the search indexes pending entries, and connections keep a short pending list', async () => {
      const limit = await queryRows<{ gin_pending_list_limit: string }>(
        db(),
        sql`show gin_pending_list_limit`,
      );
      assert.equal(limit[0]!.gin_pending_list_limit, '256kB');
      const people = Array.from({ length: 40 }, (_, i) => person(200 + i));
      assert.equal((await importRows(people)).res.imported, 40);
      // what is still pending is merged by the call and counted (pages): nothing may be left
      const pending = await queryRows<{ names: number; ids: number }>(
        db(),
        sql`select gin_clean_pending_list('voters_name_chars_idx'::regclass)::int as names,
              gin_clean_pending_list('voters_id_number_trgm_idx'::regclass)::int as ids`,
      );
      assert.deepEqual(pending[0], { names: 0, ids: 0 });
    });

    test('the job row carries the phase and a progress with a total', async () => {
      const job = await createImportJob(db(), ctx, SYSTEM_ACTOR, 'p.csv');
      await reportReading(db(), job, { rowsRead: 50, rowsExpected: 100, rejected: 1 });
      let [row] = await db().select().from(voterImports).where(eq(voterImports.id, job.id));
      assert.deepEqual([row!.phase, row!.rowsRead, row!.rowsTotal, row!.progress], ['reading', 50, 100, 35]);
      const done = await importRows([person(60), person(61)]);
      [row] = await db().select().from(voterImports).where(eq(voterImports.id, done.job.id));
      assert.deepEqual(
        [row!.status, row!.phase, row!.rowsRead, row!.rowsTotal, row!.progress],
        ['committed', 'done', 2, 2, 100],
      );
    });
  });
}
