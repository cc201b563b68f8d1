/**
 * The demo's registers: plausible, valid and deterministic; loaded through the real import, so
 * the demo township opens with three registered villages (one list published) and 柳山村 empty
 * for practising the whole round.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseIdCard } from '@huanjie/core';
import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/connect.js';
import { demoRegister } from '../src/demo/register.js';
import { DEMO_PUBLISHED, DEMO_REGISTERS, loadDemoVoters } from '../src/demo/voters.js';
import { TODAY } from './support/app.js';
import { dbModes } from './support/db.js';
import { pgliteFromDemo, postgresFromDemo } from './support/demo-template.js';

describe('demo register generator', () => {
  const rows = demoRegister('331127205200', 600, TODAY);

  test('every ID number is valid, unique and agrees with the sex column (GB 11643)', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      const parsed = parseIdCard(r.idNumber!, TODAY as never);
      assert.ok(parsed.ok, `${r.name} ${r.idNumber}`);
      if (parsed.ok) assert.equal(parsed.value.sex === 'M' ? '男' : '女', r.sex, r.name);
      assert.ok(!seen.has(r.idNumber!), `duplicate ${r.idNumber}`);
      seen.add(r.idNumber!);
    }
    assert.ok(rows.length >= 600);
  });

  test('each household has exactly one head and lives in one group', () => {
    const households = new Map<string, typeof rows>();
    for (const r of rows) households.set(r.householdNo!, [...(households.get(r.householdNo!) ?? []), r]);
    for (const [no, people] of households) {
      assert.equal(people.filter((p) => p.relationToHead === '户主').length, 1, no);
      assert.equal(new Set(people.map((p) => p.groupName)).size, 1, no);
    }
  });

  test('the same village and day give the same register', () => {
    assert.deepEqual(demoRegister('331127205200', 600, TODAY), rows);
    assert.notDeepEqual(demoRegister('331127205202', 600, TODAY), rows);
  });
});

for (const mode of dbModes()) {
  describe(`demo with registers (${mode})`, () => {
    let database: Database;
    before(async () => {
      // the demo as tests start from it (regions, round, users), then its registers, as
      // loadDemo(…, { voters: true }) loads them
      database = mode === 'pglite' ? await pgliteFromDemo(TODAY) : await postgresFromDemo(TODAY);
      const [round] = await queryRows<{ id: string }>(database.db, sql`select id from rounds`);
      await loadDemoVoters(database.db, round!.id, TODAY);
    });
    after(() => database.close());

    test('three villages registered, 郑坑村 published with numbers, 柳山村 empty', async () => {
      const { rows } = (await database.db.execute(sql`
        select village_code, count(*)::int as people,
          count(*) filter (where list_status = 'listed')::int as listed,
          count(*) filter (where eligibility = 'ineligible')::int as ineligible,
          count(*) filter (where declared_on is not null)::int as declared
        from voters group by village_code order by village_code`)) as unknown as {
        rows: {
          village_code: string;
          people: number;
          listed: number;
          ineligible: number;
          declared: number;
        }[];
      };
      assert.deepEqual(
        rows.map((r) => r.village_code),
        Object.keys(DEMO_REGISTERS).sort(),
      );
      for (const r of rows) {
        assert.ok(r.people >= DEMO_REGISTERS[r.village_code]!, r.village_code);
        // children and undeclared people working away are on the register but not the list
        assert.ok(r.ineligible > 0 && r.ineligible < r.people / 2, JSON.stringify(r));
        assert.ok(r.declared > 0, 'most people working away have declared (A-2 category 2)');
        assert.equal(r.listed > 0, r.village_code === DEMO_PUBLISHED, JSON.stringify(r));
      }
    });
  });
}
