/**
 * Recording how the election committee was chosen (C2-1): the meeting (村民会议, 村民代表会议 or each
 * 村民小组会议, kept as an issue-4 decision where that table has the body), and everyone it chose in
 * the order of the result: the 主任, the members, then the alternates (候补) who fill vacancies in that
 * order (C2-3). The size is checked against the rule set (C2-4, C2-5): outside the range is refused.
 * A 另行推选 adds people to the end of the order.
 */
import { randomUUID } from 'node:crypto';
import { checkElectionCommitteeSize, type IsoDate, type Violation } from '@huanjie/core';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import {
  decisions,
  electionCommitteeMeetings,
  electionCommitteeMembers,
  type SelectionBody,
} from '../../db/schema.js';
import { badRequest, conflict } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { votersByIds } from '../../registration/village-voters.js';
import { BODY_TITLES, type MeetingRow, meetingsOf, selectionOf } from './state.js';

export interface ChosenPerson {
  voterId: string;
  role: 'chair' | 'member' | 'alternate';
  votes?: number | null | undefined;
}

export interface MeetingInput {
  body: SelectionBody;
  heldOn: IsoDate;
  minutesRef?: string | null | undefined;
  note?: string | null | undefined;
}

export interface SelectionInput extends MeetingInput {
  people: ChosenPerson[];
}

const DECISION_BODIES = new Set<SelectionBody>(['villagers-meeting', 'representatives-meeting']);
const SUBJECT = '推选村民选举委员会成员';

function sizeRefusal(violations: readonly Violation[]): never {
  throw badRequest(
    `选举委员会人数：${violations.map((v) => `${v.reason}（${v.rule}）`).join('；')}`,
    'RULE_VIOLATION',
  );
}

function checkMeeting(input: MeetingInput, today: IsoDate) {
  if (input.heldOn > today) throw badRequest(`推选日期：${input.heldOn}晚于今天（${today}）`);
}

/** The people of a selection: each once, on the register and not struck off the list. */
async function peopleOf(tx: Tx, vr: VillageCtx, people: readonly ChosenPerson[], taken: ReadonlySet<string>) {
  if (people.length === 0) throw badRequest('推选结果：请至少填写一名人员');
  const ids = people.map((p) => p.voterId);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  const found = new Map((await votersByIds(tx, vr, ids)).map((v) => [v.id, v]));
  if (dup) throw badRequest(`推选结果：${found.get(dup)?.name ?? dup}填写了两次`);
  for (const p of people) {
    const v = found.get(p.voterId);
    if (!v) throw badRequest(`推选结果：本村登记册中没有编号为 ${p.voterId} 的人员`);
    if (v.listStatus === 'removed') throw badRequest(`推选结果：${v.name}已从选民名单除名`);
    if (taken.has(v.id)) throw conflict(`推选结果：${v.name}已在本村选举委员会的推选结果中`);
  }
  return found;
}

async function saveDecision(
  tx: Tx,
  actor: Actor,
  vr: VillageCtx,
  input: MeetingInput,
  existingId: string | null,
): Promise<string | null> {
  const wanted = DECISION_BODIES.has(input.body);
  const values = {
    body: input.body as 'villagers-meeting' | 'representatives-meeting',
    decidedOn: input.heldOn,
    subject: SUBJECT,
    minutesRef: input.minutesRef ?? null,
  };
  if (existingId) {
    const where = and(eq(decisions.countyCode, vr.countyCode), eq(decisions.id, existingId));
    const [before] = await tx.select().from(decisions).where(where);
    if (before && wanted) {
      const [after] = await tx.update(decisions).set(values).where(where).returning();
      await appendAudit(tx, {
        actor,
        action: 'decision.correct',
        entity: 'decision',
        entityId: existingId,
        regionCode: vr.villageCode,
        before,
        after,
      });
      return existingId;
    }
    if (before) {
      await tx.delete(decisions).where(where);
      await appendAudit(tx, {
        actor,
        action: 'decision.remove',
        entity: 'decision',
        entityId: existingId,
        regionCode: vr.villageCode,
        before,
        after: { removed: true, reason: '选举委员会改由各村民小组会议推选' },
      });
    }
  }
  if (!wanted) return null;
  const [row] = await tx
    .insert(decisions)
    .values({
      countyCode: vr.countyCode,
      id: randomUUID(),
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      ...values,
    })
    .returning();
  await appendAudit(tx, {
    actor,
    action: 'decision.record',
    entity: 'decision',
    entityId: row!.id,
    regionCode: vr.villageCode,
    before: null,
    after: row,
  });
  return row!.id;
}

/**
 * Records the original selection, or corrects it while nobody has withdrawn and no 另行推选 was held
 * (after that the order is what vacancies were filled from, and must stay as it was).
 * Returns the C2-4 advice (以奇数为宜) the size check gave.
 */
