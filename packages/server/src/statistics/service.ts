/**
 * The round's statistics for a county, township or village (issue 7, seed-requirements §9), computed
 * from person-level data every time, never stored: the members each village's bodies have after the
 * round joined to their register rows, the first vote's confirmed result, the villages' status, the
 * previous round (上届) for turnout change and 连选连任, and the county's targets.
 *
 * A fixed number of queries whatever the size of the area (per round, this one and the previous: the
 * villages, the office holders, the confirmed first votes, the last election day; then the targets and
 * the names), then core's `villageStatistics` per village and `rollUp` per township and county, so a
 * township's figures are the sum of its villages' and the county's the sum of its townships'.
 *
 * Who counts as holding office after the round: everyone a confirmed result of the round seated (also
 * when they left office later: the figures describe the team the round elected), except people seated
 * by a by-election (补选: they replace someone already counted), and members recorded by hand who are
 * still serving (the Party organization, entered after its own election).
 */
import {
  type AgeBands,
  type AreaStatistics,
  checkTargets,
  type IsoDate,
  isIndicatorId,
  type OfficeHolder,
  rollUp,
  type StatBody,
  type TargetCheck,
  type VillageRound,
  villageStatistics,
} from '@huanjie/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../db/connect.js';
import { chinaToday } from '../registration/today.js';
import type { RoundRow } from '../rounds/service.js';

export interface AreaStatisticsResult {
  area: AreaStatistics;
  /** the townships of a county, the villages of a township (by code); none for a village */
  children: AreaStatistics[];
  targets: TargetCheck[];
  /** ages are whole years on this day: the round's last election day */
  referenceDate: string;
  /** the same area in the previous round (上届), when the round has one */
  previous: { roundId: string; roundName: string; area: AreaStatistics } | null;
}

const STAT_BODIES: readonly StatBody[] = ['party-org', 'village-committee', 'residents-committee'];

interface VillageRow {
  code: string;
  name: string;
  kind: 'village' | 'community' | null;
  parent_code: string | null;
  status: VillageRound['status'];
  election_day: string | null;
}

interface HolderRow {
  village_code: string;
  voter_id: string;
  id_number: string | null;
  name: string;
  sex: 'M' | 'F';
  birth_date: string;
  education: string | null;
  political_status: string | null;
  ethnicity: string | null;
  body: StatBody;
  office: string;
  rank: number;
}

interface FirstVoteRow {
  village_code: string;
  registered: number | null;
  voted: number | null;
  filled: boolean;
}

interface RegionNameRow {
  code: string;
  name: string;
}

const under = (areaCode: string) => `${areaCode}%`;

async function villagesOf(db: Tx, round: RoundRow, areaCode: string) {
  return queryRows<VillageRow>(
    db,
    sql`
      select rv.village_code as code, coalesce(r.name, rv.village_code) as name, r.kind, r.parent_code, rv.status,
        rv.election_day::text as election_day
      from round_villages rv
      left join regions r on r.code = rv.village_code
      where rv.county_code = ${round.countyCode} and rv.round_id = ${round.id} and rv.included
        and rv.village_code like ${under(areaCode)}
      order by rv.village_code`,
  );
}

/** The office holders of the round's Party organizations and committees, with their register rows. */
async function holdersOf(db: Tx, countyCode: string, roundId: string, areaCode: string) {
  return queryRows<HolderRow>(
    db,
    sql`
      select bm.village_code, bm.voter_id, v.id_number, v.name, v.sex, v.birth_date::text as birth_date,
        v.education, v.political_status, v.ethnicity, e.kind as body, bm.office, bm.rank
      from body_members bm
      join elections e on e.county_code = bm.county_code and e.id = bm.election_id
      join voters v on v.county_code = bm.county_code and v.id = bm.voter_id
      left join vote_rounds vt on vt.county_code = bm.county_code and vt.id = bm.vote_round_id
      where bm.county_code = ${countyCode} and bm.round_id = ${roundId}
        and bm.village_code like ${under(areaCode)}
        and e.kind in ('party-org', 'village-committee', 'residents-committee')
        and (
          (bm.source = 'result' and (vt.kind is null or vt.kind <> 'by-election'))
          or (bm.source = 'manual' and bm.status = 'serving')
        )`,
  );
}

/**
 * Each village's confirmed first vote of its committee election (the latest attempt's): registered and
 * voted as the engine counted them, and whether it filled every seat (一次选举成功: a valid vote, no
 * office left unfilled, no tie or kinship revote needed).
 */
