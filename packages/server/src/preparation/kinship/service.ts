/**
 * Kinship between the people of a village's register (issue 5 item 6), kept in `voter_relations`:
 * derived from the household register (户号 + 与户主关系, core's householdKin; source 'register'),
 * recomputed on demand, and added or removed by hand (source 'manual'). A derived relation the
 * committee removes is remembered as an exclusion, so recomputing does not bring it back. Every change
 * is audited. The relations drive the recusal rules (C1-5, C2-6, E-9, J2-3) and the nomination warnings.
 */
import { householdKin, inverseRelation, KIN_TITLES, type KinLink, type KinRelation } from '@huanjie/core';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../audit/actor.js';
import { appendAudit } from '../../audit/append.js';
import type { Db, Tx } from '../../db/connect.js';
import { voterRelationExclusions, voterRelations, voters } from '../../db/schema.js';
import { badRequest, conflict, notFound } from '../../http/errors.js';
import type { VillageCtx } from '../../registration/village.js';
import { requireVoter, votersByIds } from '../../registration/village-voters.js';

export type RelationRow = typeof voterRelations.$inferSelect;

function inVillage(vr: VillageCtx) {
  return and(
    eq(voterRelations.countyCode, vr.countyCode),
    eq(voterRelations.roundId, vr.round.id),
    eq(voterRelations.villageCode, vr.villageCode),
  );
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Every relation of the village as core's links (`to` is `from`'s `kind`). */
export async function villageRelations(db: Tx, vr: VillageCtx): Promise<KinLink[]> {
  const rows = await db.select().from(voterRelations).where(inVillage(vr));
  return rows.map((r) => ({ from: r.voterId, to: r.relatedVoterId, kind: r.kind }));
}

export interface DeriveResult {
  /** relations from the register now saved */
  derived: number;
  added: number;
  removed: number;
  /** people or households whose 与户主关系 gave nothing, for the committee to look at */
  notes: { householdNo: string; personId: string | null; name: string | null; reason: string }[];
}

/**
 * Recomputes the relations derived from the register: the old 'register' rows are replaced by what
 * the register says now, leaving out pairs the committee excluded and pairs it entered by hand.
 */
export async function deriveFromRegister(db: Db, actor: Actor, vr: VillageCtx): Promise<DeriveResult> {
  return db.transaction(async (tx) => {
    const people = await tx
      .select({
        id: voters.id,
        name: voters.name,
        householdNo: voters.householdNo,
        sex: voters.sex,
        relationToHead: voters.relationToHead,
        listStatus: voters.listStatus,
      })
      .from(voters)
      .where(
        and(
          eq(voters.countyCode, vr.countyCode),
          eq(voters.roundId, vr.round.id),
          eq(voters.villageCode, vr.villageCode),
        ),
      );
    const kin = householdKin(people);
    const existing = await tx.select().from(voterRelations).where(inVillage(vr)).for('update');
    const excluded = new Set(
      (
        await tx
          .select()
          .from(voterRelationExclusions)
          .where(
            and(
              eq(voterRelationExclusions.countyCode, vr.countyCode),
              eq(voterRelationExclusions.roundId, vr.round.id),
              eq(voterRelationExclusions.villageCode, vr.villageCode),
            ),
          )
      ).map((e) => pairKey(e.voterId, e.relatedVoterId)),
    );
    const manual = new Set(
      existing.filter((r) => r.source === 'manual').map((r) => pairKey(r.voterId, r.relatedVoterId)),
    );
    const oldRegister = existing.filter((r) => r.source === 'register');
    const fresh = kin.links.filter((l) => {
      const k = pairKey(l.from, l.to);
      return !excluded.has(k) && !manual.has(k);
    });
    const key = (l: { from: string; to: string; kind: string }) =>
      `${pairKey(l.from, l.to)}\u0000${l.from < l.to ? l.kind : inverseRelation(l.kind as KinRelation)}`;
    const oldKeys = new Set(
      oldRegister.map((r) => key({ from: r.voterId, to: r.relatedVoterId, kind: r.kind })),
    );
    const newKeys = new Set(fresh.map(key));
    const added = [...newKeys].filter((k) => !oldKeys.has(k)).length;
    const removed = [...oldKeys].filter((k) => !newKeys.has(k)).length;
    if (oldRegister.length > 0)
      await tx.delete(voterRelations).where(and(inVillage(vr), eq(voterRelations.source, 'register')));
    if (fresh.length > 0) {
      await tx.insert(voterRelations).values(
        fresh.map((l) => ({
          countyCode: vr.countyCode,
          roundId: vr.round.id,
          villageCode: vr.villageCode,
          voterId: l.from,
          relatedVoterId: l.to,
          kind: l.kind,
          source: 'register' as const,
        })),
      );
    }
    if (added > 0 || removed > 0) {
      await appendAudit(tx, {
        actor,
        action: 'kinship.derive',
        entity: 'village',
        entityId: vr.villageCode,
        regionCode: vr.villageCode,
        before: { registerRelations: oldRegister.length },
        after: { registerRelations: fresh.length, added, removed },
      });
    }
    const names = new Map(people.map((p) => [p.id, p.name]));
    return {
      derived: fresh.length,
      added,
      removed,
      notes: kin.notes.map((n) => ({ ...n, name: n.personId ? (names.get(n.personId) ?? null) : null })),
    };
  });
}