export async function recordSelection(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: SelectionInput,
  today: IsoDate,
): Promise<{ advisories: Violation[] }> {
  checkMeeting(input, today);
  const chairs = input.people.filter((p) => p.role === 'chair').length;
  if (chairs !== 1)
    throw badRequest(`主任：村民选举委员会由主任和委员组成，应推选主任1名，现为${chairs}名（C2-1）`);
  const firstAlternate = input.people.findIndex((p) => p.role === 'alternate');
  if (firstAlternate >= 0 && input.people.slice(firstAlternate).some((p) => p.role !== 'alternate'))
    throw badRequest('推选结果：请按推选结果的顺序填写，候补人员排在主任和委员之后');
  const seated = input.people.length - input.people.filter((p) => p.role === 'alternate').length;
  const size = checkElectionCommitteeSize(vr.ruleSet.committee, seated);
  if (size.violations.length > 0) sizeRefusal(size.violations);

  return db.transaction(async (tx) => {
    const [meetings, before] = await Promise.all([meetingsOf(tx, vr), selectionOf(tx, vr, true)]);
    const original = meetings.find((m) => m.kind === 'original') ?? null;
    if (original) {
      if (meetings.some((m) => m.kind === 'reselection'))
        throw conflict('推选结果：已另行推选过，原推选结果不能再修改');
      const gone = before.find((m) => m.status === 'withdrawn');
      if (gone) throw conflict(`推选结果：${gone.name}已退出选举委员会，原推选结果不能再修改`);
    }
    const found = await peopleOf(tx, vr, input.people, new Set());
    const decisionId = await saveDecision(tx, actor, vr, input, original?.decisionId ?? null);
    const meeting = {
      countyCode: vr.countyCode,
      roundId: vr.round.id,
      villageCode: vr.villageCode,
      kind: 'original' as const,
      body: input.body,
      heldOn: input.heldOn,
      minutesRef: input.minutesRef ?? null,
      decisionId,
      note: input.note ?? null,
      createdBy: actor.id,
    };
    let meetingRow: MeetingRow;
    if (original) {
      [meetingRow] = (await tx
        .update(electionCommitteeMeetings)
        .set(meeting)
        .where(
          and(
            eq(electionCommitteeMeetings.countyCode, vr.countyCode),
            eq(electionCommitteeMeetings.id, original.id),
          ),
        )
        .returning()) as [MeetingRow];
      await tx
        .delete(electionCommitteeMembers)
        .where(
          and(
            eq(electionCommitteeMembers.countyCode, vr.countyCode),
            eq(electionCommitteeMembers.meetingId, original.id),
          ),
        );
    } else {
      [meetingRow] = (await tx
        .insert(electionCommitteeMeetings)
        .values({ ...meeting, id: randomUUID() })
        .returning()) as [MeetingRow];
    }
    const rows = await tx
      .insert(electionCommitteeMembers)
      .values(
        input.people.map((p, i) => {
          const v = found.get(p.voterId)!;
          return {
            countyCode: vr.countyCode,
            id: randomUUID(),
            roundId: vr.round.id,
            villageCode: vr.villageCode,
            meetingId: meetingRow.id,
            voterId: v.id,
            name: v.name,
            sex: v.sex,
            seq: i + 1,
            votes: p.votes ?? null,
            chair: p.role === 'chair',
            status: p.role === 'alternate' ? ('alternate' as const) : ('serving' as const),
            seatedOn: p.role === 'alternate' ? null : input.heldOn,
          };
        }),
      )
      .returning();
    await appendAudit(tx, {
      actor,
      action: original ? 'election-committee.correct' : 'election-committee.select',
      entity: 'election-committee',
      entityId: `${vr.round.id}/${vr.villageCode}`,
      regionCode: vr.villageCode,
      before: original ? { meeting: original, members: before } : null,
      after: { meeting: meetingRow, members: rows },
    });
    return { advisories: [...size.advisories] };
  });
}

/** 另行推选 (C2-3): a later meeting's choices join the end of the order as alternates, to fill vacancies. */
export async function recordReselection(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: MeetingInput & { people: { voterId: string; votes?: number | null | undefined }[] },
  today: IsoDate,
): Promise<void> {
  checkMeeting(input, today);
  await db.transaction(async (tx) => {
    const [meetings, rows] = await Promise.all([meetingsOf(tx, vr), selectionOf(tx, vr, true)]);
    if (!meetings.some((m) => m.kind === 'original'))
      throw badRequest('另行推选：本村尚未记录选举委员会的推选结果');
    const original = meetings.find((m) => m.kind === 'original')!;
    if (input.heldOn < original.heldOn)
      throw badRequest(`推选日期：另行推选不能早于原推选日期（${original.heldOn}）`);
    const people = input.people.map((p) => ({ ...p, role: 'alternate' as const }));
    const found = await peopleOf(tx, vr, people, new Set(rows.map((r) => r.voterId)));
    const decisionId = await saveDecision(tx, actor, vr, input, null);
    const [meeting] = await tx
      .insert(electionCommitteeMeetings)
      .values({
        countyCode: vr.countyCode,
        id: randomUUID(),
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        kind: 'reselection',
        body: input.body,
        heldOn: input.heldOn,
        minutesRef: input.minutesRef ?? null,
        decisionId,
        note: input.note ?? null,
        createdBy: actor.id,
      })
      .returning();
    const last = rows.reduce((n, r) => Math.max(n, r.seq), 0);
    const added = await tx
      .insert(electionCommitteeMembers)
      .values(
        people.map((p, i) => {
          const v = found.get(p.voterId)!;
          return {
            countyCode: vr.countyCode,
            id: randomUUID(),
            roundId: vr.round.id,
            villageCode: vr.villageCode,
            meetingId: meeting!.id,
            voterId: v.id,
            name: v.name,
            sex: v.sex,
            seq: last + i + 1,
            votes: p.votes ?? null,
            chair: false,
            status: 'alternate' as const,
          };
        }),
      )
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'election-committee.reselect',
      entity: 'election-committee',
      entityId: `${vr.round.id}/${vr.villageCode}`,
      regionCode: vr.villageCode,
      before: null,
      after: { meeting, members: added, bodyTitle: BODY_TITLES[input.body] },
    });
  });
}
