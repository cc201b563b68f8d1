/**
 * The demo county's history (issue 7): two closed county-level rounds of 景宁畲族自治县 before the live
 * one — "2017年村级组织换届" for every village and community, finished (results counted by the engine
 * and confirmed, a few runoffs, a failed and a postponed village, committees, Party committees and
 * supervision committees seated, handovers, archive, complaints, risk ratings, work records), and the
 * lighter "2014年村级组织换届" before it (results and office holders, so turnout change and 连选连任
 * compute). The live round's 上届 is the 2017 round. Deterministic for a seed; written in a few
 * batched statements inside one transaction, with audit entries.
 */
import { getRuleSet, type RuleSet } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import {
  archiveItems,
  bodyMembers,
  complaints,
  elections,
  handovers,
  riskItems,
  riskRatingChanges,
  riskRatings,
  riskReports,
  rounds,
  roundVillages,
  voteRounds,
  voters,
  workRecords,
} from '../../db/schema.js';
import { regionsByCodes, villagesUnder } from '../../regions/queries.js';
import { DEFAULT_ELECTION_PLAN } from '../../rounds/election-plan.js';
import { closedRoundOversight, liveRoundOversight, type OversightRows } from './oversight.js';
import { PeopleFactory } from './people.js';
import { type DemoVillage, type Outcome, planVillage, type VillagePlan, VillagePool } from './plan.js';
import { addDays, Rng, seedOf } from './random.js';
import { fullRegisterVillages, registerIds, registerPeople } from './registers.js';
import { type VillageRows, villageRows } from './rows.js';

export const HISTORY_COUNTY = '331127';
export const HISTORY_ROUND_NAME = '2017年村级组织换届';
export const HISTORY_PREVIOUS_ROUND_NAME = '2014年村级组织换届';
const RULESET = 'zhejiang-2020';

export interface HistoryOptions {
  /** the villages of the closed rounds (default: every village and community of the county) */
  villages?: readonly string[];
  /** villages of the 2017 round needing a runoff, failing, postponed (defaults 5, 1, 1) */
  runoffs?: number;
  failed?: number;
  postponed?: number;
  seed?: number;
}

export interface HistorySummary {
  roundId: string;
  previousRoundId: string;
  villages: number;
  voters: number;
  votes: number;
  members: number;
}

/** Election days: each township over a week or two of March–April, its villages a day or two apart. */
function electionDay(year: number, townshipIndex: number, villageIndex: number): string {
  const start = year === 2017 ? '2017-03-04' : '2014-03-08';
  return addDays(start, ((townshipIndex * 3) % 42) + ((villageIndex * 2) % 14));
}

function villageSize(r: Rng, kind: 'village' | 'community'): number {
  if (kind === 'community') return r.int(2200, 4000);
  const band = r.weighted([
    [[600, 1000], 45],
    [[1000, 2000], 36],
    [[2000, 3000], 14],
    [[3000, 4000], 5],
  ] as const);
  return r.int(band[0], band[1]);
}