export interface RelationView {
  relatedVoterId: string;
  name: string;
  voterNo: number | null;
  householdNo: string;
  groupName: string;
  /** what the related person is to the person asked about */
  kind: KinRelation;
  title: string;
  source: 'register' | 'manual';
}

/** One person's relatives, read both ways, with an excluded derivation listed apart. */
export async function relationsOf(db: Tx, vr: VillageCtx, voterId: string) {
  await requireVoter(db, vr, voterId, '人员');
  const rows = await db
    .select()
    .from(voterRelations)
    .where(
      and(inVillage(vr), or(eq(voterRelations.voterId, voterId), eq(voterRelations.relatedVoterId, voterId))),
    );
  const exclusions = await db
    .select()
    .from(voterRelationExclusions)
    .where(
      and(
        eq(voterRelationExclusions.countyCode, vr.countyCode),
        eq(voterRelationExclusions.roundId, vr.round.id),
        or(eq(voterRelationExclusions.voterId, voterId), eq(voterRelationExclusions.relatedVoterId, voterId)),
      ),
    );
  const others = new Map(
    (
      await votersByIds(db, vr, [
        ...rows.map((r) => (r.voterId === voterId ? r.relatedVoterId : r.voterId)),
        ...exclusions.map((e) => (e.voterId === voterId ? e.relatedVoterId : e.voterId)),
      ])
    ).map((v) => [v.id, v]),
  );
  const view = (otherId: string, kind: KinRelation) => {
    const v = others.get(otherId);
    return {
      relatedVoterId: otherId,
      name: v?.name ?? '',
      voterNo: v?.voterNo ?? null,
      householdNo: v?.householdNo ?? '',
      groupName: v?.groupName ?? '',
      kind,
      title: KIN_TITLES[kind],
    };
  };
  const relations: RelationView[] = rows.map((r) =>
    r.voterId === voterId
      ? { ...view(r.relatedVoterId, r.kind), source: r.source }
      : { ...view(r.voterId, inverseRelation(r.kind)), source: r.source },
  );
  return {
    relations,
    excluded: exclusions.map((e) => ({
      ...(e.voterId === voterId ? view(e.relatedVoterId, e.kind) : view(e.voterId, inverseRelation(e.kind))),
      reason: e.reason,
      createdAt: e.createdAt,
    })),
  };
}

