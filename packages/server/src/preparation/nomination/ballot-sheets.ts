/**
 * The printed nomination ballots (提名票) of a village with direct nomination: one per voter on the
 * published list, with the offices and seats of the approved seat plan and the rule set's nomination
 * rules printed on it, and the QR code the entry form scans to know whose ballot it is.
 */
import type { Tx } from '../../db/connect.js';
import { nominationBallotsPdf } from '../../documents/nomination-ballots.js';
import { badRequest } from '../../http/errors.js';
import { getRegion } from '../../regions/queries.js';
import { cardSecret } from '../../registration/card-secret.js';
import type { VillageCtx } from '../../registration/village.js';
import { isOnList, villageVoters } from '../../registration/village-voters.js';
import { committeeNameOf } from '../ballots/state.js';
import { committeeElection, requireApprovedSeatPlan } from '../committee-election.js';

export async function nominationBallotsDocument(
  db: Tx,
  vr: VillageCtx,
  o: { term?: string | undefined },
): Promise<Buffer> {
  const election = await committeeElection(db, vr);
  const plan = await requireApprovedSeatPlan(db, vr, election.id);
  if (plan.nominationMode !== 'direct')
    throw badRequest('提名票：本村实行自荐直选（D-8），没有选民提名，不印提名票');
  const people = (await villageVoters(db, vr)).filter((p) => p.voterNo !== null && isOnList(p));
  if (people.length === 0) throw badRequest('提名票：选民名单尚未公布，提名人须是名单上的选民（D-1）');
  const n = vr.ruleSet.nomination;
  const instructions = [
    ...(n.nominationsPerVoterMax.value === 'seats'
      ? [{ text: '每名选民提名的人数不得多于各职位应选人数', rule: n.nominationsPerVoterMax.rule }]
      : []),
    ...(n.sameNomineeTwoOfficesVoid.value
      ? [{ text: '同一人被提名为两项以上职务的，对该人的提名无效', rule: n.sameNomineeTwoOfficesVoid.rule }]
      : []),
    ...(n.proxyNominationForbidden.value
      ? [{ text: '本人填写，不得委托他人提名', rule: n.proxyNominationForbidden.rule }]
      : []),
    { text: '被提名人须是本村登记的选民，请写清姓名', rule: 'D-1' },
  ];
  const village = await getRegion(db, vr.villageCode);
  return nominationBallotsPdf({
    village: village.name,
    committeeName: committeeNameOf(election),
    term: o.term ?? '本届',
    countyCode: vr.countyCode,
    roundId: vr.round.id,
    offices: plan.offices.map((x) => ({ title: x.title, seats: x.seats, womenOnly: x.womenOnly === true })),
    instructions,
    secret: await cardSecret(db),
    voters: people.map((p) => ({
      voterId: p.id,
      voterNo: String(p.voterNo),
      name: p.name,
      group: p.groupName,
    })),
  });
}
