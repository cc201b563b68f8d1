/**
 * Kinship (issue 5 item 6) through the API: relations derived from the household register (户号 and
 * 与户主关系), recomputed on demand; added and removed by hand, audited; a derived relation removed
 * by hand stays out when the register is read again. These relations drive the recusal rules (C1-5,
 * C2-6, E-9) and the nomination warnings.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays, type IsoDate } from '@huanjie/core';
import { eq } from 'drizzle-orm';
import { auditLog } from '../src/db/schema.js';
import { loginAs, startTestApp, type TestApp } from './support/app.js';
import { dbModes } from './support/db.js';
import { idNumber } from './support/registration.js';
import type { Caller } from './support/scope-calls/types.js';
import { demoRoundId } from './support/village-people.js';

const VILLAGE = '331127205203'; // 张坑下村

/** 户 0001: 户主, 妻, 长子, 次女, 儿媳, 孙子, 父亲; 户 0002: 户主 and 侄子. */
const PEOPLE: { name: string; sex: 'M' | 'F'; household: string; relation: string }[] = [
  { name: '张大山', sex: 'M', household: '0001', relation: '户主' },
  { name: '李桂兰', sex: 'F', household: '0001', relation: '妻' },
  { name: '张小山', sex: 'M', household: '0001', relation: '长子' },
  { name: '张小花', sex: 'F', household: '0001', relation: '次女' },
  { name: '王秀', sex: 'F', household: '0001', relation: '儿媳' },
  { name: '张小宝', sex: 'M', household: '0001', relation: '孙子' },
  { name: '张老汉', sex: 'M', household: '0001', relation: '父亲' },
  { name: '赵二', sex: 'M', household: '0002', relation: '户主' },
  { name: '赵侄', sex: 'M', household: '0002', relation: '侄子' },
];

for (const mode of dbModes()) {
  describe(`kinship (${mode})`, () => {
    let t: TestApp;
    let county: Caller;
    let base: string;
    const ids: Record<string, string> = {};

    const relations = async (name: string) => {
      const res = await county('GET', `${base}/voters/${ids[name]}/relations`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body as {
        relations: { name: string; kind: string; title: string; source: string }[];
        excluded: { name: string; reason: string }[];
      };
    };
    const kinOf = async (name: string) =>
      Object.fromEntries((await relations(name)).relations.map((r) => [r.name, `${r.kind}/${r.source}`]));

    before(async () => {
      t = await startTestApp(mode);
      county = await loginAs(t.app, 'county');
      const roundId = await demoRoundId(county);
      base = `/api/rounds/${roundId}/villages/${VILLAGE}`;
      let n = 0;
      for (const p of PEOPLE) {
        n += 1;
        const birth = addDays('1950-01-01' as IsoDate, n * 400);
        const res = await county('POST', `${base}/voters`, {
          name: p.name,
          sex: p.sex,
          idNumber: idNumber(birth, n, p.sex, VILLAGE.slice(0, 6)),
          householdNo: p.household,
          relationToHead: p.relation,
          groupName: '第一村民小组',
          hukouInVillage: true,
          livesInVillage: true,
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        ids[p.name] = res.body.id;
      }
    });
    after(() => t.close());

    test('relations are derived from 户号 and 与户主关系, both ways', async () => {
      const res = await county('POST', `${base}/kinship/derive`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.ok(res.body.derived > 10);
      assert.ok(
        res.body.notes.some(
          (n: { name: string | null; reason: string }) => n.name === '赵侄' && /侄子/.test(n.reason),
        ),
      );
      const head = await kinOf('张大山');
      assert.equal(head.李桂兰, 'spouse/register');
      assert.equal(head.张小山, 'child/register');
      assert.equal(head.张小宝, 'grandchild/register');
      assert.equal(head.张老汉, 'parent/register');
      assert.equal(head.王秀, undefined, '儿媳 is no near relative of the head');
      assert.equal(head.赵二, undefined, 'another household');
      const grandson = await kinOf('张小宝');
      assert.equal(grandson.张小山, 'parent/register');
      assert.equal(grandson.王秀, 'parent/register');
      assert.equal(grandson.李桂兰, 'grandparent/register');
      assert.equal((await kinOf('张小山')).张小花, 'sibling/register');
      // Recomputing changes nothing and writes no audit entry.
      const before = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'kinship.derive'));
      const again = await county('POST', `${base}/kinship/derive`);
      assert.deepEqual([again.body.added, again.body.removed], [0, 0]);
      const after = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'kinship.derive'));
      assert.equal(after.length, before.length);
    });

    test('a relation is added by hand, audited; a duplicate is refused', async () => {
      const res = await county('POST', `${base}/voters/${ids.赵二}/relations`, {
        relatedVoterId: ids.赵侄,
        kind: 'sibling',
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.equal((await kinOf('赵侄')).赵二, 'sibling/manual');
      const dup = await county('POST', `${base}/voters/${ids.赵侄}/relations`, {
        relatedVoterId: ids.赵二,
        kind: 'spouse',
      });
      assert.equal(dup.status, 409);
      assert.match(dup.body.message, /已登记赵二是赵侄的兄弟姐妹/);
      const self = await county('POST', `${base}/voters/${ids.赵二}/relations`, {
        relatedVoterId: ids.赵二,
        kind: 'spouse',
      });
      assert.equal(self.status, 400);
      const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'kinship.add'));
      assert.equal(audit.length, 1);
    });

    test('a derived relation removed by hand stays out when the register is read again', async () => {
      const noReason = await county('POST', `${base}/voters/${ids.张小宝}/relations/remove`, {
        relatedVoterId: ids.王秀,
        reason: '',
      });
      assert.equal(noReason.status, 400);
      const res = await county('POST', `${base}/voters/${ids.张小宝}/relations/remove`, {
        relatedVoterId: ids.王秀,
        reason: '张小宝系次子之子，随祖父母登记',
      });
      assert.equal(res.status, 204, JSON.stringify(res.body));
      const again = await county('POST', `${base}/kinship/derive`);
      assert.equal(again.status, 200);
      const grandson = await relations('张小宝');
      assert.equal(
        grandson.relations.find((r) => r.name === '王秀'),
        undefined,
      );
      assert.deepEqual(
        grandson.excluded.map((e) => [e.name, e.reason]),
        [['王秀', '张小宝系次子之子，随祖父母登记']],
      );
      // A manual relation survives the recomputation too.
      assert.equal((await kinOf('赵侄')).赵二, 'sibling/manual');
      const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'kinship.remove'));
      assert.equal(audit.length, 1);
    });

    test('the observer reads relations but may not change them', async () => {
      const observer = await loginAs(t.app, 'observer');
      // The demo observer watches the whole township.
      const r = await observer('GET', `${base}/voters/${ids.张大山}/relations`);
      assert.equal(r.status, 200);
      assert.ok(r.body.relations.length > 0);
      const w = await observer('POST', `${base}/kinship/derive`);
      assert.equal(w.status, 403);
    });
  });
}