async function inChunks<R>(rows: readonly R[], size: number, write: (chunk: R[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

interface RoundBuild {
  id: string;
  name: string;
  plans: VillagePlan[];
  rows: VillageRows[];
}

function chooseOutcomes(
  r: Rng,
  villages: readonly DemoVillage[],
  sizes: Map<string, number>,
  opts: HistoryOptions,
) {
  const outcomes = new Map<string, Outcome>();
  // 郑坑乡 (the demo township) finishes cleanly: its four results are the ones people open first
  const open = r.shuffle(villages.filter((v) => v.townshipCode !== '331127205'));
  const take = (n: number, outcome: Outcome, fits: (v: DemoVillage) => boolean) => {
    for (const v of open.filter((x) => !outcomes.has(x.code) && fits(x)).slice(0, n))
      outcomes.set(v.code, outcome);
  };
  take(opts.failed ?? 1, 'failed', () => true);
  take(opts.postponed ?? 1, 'postponed', (v) => v.kind === 'village');
  take(opts.runoffs ?? 5, 'runoff', (v) => (sizes.get(v.code) ?? 0) >= 1000 || v.kind === 'community');
  return outcomes;
}

export async function loadDemoHistory(
  db: Db,
  today: string,
  liveRoundId: string | null,
  opts: HistoryOptions = {},
): Promise<HistorySummary> {
  const ruleSet = getRuleSet(RULESET) as RuleSet;
  const all = await villagesUnder(db, HISTORY_COUNTY);
  const wanted = opts.villages ? new Set(opts.villages) : null;
  const regionRows = all.filter((v) => !wanted || wanted.has(v.code));
  const townshipNames = new Map(
    (await regionsByCodes(db, [...new Set(regionRows.map((v) => v.code.slice(0, 9)))])).map((t) => [
      t.code,
      t.name,
    ]),
  );
  const villages: DemoVillage[] = regionRows.map((v) => ({
    code: v.code,
    name: v.name,
    kind: v.kind ?? 'village',
    townshipCode: v.code.slice(0, 9),
    townshipName: townshipNames.get(v.code.slice(0, 9)) ?? '',
  }));
  const townshipIndex = new Map([...townshipNames.keys()].sort().map((c, i) => [c, i]));
  const dayOf = (year: number, v: DemoVillage) =>
    electionDay(
      year,
      townshipIndex.get(v.townshipCode) ?? 0,
      villages.filter((x) => x.townshipCode === v.townshipCode).indexOf(v),
    );

  const seed = opts.seed ?? 2017;
  const r = new Rng(seed);
  const ids = new Rng(seedOf(`ids:${seed}`));
  const newId = () => ids.uuid();
  const factory = new PeopleFactory(new Rng(seedOf(`people:${seed}`)));
  const full = new Set(fullRegisterVillages());
  for (const v of villages) if (full.has(v.code)) factory.reserve(registerIds(v.code, today));

  // the people of each village, and its size (a loaded register's list, else drawn)
  const registers = new Map<string, ReturnType<typeof registerPeople>>();
  const pools = new Map<string, VillagePool>();
  const sizes = new Map<string, number>();
  for (const v of villages) {
    const day = dayOf(2017, v);
    const register = full.has(v.code) ? registerPeople(v.code, today, day) : null;
    if (register) registers.set(v.code, register);
    const size = register ? register.length : villageSize(r, v.kind);
    sizes.set(v.code, size);
    pools.set(
      v.code,
      new VillagePool(v, factory, new Rng(seedOf(`pool:${seed}:${v.code}`)), register, day, size),
    );
  }

  const build = (name: string, year: number, previous: RoundBuild | null): RoundBuild => {
    const id = newId();
    const outcomes =
      year === 2017
        ? chooseOutcomes(r, villages, sizes, opts)
        : chooseOutcomes(r, villages, sizes, {
            failed: 0,
            postponed: 0,
            runoffs: Math.min(2, opts.runoffs ?? 2),
          });
    const plans: VillagePlan[] = [];
    const rows: VillageRows[] = [];
    for (const v of villages) {
      const vr = new Rng(seedOf(`${name}:${seed}:${v.code}`));
      const base = sizes.get(v.code)!;
      const plan = planVillage(vr, {
        village: v,
        pool: pools.get(v.code)!,
        previous: previous?.plans.find((p) => p.village.code === v.code) ?? null,
        outcome: outcomes.get(v.code) ?? 'done',
        electionDay: dayOf(year, v),
        registered: year === 2017 ? base : Math.max(300, Math.round(base * vr.between(0.96, 1.05))),
        continuity: 0.72,
      });
      plans.push(plan);
      rows.push(
        villageRows(
          vr,
          newId,
          ruleSet,
          { id, name },
          plan,
          year === 2017 ? (registers.get(v.code) ?? null) : null,
        ),
      );
    }
    return { id, name, plans, rows };
  };
  const earlier = build(HISTORY_PREVIOUS_ROUND_NAME, 2014, null);
  const closed = build(HISTORY_ROUND_NAME, 2017, earlier);

  const chairOf = (b: RoundBuild, code: string) =>
    b.plans.find((p) => p.village.code === code)?.winners.find((w) => w.office === 'chair')?.person.name ??
    null;
  const oversight = closedRoundOversight(
    new Rng(seedOf(`oversight:${seed}`)),
    ruleSet,
    closed.id,
    closed.plans,
    (c) => chairOf(earlier, c),
    newId,
  );

  await db.transaction(async (tx) => {
    for (const [b, createdAt, previous] of [
      [earlier, '2013-12-16T09:00:00+08:00', null],
      [closed, '2016-12-20T09:00:00+08:00', earlier.id],
    ] as const) {
      const [round] = await tx
        .insert(rounds)
        .values({
          countyCode: HISTORY_COUNTY,
          id: b.id,
          name: b.name,
          regionCode: HISTORY_COUNTY,
          rulesetId: RULESET,
          electionPlan: DEFAULT_ELECTION_PLAN,
          status: 'closed',
          previousRoundId: previous,
          createdAt,
        })
        .returning();
      await appendAudit(tx, {
        actor: SYSTEM_ACTOR,
        action: 'round.create',
        entity: 'round',
        entityId: b.id,
        regionCode: HISTORY_COUNTY,
        before: null,
        after: { ...round, villages: b.rows.length, source: 'demo' },
      });
      await writeRound(tx, b);
    }
    await writeOversight(tx, oversight, closed.id);
    if (liveRoundId) await linkLiveRound(tx, liveRoundId, closed.id, today);
  });

  return {
    roundId: closed.id,
    previousRoundId: earlier.id,
    villages: villages.length,
    voters:
      closed.rows.reduce((n, x) => n + x.voters.length, 0) +
      earlier.rows.reduce((n, x) => n + x.voters.length, 0),
    votes:
      closed.rows.reduce((n, x) => n + x.votes.length, 0) +
      earlier.rows.reduce((n, x) => n + x.votes.length, 0),
    members:
      closed.rows.reduce((n, x) => n + x.members.length, 0) +
      earlier.rows.reduce((n, x) => n + x.members.length, 0),
  };
}

async function writeRound(tx: Tx, b: RoundBuild): Promise<void> {
  const rows = b.rows;
  await inChunks(
    rows.map((x) => x.roundVillage),
    1000,
    (c) => tx.insert(roundVillages).values(c),
  );
  await inChunks(
    rows.flatMap((x) => x.elections),
    1000,
    (c) => tx.insert(elections).values(c),
  );
  await inChunks(
    rows.flatMap((x) => x.voters),
    600,
    (c) => tx.insert(voters).values(c),
  );
  await inChunks(
    rows.flatMap((x) => x.votes),
    100,
    (c) => tx.insert(voteRounds).values(c),
  );
  await inChunks(
    rows.flatMap((x) => x.members),
    1000,
    (c) => tx.insert(bodyMembers).values(c),
  );
  for (const x of rows) {
    const first = x.counted[0];
    await appendAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: 'demo.history.village',
      entity: 'round-village',
      entityId: `${b.id}/${x.roundVillage.villageCode}`,
      regionCode: x.roundVillage.villageCode,
      before: null,
      after: {
        round: b.name,
        status: x.roundVillage.status,
        electionDay: x.roundVillage.electionDay,
        registered: first?.registered ?? null,
        voted: first?.voted ?? null,
        votes: x.counted.map((v) => ({ id: v.id, kind: v.kind, valid: v.result.valid, status: 'confirmed' })),
        members: x.members.map((m) => ({ electionId: m.electionId, voterId: m.voterId, office: m.office })),
        voters: x.voters.length,
      },
    });
  }
}

async function writeOversight(tx: Tx, o: OversightRows, roundId: string): Promise<void> {
  if (o.complaints.length) await tx.insert(complaints).values(o.complaints);
  if (o.ratings.length) await inChunks(o.ratings, 1000, (c) => tx.insert(riskRatings).values(c));
  if (o.ratingChanges.length)
    await inChunks(o.ratingChanges, 1000, (c) => tx.insert(riskRatingChanges).values(c));
  if (o.items.length) await tx.insert(riskItems).values(o.items);
  if (o.reports.length) await inChunks(o.reports, 1000, (c) => tx.insert(riskReports).values(c));
  if (o.work.length) await tx.insert(workRecords).values(o.work);
  if (o.handovers.length) await inChunks(o.handovers, 500, (c) => tx.insert(handovers).values(c));
  if (o.archive.length) await inChunks(o.archive, 1000, (c) => tx.insert(archiveItems).values(c));
  for (const c of o.complaints)
    await appendAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: 'complaint.register',
      entity: 'complaint',
      entityId: c.id,
      regionCode: c.villageCode,
      before: null,
      after: c,
    });
  for (const i of o.items)
    await appendAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: 'risk.item-add',
      entity: 'risk-item',
      entityId: i.id,
      regionCode: i.villageCode,
      before: null,
      after: i,
    });
  for (const w of o.work)
    await appendAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: 'work-record.add',
      entity: 'work-record',
      entityId: w.id,
      regionCode: w.regionCode,
      before: null,
      after: w,
    });
  await appendAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: 'demo.history.oversight',
    entity: 'round',
    entityId: roundId,
    regionCode: HISTORY_COUNTY,
    before: null,
    after: {
      riskRatings: o.ratings.length,
      riskRatingChanges: o.ratingChanges.length,
      riskReports: o.reports.length,
      handovers: o.handovers.length,
      archiveItems: o.archive.length,
    },
  });
}

