/**
 * Comparing a box's two entries once both are closed (双人录入核对): ballot by ballot in reading order;
 * the first difference is stored in Chinese for the clerks, e.g. 「第37张不一致：一录 主任 李明；二录
 * 主任 张建国」, and the comparison is in the audit log. A differing box blocks the result until the
 * committee re-reads it and accepts one entry (decide.ts).
 */
import { canonicalMarks, compareEntrySets, type EnteredBallot, foldEntries } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Tx } from '../../db/connect.js';
import { countBoxes, voters } from '../../db/schema.js';
import { boxEntity, boxWhere } from './claim.js';
import { type BoxKey, entryRowOf, setRows } from './rows.js';
import type { VoteMeta } from './vote-meta.js';

function marksOf(b: EnteredBallot): Record<string, string[]> | null {
  return b.void || 'recall' in b ? null : canonicalMarks(b.marks);
}

/** Names of everyone marked on these ballots: the ballot's people, then the register. */
async function namesFor(
  db: Tx,
  meta: VoteMeta,
  ballots: (EnteredBallot | null)[],
): Promise<Map<string, string>> {
  const names = new Map(meta.candidates.map((c) => [c.voterId, c.name]));
  const ids = new Set<string>();
  for (const b of ballots) for (const p of Object.values(b ? (marksOf(b) ?? {}) : {}).flat()) ids.add(p);
  const missing = [...ids].filter((id) => !names.has(id));
  if (missing.length > 0) {
    const rows = await db
      .select({ id: voters.id, name: voters.name })
      .from(voters)
      .where(and(eq(voters.countyCode, meta.countyCode), inArray(voters.id, missing)));
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}

/** A ballot in words, limited to some offices: 「主任 李明，委员 钟强、吴军」, 废票, 空白票. */
export function ballotText(
  meta: VoteMeta,
  names: Map<string, string>,
  b: EnteredBallot,
  only: string[] | null = null,
): string {
  if (b.void) return '废票';
  if ('recall' in b) return b.recall === 'yes' ? '同意罢免' : '不同意罢免';
  const m = canonicalMarks(b.marks);
  const offices = meta.offices.filter((o) => (only ? only.includes(o.id) : m[o.id]));
  if (offices.length === 0) return '空白票';
  return offices
    .map((o) => `${o.title} ${(m[o.id] ?? []).map((p) => names.get(p) ?? p).join('、') || '未选'}`)
    .join('，');
}

/** 「第37张不一致：一录 主任 李明；二录 主任 张建国」 */
export function differenceText(
  meta: VoteMeta,
  names: Map<string, string>,
  position: number,
  first: EnteredBallot | null,
  second: EnteredBallot | null,
  counts: readonly [number, number],
): string {
  const a = first ? marksOf(first) : null;
  const b = second ? marksOf(second) : null;
  const only =
    a && b
      ? meta.offices
          .map((o) => o.id)
          .filter((id) => JSON.stringify(a[id] ?? []) !== JSON.stringify(b[id] ?? []))
      : null;
  const side = (x: EnteredBallot | null, n: number) =>
    x ? ballotText(meta, names, x, only) : `没有这一张（共 ${n} 张）`;
  return `第${position}张不一致：一录 ${side(first, counts[0])}；二录 ${side(second, counts[1])}`;
}

/** The two closed entries of a box compared; the outcome stored on the box and in the audit log. */
export async function compareBox(tx: Tx, actor: Actor, meta: VoteMeta, box: BoxKey): Promise<void> {
  const [rows1, rows2] = [await setRows(tx, box, 1), await setRows(tx, box, 2)];
  const one = foldEntries(rows1.map(entryRowOf)).map((b) => b.ballot);
  const two = foldEntries(rows2.map(entryRowOf)).map((b) => b.ballot);
  const c = compareEntrySets(one, two);
  const difference = c.agree
    ? null
    : differenceText(
        meta,
        await namesFor(tx, meta, [c.first, c.second]),
        c.position,
        c.first,
        c.second,
        c.counts,
      );
  const comparison = c.agree ? ('agree' as const) : ('differ' as const);
  await tx.update(countBoxes).set({ comparison, difference }).where(boxWhere(box));
  await appendAudit(tx, {
    actor,
    action: 'count.compare',
    entity: 'count-box',
    entityId: boxEntity(box),
    regionCode: meta.villageCode,
    before: null,
    after: {
      voteId: box.voteId,
      placeId: box.placeId,
      comparison,
      difference,
      ballots: [one.length, two.length],
    },
  });
}
