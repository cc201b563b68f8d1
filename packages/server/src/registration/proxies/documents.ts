/**
 * The published proxy list (委托投票公告, G-1: 公布委托人和受委托人的名单) and one 委托投票证 per
 * approved proxy, from the approved rows, through the documents area's generators.
 */
import { type IsoDate, KIN_TITLES } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import { proxyCertificatesPdf } from '../../documents/proxy-certificates.js';
import { proxyListPdf } from '../../documents/proxy-list.js';
import { getRegion } from '../../regions/queries.js';
import { cardSecret } from '../card-secret.js';
import { requireElectionDay } from '../election-day.js';
import type { VillageCtx } from '../village.js';
import { votersByIds } from '../village-voters.js';
import { relationOf } from './facts.js';
import { listProxies } from './service.js';

/** No 届次 number is kept for a round yet, so documents say 本届 unless the caller names it. */
export interface ProxyDocOptions {
  today: IsoDate;
  term?: string | undefined;
  pollingPlace?: string | undefined;
}

function relationTitle(stored: string): string {
  const kin = relationOf(stored);
  return kin ? KIN_TITLES[kin] : '无';
}

export async function proxyListDocument(db: Tx, vr: VillageCtx, o: ProxyDocOptions): Promise<Buffer> {
  const electionDay = requireElectionDay(vr);
  const approved = await listProxies(db, vr, 'approved');
  const village = await getRegion(db, vr.villageCode);
  return proxyListPdf({
    village: village.name,
    term: o.term ?? '本届',
    electionDay,
    publishedOn: o.today,
    // Every shipped rule set caps proxies; 0 would only show if a custom one set none.
    maxPrincipalsPerTrustee: vr.ruleSet.proxy.maxPerTrustee.value ?? 0,
    proxies: approved.map((p) => ({
      principal: p.principalName,
      trustee: p.trusteeName,
      relation: relationTitle(p.relation),
      group: p.principalGroup,
      appliedOn: p.appliedOn,
    })),
  });
}

export async function proxyCertificatesDocument(db: Tx, vr: VillageCtx, o: ProxyDocOptions): Promise<Buffer> {
  const electionDay = requireElectionDay(vr);
  const approved = await listProxies(db, vr, 'approved');
  const people = new Map(
    (
      await votersByIds(
        db,
        vr,
        approved.flatMap((p) => [p.principalVoterId, p.trusteeVoterId]),
      )
    ).map((v) => [v.id, v]),
  );
  const no = (id: string) => String(people.get(id)?.voterNo ?? '');
  // Certificates are numbered in the order the proxies were approved, so a reprint keeps each number.
  const ordered = [...approved].sort(
    (a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? '') || a.createdAt.localeCompare(b.createdAt),
  );
  const village = await getRegion(db, vr.villageCode);
  return proxyCertificatesPdf({
    village: village.name,
    term: o.term ?? '本届',
    countyCode: vr.countyCode,
    roundId: vr.round.id,
    electionDay,
    pollingPlace: o.pollingPlace ?? `${village.name}中心会场`,
    issuedOn: o.today,
    secret: await cardSecret(db),
    proxies: ordered.map((p, i) => ({
      proxyId: p.id,
      certificateNo: `委 ${String(i + 1).padStart(3, '0')}`,
      principal: { name: p.principalName, voterNo: no(p.principalVoterId), group: p.principalGroup },
      trustee: { name: p.trusteeName, voterNo: no(p.trusteeVoterId), group: p.trusteeGroup },
      relation: relationTitle(p.relation),
    })),
  });
}
