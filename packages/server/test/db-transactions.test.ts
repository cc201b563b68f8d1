// Services read several things at once (Promise.all) inside transactions; on PostgreSQL those share
// one connection. They must all answer, in a transaction that still commits or rolls back as one,
// without node-postgres' "already executing a query" deprecation (pg 9 refuses it).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/connect.js';
import { dbModes, openTestDatabase } from './support/db.js';

// PGlite is one connection in-process: only PostgreSQL's pool has the problem
for (const mode of dbModes().filter((m) => m === 'postgres')) {
  describe(`reads at once inside a transaction (${mode})`, () => {
    let database: Database;
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    before(async () => {
      database = await openTestDatabase(mode);
      process.on('warning', onWarning);
    });
    after(async () => {
      process.off('warning', onWarning);
      await database.close();
    });

    test('eight queries at once in a transaction all answer, with no warning', async () => {
      const answers = await database.db.transaction(async (tx) =>
        Promise.all(
          [1, 2, 3, 4, 5, 6, 7, 8].map(async (n) => {
            const rows = await tx.execute(sql`select ${n}::int * 2 as twice, pg_sleep(0.01)`);
            return Number((rows as unknown as { rows: { twice: number }[] }).rows[0]?.twice);
          }),
        ),
      );
      assert.deepEqual(answers, [2, 4, 6, 8, 10, 12, 14, 16]);
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(
        warnings.filter((w) => w.includes('already executing a query')),
        [],
      );
    });

    test('a failing query among them rolls the whole transaction back', async () => {
      await database.db.execute(sql`create table if not exists t_serial (n int)`);
      await assert.rejects(
        database.db.transaction(async (tx) => {
          await Promise.all([
            tx.execute(sql`insert into t_serial values (1)`),
            tx.execute(sql`select 1 / 0`),
            tx.execute(sql`insert into t_serial values (2)`),
          ]);
        }),
      );
      const left = await database.db.execute(sql`select count(*)::int as n from t_serial`);
      assert.equal((left as unknown as { rows: { n: number }[] }).rows[0]?.n, 0);
    });
  });
}
