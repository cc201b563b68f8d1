/**
 * The polling plan's notice (投票选举公告, B-7) from the plan's state: the venue, the stations with
 * their groups, the mobile boxes with their voters and scrutineers (G-7), the staff, and the voting
 * method from the ballot settings and the rule set. Unpublished (or changed) plans print as a draft.
 */
import { type IsoDate, type KinRelation, STAFF_ROLE_TITLES, STAFF_ROLES, sortByStrokes } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import { pollingNoticePdf } from '../../documents/polling-plan.js';
import { getRegion } from '../../regions/queries.js';
import { requireElectionDay } from '../../registration/election-day.js';
import { chinaToday } from '../../registration/today.js';
import type { VillageCtx } from '../../registration/village.js';
import { ballotState } from '../ballots/state.js';
import { type PlaceView, pollingState, type StaffView } from './state.js';

const RELATION_WORDS: Record<KinRelation, string> = {
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母、外祖父母',
  grandchild: '孙子女、外孙子女',
};

function hours(p: PlaceView, venue: PlaceView | undefined): string {
  const from = p.opensAt ?? venue?.opensAt;
  const to = p.closesAt ?? venue?.closesAt;
  return from && to ? `${from}—${to}` : '（待定）';
}

function namesByRole(staff: readonly StaffView[]): { role: string; names: string[] }[] {
  return STAFF_ROLES.map((role) => ({
    role: STAFF_ROLE_TITLES[role],
    names: sortByStrokes(
      staff.filter((s) => s.role === role),
      (s) => s.name,
    ).map((s) => s.name),
  }));
}

/** E-9 as one sentence from the rule set, or null when the texts set no staff recusal. */
function recusalSentence(vr: VillageCtx): string | null {
  const r = vr.ruleSet.polling.staffRecusal.value;
  if (r === null) return null;
  const who = r.selfNominees ? '候选人、自荐人' : '候选人';
  const relatives = r.relations.map((x) => RELATION_WORDS[x]).join('、');
  const roles = r.roles.map((x) => STAFF_ROLE_TITLES[x]).join('、');
  return `${who}及其${relatives}不得担任${roles}。`;
}

/** 投票方式 from the ballot settings, the seat plan and the rule set. */
function methodText(state: Awaited<ReturnType<typeof ballotState>>): string {
  const parts = ['选举实行无记名投票、公开计票的方法，设立秘密写票处，选举结果当场公布。'];
  const model = state.model;
  if (model) {
    const titles = model.sheets.flatMap((s) => s.parts).map((p) => `${p.title}${p.seats}名`);
    const separate = model.sheets.flatMap((s) => s.parts).some((p) => p.separate);
    parts.push(
      model.layout === 'single'
        ? `一次性投票选举${titles.join('、')}${separate ? '，选票单列妇女委员职位' : ''}。`
        : `按职位分别制作选票（${titles.join('、')}），一次同时投票。`,
    );
    parts.push(
      model.candidateTitle === '自荐人'
        ? '实行无候选人自荐直选，选民可以投票选举自荐人，也可以另选其他选民，也可以弃权。'
        : '选民对候选人可以投赞成票、反对票、弃权票，也可以另选其他选民。',
    );
  }
  parts.push('选民凭选民证领取选票，经审核公告的委托投票由受委托人凭委托投票证代为投票。');
  return parts.join('');
}

export async function pollingNoticeDocument(db: Tx, vr: VillageCtx, o: { today: IsoDate }) {
  const electionDay = requireElectionDay(vr);
  const state = await pollingState(db, vr);
  const ballots = await ballotState(db, vr);
  const village = await getRegion(db, vr.villageCode);
  const township = await getRegion(db, vr.villageCode.slice(0, 9));
  const venue = state.places.find((p) => p.kind === 'central');
  const published = state.plan !== null && state.plan.version > 0 && state.plan.publishedOn !== null;
  const draft = !published || state.plan!.changedSincePublication;
  const needsApproval = vr.ruleSet.polling.mobileBoxNeedsTownshipApproval.value;
  const staffAt = (placeId: string) => state.staff.filter((s) => s.placeId === placeId);
  const roleLines = (staff: readonly StaffView[], skip: string[] = []) =>
    namesByRole(staff)
      .filter((l) => l.names.length > 0 && !skip.includes(l.role))
      .map((l) => `${l.role}：${l.names.join('、')}`);

  return pollingNoticePdf({
    village: village.name,
    committeeName: ballots.committeeName,
    roundName: vr.round.name,
    electionDay,
    publishedOn: published && !draft ? state.plan!.publishedOn! : o.today,
    draft,
    venue: {
      place: venue?.place || '（待定）',
      hours: venue ? hours(venue, venue) : '（待定）',
      voters: venue?.voters ?? 0,
      groups: state.groups.filter((g) => g.placeId === venue?.id).map((g) => g.name),
    },
    stations: state.places
      .filter((p) => p.kind === 'station')
      .map((p) => ({
        name: p.name,
        place: p.place,
        groups: p.groups,
        voters: p.voters,
        hours: hours(p, venue),
        staff: roleLines(staffAt(p.id)),
      })),
    boxes: state.places
      .filter((p) => p.kind === 'mobile')
      .map((p) => {
        const staff = staffAt(p.id);
        const approvedOn = p.decidedAt ? chinaToday(new Date(p.decidedAt)) : null;
        return {
          name: p.name,
          place: p.place,
          route: p.route ?? '',
          hours: hours(p, venue),
          approval: !needsApproval
            ? ''
            : p.approvalStatus === 'approved' && approvedOn
              ? `经${township.name}人民政府批准（${approvedOn.slice(0, 4)}年${Number(approvedOn.slice(5, 7))}月${Number(approvedOn.slice(8, 10))}日）`
              : '待乡镇批准',
          scrutineers: sortByStrokes(
            staff.filter((s) => s.role === 'scrutineer' || s.role === 'chief-scrutineer'),
            (s) => s.name,
          ).map((s) => s.name),
          otherStaff: roleLines(staff, ['监票人', '总监票人']),
          voters: p.boxVoters.map((v) => ({ name: v.name, group: v.groupName })),
        };
      }),
    staff: namesByRole(venue ? staffAt(venue.id) : []),
    totalVoters: state.totalVoters,
    method: methodText(ballots),
    recusalNote: recusalSentence(vr),
  });
}
