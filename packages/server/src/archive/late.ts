/**
 * A handover past its due day (B-11) is a notice to the village's township, once per village and round
 * (the notice's dedupe key): the office that chairs the handover learns of it without looking.
 */
import type { Tx } from '../db/connect.js';
import { notify } from '../notifications/service.js';
import { getRegion } from '../regions/queries.js';
import type { VillageCtx } from '../registration/village.js';
import type { HandoverView } from './handover.js';

export async function notifyLateHandover(db: Tx, vr: VillageCtx, view: HandoverView): Promise<boolean> {
  if (!view.late || !view.dueOn || view.handover?.completedOn) return false;
  const township = vr.villageCode.slice(0, 9);
  const village = await getRegion(db, vr.villageCode);
  return notify(db, {
    countyCode: vr.countyCode,
    regionCode: township,
    villageCode: vr.villageCode,
    kind: 'handover-overdue',
    title: '工作移交逾期',
    body: `${village.name}的新老班子工作移交应于 ${view.dueOn} 前完成（${view.basis}，${view.rule}），已逾期 ${view.daysLate} 日。`,
    link: `/rounds/${vr.round.id}/villages/${vr.villageCode}/handover`,
    dedupeKey: `handover-overdue:${vr.round.id}:${vr.villageCode}`,
  });
}