async function firstVotesOf(db: Tx, countyCode: string, roundId: string, areaCode: string) {
  const rows = await queryRows<FirstVoteRow & { attempt: number; polling_date: string }>(
    db,
    sql`
      select vt.village_code, e.attempt, vt.polling_date::text as polling_date,
        (vt.result->>'registered')::int as registered, (vt.result->>'voted')::int as voted,
        coalesce((vt.result->>'valid')::boolean, false)
          and coalesce(jsonb_array_length(vt.result->'kinRevote'), 0) = 0
          and not exists (
            select 1 from jsonb_array_elements(coalesce(vt.result->'offices', '[]'::jsonb)) o
            where coalesce((o->>'unfilled')::int, 0) > 0 or jsonb_typeof(o->'tieRevote') = 'object'
          ) as filled
      from vote_rounds vt
      join elections e on e.county_code = vt.county_code and e.id = vt.election_id
      where vt.county_code = ${countyCode} and vt.round_id = ${roundId}
        and vt.village_code like ${under(areaCode)}
        and vt.kind = 'first' and vt.status = 'confirmed' and vt.result is not null
        and e.kind in ('village-committee', 'residents-committee')`,
  );
  const best = new Map<string, (typeof rows)[number]>();
  for (const r of rows) {
    const seen = best.get(r.village_code);
    if (
      !seen ||
      seen.attempt < r.attempt ||
      (seen.attempt === r.attempt && seen.polling_date < r.polling_date)
    )
      best.set(r.village_code, r);
  }
  return best;
}

const committeeFamily = (body: StatBody) => (body === 'party-org' ? 'party' : 'committee');

/** 连选连任: the same ID number, else the same name and birth date, in the same village and body. */
function incumbencyIndex(previous: readonly HolderRow[]) {
  const byId = new Set<string>();
  const byName = new Set<string>();
  for (const p of previous) {
    const where = `${p.village_code}|${committeeFamily(p.body)}`;
    if (p.id_number) byId.add(`${where}|${p.id_number}`);
    byName.add(`${where}|${p.name}|${p.birth_date}`);
  }
  return (h: HolderRow) => {
    const where = `${h.village_code}|${committeeFamily(h.body)}`;
    return (
      (h.id_number !== null && byId.has(`${where}|${h.id_number}`)) ||
      byName.has(`${where}|${h.name}|${h.birth_date}`)
    );
  };
}

function toHolder(h: HolderRow, incumbent: boolean | null): OfficeHolder {
  const rank = h.rank === 1 || h.rank === 2 ? h.rank : 3;
  return {
    villageCode: h.village_code,
    personKey: h.id_number ?? `voter:${h.voter_id}`,
    body: h.body,
    office: h.office,
    rank,
    sex: h.sex,
    birthDate: h.birth_date,
    education: h.education,
    politicalStatus: h.political_status,
    ethnicity: h.ethnicity,
    incumbent,
  };
}

function levelOf(code: string): AreaStatistics['level'] {
  return code.length >= 12 ? 'village' : code.length >= 9 ? 'township' : 'county';
}

/** What one round holds for the area: its villages, office holders and confirmed first votes. */
interface RoundData {
  villages: VillageRow[];
  holders: HolderRow[];
  votes: Map<string, FirstVoteRow>;
  /** the round's last election day (over all its villages, so every area of the round ages alike) */
  lastDay: string | null;
}

async function roundData(db: Tx, countyCode: string, roundId: string, areaCode: string): Promise<RoundData> {
  const round = { countyCode, id: roundId } as RoundRow;
  const [villages, holders, votes, last] = await Promise.all([
    villagesOf(db, round, areaCode),
    holdersOf(db, countyCode, roundId, areaCode),
    firstVotesOf(db, countyCode, roundId, areaCode),
    queryRows<{ day: string | null }>(
      db,
      sql`select max(election_day)::text as day from round_villages
        where county_code = ${countyCode} and round_id = ${roundId} and included`,
    ),
  ]);
  return { villages, holders, votes, lastDay: last[0]?.day ?? null };
}

interface Computed {
  area: AreaStatistics;
  children: AreaStatistics[];
  referenceDate: IsoDate;
}