async function pairRows(tx: Tx, vr: VillageCtx, a: string, b: string): Promise<RelationRow[]> {
  return tx
    .select()
    .from(voterRelations)
    .where(
      and(
        inVillage(vr),
        or(
          and(eq(voterRelations.voterId, a), eq(voterRelations.relatedVoterId, b)),
          and(eq(voterRelations.voterId, b), eq(voterRelations.relatedVoterId, a)),
        ),
      ),
    )
    .for('update');
}

/** A relation entered by hand: `relatedVoterId` is `voterId`'s `kind` (e.g. the spouse). */
export async function addRelation(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { voterId: string; relatedVoterId: string; kind: KinRelation },
): Promise<RelationRow> {
  if (input.voterId === input.relatedVoterId) throw badRequest('亲属：不能登记本人与本人的亲属关系');
  return db.transaction(async (tx) => {
    const person = await requireVoter(tx, vr, input.voterId, '人员');
    const relative = await requireVoter(tx, vr, input.relatedVoterId, '亲属');
    const [already] = await pairRows(tx, vr, person.id, relative.id);
    if (already) {
      const kind = already.voterId === person.id ? already.kind : inverseRelation(already.kind);
      throw conflict(`亲属：已登记${relative.name}是${person.name}的${KIN_TITLES[kind]}，如有误请先删除`);
    }
    await tx
      .delete(voterRelationExclusions)
      .where(
        and(
          eq(voterRelationExclusions.countyCode, vr.countyCode),
          eq(voterRelationExclusions.roundId, vr.round.id),
          inArray(voterRelationExclusions.voterId, [person.id, relative.id]),
          inArray(voterRelationExclusions.relatedVoterId, [person.id, relative.id]),
        ),
      );
    const [row] = await tx
      .insert(voterRelations)
      .values({
        countyCode: vr.countyCode,
        roundId: vr.round.id,
        villageCode: vr.villageCode,
        voterId: person.id,
        relatedVoterId: relative.id,
        kind: input.kind,
        source: 'manual',
      })
      .returning();
    await appendAudit(tx, {
      actor,
      action: 'kinship.add',
      entity: 'voter',
      entityId: person.id,
      regionCode: vr.villageCode,
      before: null,
      after: { ...row, text: `${relative.name}是${person.name}的${KIN_TITLES[input.kind]}` },
    });
    return row!;
  });
}

/**
 * Removes the relation between two people. One derived from the register is remembered as excluded,
 * with the reason, so recomputing from the register leaves it out.
 */
export async function removeRelation(
  db: Db,
  actor: Actor,
  vr: VillageCtx,
  input: { voterId: string; relatedVoterId: string; reason: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const person = await requireVoter(tx, vr, input.voterId, '人员');
    const relative = await requireVoter(tx, vr, input.relatedVoterId, '亲属');
    const rows = await pairRows(tx, vr, person.id, relative.id);
    if (rows.length === 0) throw notFound(`亲属：未登记${person.name}与${relative.name}的亲属关系`);
    await tx
      .delete(voterRelations)
      .where(
        and(
          inVillage(vr),
          inArray(voterRelations.voterId, [person.id, relative.id]),
          inArray(voterRelations.relatedVoterId, [person.id, relative.id]),
        ),
      );
    const derived = rows.find((r) => r.source === 'register');
    if (derived) {
      const [a, b] =
        derived.voterId < derived.relatedVoterId
          ? [derived.voterId, derived.relatedVoterId]
          : [derived.relatedVoterId, derived.voterId];
      await tx
        .insert(voterRelationExclusions)
        .values({
          countyCode: vr.countyCode,
          roundId: vr.round.id,
          villageCode: vr.villageCode,
          voterId: a,
          relatedVoterId: b,
          kind: a === derived.voterId ? derived.kind : inverseRelation(derived.kind),
          reason: input.reason,
          createdBy: actor.id,
        })
        .onConflictDoNothing();
    }
    await appendAudit(tx, {
      actor,
      action: 'kinship.remove',
      entity: 'voter',
      entityId: person.id,
      regionCode: vr.villageCode,
      before: rows,
      after: { reason: input.reason, excludedFromRegister: derived !== undefined },
    });
  });
}
