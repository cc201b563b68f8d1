/**
 * Where each voter belongs on polling day, from the published polling plan (G-7, G-9): a mobile-box
 * voter at their box; everyone else at the station serving their 村民小组, or else the central venue.
 * A voter at another place is only warned about (all boxes are opened and counted together, G-9).
 */
import type { PollingPlaceKind } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import { badRequest } from '../../http/errors.js';
import { boxVoterRows, type PollingPlaceRow, placeRows } from '../../preparation/polling/state.js';
import type { VillageCtx } from '../../registration/village.js';

export interface PlaceRef {
  id: string;
  kind: PollingPlaceKind;
  name: string;
}

export interface PlaceMap {
  places: PlaceRef[];
  byId: Map<string, PlaceRef>;
  /** the place a voter belongs to (null when the plan has no central venue and no station for the group) */
  homeOf(voter: { id: string; groupName: string }): PlaceRef | null;
  /** voter id → mobile box id */
  boxOf: Map<string, string>;
}

export function placeRef(p: Pick<PollingPlaceRow, 'id' | 'kind' | 'name'>): PlaceRef {
  return { id: p.id, kind: p.kind, name: p.name };
}

export async function placeMap(db: Tx, vr: VillageCtx, electionId: string): Promise<PlaceMap> {
  const [rows, boxes] = await Promise.all([placeRows(db, vr, electionId), boxVoterRows(db, vr, electionId)]);
  const places = rows.map(placeRef);
  const byId = new Map(places.map((p) => [p.id, p]));
  const central = places.find((p) => p.kind === 'central') ?? null;
  const stationOf = new Map<string, PlaceRef>();
  for (const p of rows) if (p.kind === 'station') for (const g of p.groups) stationOf.set(g, byId.get(p.id)!);
  const boxOf = new Map(boxes.filter((b) => byId.has(b.placeId)).map((b) => [b.voterId, b.placeId]));
  return {
    places,
    byId,
    boxOf,
    homeOf(voter) {
      const box = boxOf.get(voter.id);
      if (box) return byId.get(box)!;
      return stationOf.get(voter.groupName) ?? central;
    },
  };
}

/** The place the request names, refused when it is not one of this election's places. */
export function requirePlace(places: PlaceMap, placeId: string): PlaceRef {
  const place = places.byId.get(placeId);
  if (!place) throw badRequest(`投票地点：编号为 ${placeId} 的地点不是本次选举的投票站或流动票箱`);
  return place;
}