function compute(
  data: RoundData,
  previous: RoundData | null,
  areaCode: string,
  names: Map<string, string>,
  bands: AgeBands,
  today: IsoDate,
): Computed {
  const referenceDate = (data.lastDay ?? today) as IsoDate;
  const isIncumbent = previous ? incumbencyIndex(previous.holders) : null;
  const byVillage = new Map<string, OfficeHolder[]>();
  for (const row of data.holders) {
    if (!STAT_BODIES.includes(row.body)) continue;
    const h = toHolder(row, isIncumbent ? isIncumbent(row) : null);
    const list = byVillage.get(h.villageCode);
    if (list) list.push(h);
    else byVillage.set(h.villageCode, [h]);
  }

  const villageStats = data.villages.map((v) => {
    const vote = data.votes.get(v.code);
    const prev = previous?.votes.get(v.code);
    const village: VillageRound = {
      code: v.code,
      name: v.name,
      townshipCode: v.parent_code ?? v.code.slice(0, 9),
      kind: v.kind === 'community' ? 'community' : 'village',
      status: v.status,
      registered: vote?.registered ?? null,
      voted: vote ? (vote.voted ?? 0) : null,
      firstVoteFilledAll: vote ? vote.filled : null,
      previousRegistered: prev?.registered ?? null,
      previousVoted: prev ? (prev.voted ?? 0) : null,
    };
    return villageStatistics(byVillage.get(v.code) ?? [], village, bands, referenceDate);
  });

  const level = levelOf(areaCode);
  const name = names.get(areaCode) ?? areaCode;
  if (level === 'village') {
    const only = villageStats[0];
    return {
      area: only ?? { ...rollUp([], areaCode, name, 'township', bands), level: 'village' },
      children: [],
      referenceDate,
    };
  }
  if (level === 'township')
    return {
      area: rollUp(villageStats, areaCode, name, 'township', bands),
      children: villageStats,
      referenceDate,
    };
  const townshipCodes = [...new Set(villageStats.map((v) => v.code.slice(0, 9)))].sort();
  const townships = townshipCodes.map((t) =>
    rollUp(
      villageStats.filter((v) => v.code.startsWith(t)),
      t,
      names.get(t) ?? t,
      'township',
      bands,
    ),
  );
  return { area: rollUp(townships, areaCode, name, 'county', bands), children: townships, referenceDate };
}

export interface TargetRow {
  indicator: string;
  targetBp: number;
  setBy: string | null;
  updatedAt: string;
}

export async function targetRows(db: Tx, round: RoundRow): Promise<TargetRow[]> {
  return queryRows<TargetRow>(
    db,
    sql`select indicator, target_bp as "targetBp", set_by as "setBy", updated_at::text as "updatedAt"
      from stat_targets where county_code = ${round.countyCode} and round_id = ${round.id}`,
  );
}

/**
 * The statistics of `areaCode` (a county, a township or a village of the round) with its children and
 * the county's targets checked against it. `today` only matters for a round without election days.
 */
export async function areaStatistics(
  db: Tx,
  round: RoundRow,
  areaCode: string,
  bands: AgeBands,
  today: IsoDate = chinaToday(),
): Promise<AreaStatisticsResult> {
  const previousRound = round.previousRoundId
    ? (
        await queryRows<{ id: string; name: string }>(
          db,
          sql`select id, name from rounds where county_code = ${round.countyCode} and id = ${round.previousRoundId}`,
        )
      )[0]
    : undefined;
  // the names of the area and of the townships a county's figures are grouped by
  const nameCodes =
    levelOf(areaCode) === 'county'
      ? sql`code = ${areaCode} or parent_code = ${areaCode}`
      : sql`code = ${areaCode}`;
  const [data, previous, targets, names] = await Promise.all([
    roundData(db, round.countyCode, round.id, areaCode),
    previousRound ? roundData(db, round.countyCode, previousRound.id, areaCode) : Promise.resolve(null),
    targetRows(db, round),
    queryRows<RegionNameRow>(db, sql`select code, name from regions where ${nameCodes}`),
  ]);
  const nameOf = new Map(names.map((r) => [r.code, r.name]));
  const current = compute(data, previous, areaCode, nameOf, bands, today);
  const before = previous ? compute(previous, null, areaCode, nameOf, bands, today) : null;
  return {
    area: current.area,
    children: current.children,
    targets: checkTargets(
      current.area,
      targets.flatMap((t) =>
        isIndicatorId(t.indicator) ? [{ indicator: t.indicator, targetBp: t.targetBp }] : [],
      ),
    ),
    referenceDate: current.referenceDate,
    previous:
      previousRound && before
        ? { roundId: previousRound.id, roundName: previousRound.name, area: before.area }
        : null,
  };
}
