/**
 * The printed 选民榜 and 选民证 of one village, from the register as it stands.
 *
 * The list is the latest publication: everyone numbered on it, with the 补登/除名 made since
 * that publication listed after it (a removed person stays on the list marked ※), so the
 * committee can reprint the posted list with its changes. Cards are for everyone on the list now.
 */
import type { IsoDate } from '@huanjie/core';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Tx } from '../db/connect.js';
import { listChanges } from '../db/schema.js';
import { type ListChange, type ListedVoter, voterCardsPdf, voterListPdf } from '../documents/index.js';
import { badRequest } from '../http/errors.js';
import { getRegion } from '../regions/queries.js';
import { cardSecret } from './card-secret.js';
import { requireElectionDay } from './election-day.js';
import { latestPublication } from './list-changes.js';
import type { VillageCtx } from './village.js';
import { isOnList, type VoterRow, villageVoters } from './village-voters.js';

/** No 届次 number is kept for a round yet, so documents say 本届 unless the caller names it. */
export interface ListDocOptions {
  today: IsoDate;
  term?: string | undefined;
  pollingPlace?: string | undefined;
}

function listed(v: VoterRow): ListedVoter {
  return {
    voterNo: String(v.voterNo),
    name: v.name,
    sex: v.sex,
    birthDate: v.birthDate,
    group: v.groupName,
  };
}

async function requirePublication(db: Tx, vr: VillageCtx) {
  const publication = await latestPublication(db, vr);
  if (!publication) throw badRequest('选民名单尚未公布：请先在“选民名单”页公布名单，再打印选民榜和选民证');
  return publication;
}

export async function voterListDocument(db: Tx, vr: VillageCtx, o: ListDocOptions): Promise<Buffer> {
  const electionDay = requireElectionDay(vr);
  const publication = await requirePublication(db, vr);
  const changes = await db
    .select()
    .from(listChanges)
    .where(
      and(
        eq(listChanges.countyCode, vr.countyCode),
        eq(listChanges.roundId, vr.round.id),
        eq(listChanges.villageCode, vr.villageCode),
        gt(listChanges.createdAt, publication.createdAt),
      ),
    )
    .orderBy(asc(listChanges.changedOn), asc(listChanges.createdAt));
  const people = await villageVoters(db, vr);
  const byId = new Map(people.map((p) => [p.id, p]));
  // A person's first change since publication says whether they were on the posted list.
  const firstKind = new Map<string, 'add' | 'remove'>();
  for (const c of changes) if (!firstKind.has(c.voterId)) firstKind.set(c.voterId, c.kind);
  const onPosted = people.filter((p) => {
    if (p.voterNo === null) return false;
    const first = firstKind.get(p.id);
    if (first === 'add') return false;
    if (first === 'remove') return true;
    return isOnList(p);
  });
  const entry = (c: (typeof changes)[number]): ListChange[] => {
    const v = byId.get(c.voterId);
    return v && v.voterNo !== null ? [{ voter: listed(v), reason: c.reason, changedOn: c.changedOn }] : [];
  };
  const cal = vr.ruleSet.calendar;
  const village = await getRegion(db, vr.villageCode);
  return voterListPdf({
    village: village.name,
    term: o.term ?? '本届',
    publishedOn: publication.publishedOn,
    electionDay,
    objectionDays: cal.objectionWindowDays.value,
    decisionDays: cal.objectionDecisionDays.value,
    voters: onPosted.map(listed),
    added: changes.filter((c) => c.kind === 'add').flatMap(entry),
    removed: changes.filter((c) => c.kind === 'remove').flatMap(entry),
    // a reprint with changes is signed on the day it is printed
    signedOn: changes.length > 0 ? o.today : publication.publishedOn,
  });
}

export async function voterCardsDocument(db: Tx, vr: VillageCtx, o: ListDocOptions): Promise<Buffer> {
  const electionDay = requireElectionDay(vr);
  await requirePublication(db, vr);
  const people = (await villageVoters(db, vr)).filter((p) => p.voterNo !== null && isOnList(p));
  const village = await getRegion(db, vr.villageCode);
  return voterCardsPdf({
    village: village.name,
    term: o.term ?? '本届',
    countyCode: vr.countyCode,
    roundId: vr.round.id,
    electionDay,
    pollingPlace: o.pollingPlace ?? `${village.name}中心会场`,
    secret: await cardSecret(db),
    voters: people.map((p) => ({
      voterId: p.id,
      voterNo: String(p.voterNo),
      name: p.name,
      group: p.groupName,
    })),
  });
}