/** The live round's 上届 is the closed round; its villages get their sample oversight records. */
async function linkLiveRound(tx: Tx, liveRoundId: string, closedId: string, today: string): Promise<void> {
  const [before] = await tx
    .select()
    .from(rounds)
    .where(and(eq(rounds.countyCode, HISTORY_COUNTY), eq(rounds.id, liveRoundId)));
  if (!before) return;
  await tx
    .update(rounds)
    .set({ previousRoundId: closedId })
    .where(and(eq(rounds.countyCode, HISTORY_COUNTY), eq(rounds.id, liveRoundId)));
  await appendAudit(tx, {
    actor: SYSTEM_ACTOR,
    action: 'round.previous',
    entity: 'round',
    entityId: liveRoundId,
    regionCode: before.regionCode,
    before: { previousRoundId: before.previousRoundId },
    after: { previousRoundId: closedId },
  });
  const villages = await villagesUnder(tx, before.regionCode);
  const [township] = await regionsByCodes(tx, [before.regionCode]);
  const r = new Rng(seedOf(`live:${today}`));
  const ruleSet = getRuleSet(before.rulesetId) as RuleSet;
  const reporters = ['雷文斌', '吴丽娟', '蓝春生', '刘晓燕'];
  const live = liveRoundOversight(
    r,
    ruleSet,
    liveRoundId,
    { code: before.regionCode, name: township?.name ?? '' },
    villages.map((v) => ({ code: v.code, name: v.name })),
    today,
    (code) => reporters[villages.findIndex((v) => v.code === code) % reporters.length]!,
    () => r.uuid(),
  );
  await writeOversight(tx, live, liveRoundId);
}
