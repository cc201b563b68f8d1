/** Rounds (届): set-up, villages taking part, election days, postponement and re-runs. */
import { getRuleSet } from '@huanjie/core';
import { and, count, eq, like, or, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../auth/roles.js';
import type { SessionUser } from '../../auth/sessions.js';
import type { Tx } from '../../db/connect.js';
import { rounds, roundVillages } from '../../db/schema.js';
import { forbidden } from '../../http/errors.js';
import { byCode, getRegion, regionsByCodes } from '../../regions/queries.js';
import { ELECTION_KINDS } from '../../rounds/election-plan.js';
import {
  createRound,
  getRoundRow,
  postponeVillage,
  type RoundRow,
  rerunElection,
  roundVillageRows,
  setVillageDay,
} from '../../rounds/service.js';
import { villageRoundStates } from '../../rounds/village-status.js';
import type { AppOptions } from '../app.js';
import { actorOf, requirePermission, requireScope, requireUser } from '../context.js';
import { isoDate, regionCode } from '../dto.js';

/** A round is visible to users inside its region, and to users of a village or township it covers. */
function canSeeRound(user: SessionUser, round: RoundRow): boolean {
  return inScope(user.regionCode, round.regionCode) || inScope(round.regionCode, user.regionCode);
}

async function visibleRound(db: Tx, req: FastifyRequest, id: string) {
  const user = requireUser(req);
  const round = await getRoundRow(db, id);
  if (!canSeeRound(user, round)) throw forbidden('无权查看该换届');
  return { user, round };
}

async function roundSummary(db: Tx, round: RoundRow) {
  const region = await getRegion(db, round.regionCode);
  const [included] = await db
    .select({ n: count() })
    .from(roundVillages)
    .where(
      and(
        eq(roundVillages.countyCode, round.countyCode),
        eq(roundVillages.roundId, round.id),
        eq(roundVillages.included, true),
      ),
    );
  return {
    id: round.id,
    name: round.name,
    regionCode: round.regionCode,
    regionName: region.name,
    rulesetId: round.rulesetId,
    rulesetTitle: getRuleSet(round.rulesetId)?.title ?? round.rulesetId,
    status: round.status,
    villageCount: included?.n ?? 0,
    createdAt: round.createdAt,
  };
}

const idParams = z.object({ id: z.string().min(1) });
const villageParams = z.object({
  id: z.string().min(1),
  code: z.string().regex(/^\d{12}$/, '村级区划代码应为 12 位数字'),
});

export async function roundRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['换届'];

  r.get(
    '/rounds',
    {
      schema: { tags, summary: '覆盖某区域的换届', querystring: z.object({ region: regionCode.optional() }) },
    },
    async (req) => {
      const user = requireUser(req);
      const region = req.query.region ?? user.regionCode;
      requireScope(user, region);
      // Rounds inside the region, and rounds of the township or county that covers it.
      const rows = await db
        .select()
        .from(rounds)
        .where(or(like(rounds.regionCode, `${region}%`), sql`${region} like ${rounds.regionCode} || '%'`));
      rows.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
      return { items: await Promise.all(rows.map((row) => roundSummary(db, row))) };
    },
  );

  r.post(
    '/rounds',
    {
      schema: {
        tags,
        summary: '新建换届（县或乡镇）',
        body: z.object({
          name: z.string().trim().min(1, '请填写换届名称').max(80),
          regionCode,
          rulesetId: z.string().min(1, '请选择规则集'),
        }),
      },
    },
    async (req, reply) => {
      const user = requirePermission(req, 'round.manage');
      requireScope(user, req.body.regionCode);
      const round = await createRound(db, actorOf(user), req.body);
      return reply.code(201).send(await roundSummary(db, round));
    },
  );

  r.get(
    '/rounds/:id',
    { schema: { tags, summary: '换届详情：参加的村、选举日、各项选举', params: idParams } },
    async (req) => {
      const { user, round } = await visibleRound(db, req, req.params.id);
      const [states, { villages }] = await Promise.all([
        villageRoundStates(db, round.regionCode, round.id),
        roundVillageRows(db, round),
      ]);
      // A village user sees only its own village of a township's round.
      const rows = villages.filter((v) => inScope(user.regionCode, v.villageCode));
      const codes = [...new Set(rows.flatMap((v) => [v.villageCode, v.villageCode.slice(0, 9)]))];
      const names = new Map((await regionsByCodes(db, codes)).map((x) => [x.code, x.name]));
      return {
        ...(await roundSummary(db, round)),
        electionPlan: round.electionPlan,
        villages: rows
          .map((v) => ({
            code: v.villageCode,
            name: names.get(v.villageCode) ?? v.villageCode,
            townshipName: names.get(v.villageCode.slice(0, 9)) ?? '',
            included: v.included,
            electionDay: v.electionDay,
            status: v.status,
            postponedReason: v.postponedReason,
            elections: states.get(v.villageCode)?.elections ?? [],
          }))
          .sort(byCode),
      };
    },
  );

  r.put(
    '/rounds/:id/villages/:code',
    {
      schema: {
        tags,
        summary: '设定村的选举日、是否参加本次换届',
        params: villageParams,
        body: z.object({ electionDay: isoDate.nullable(), included: z.boolean() }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'round.manage');
      requireScope(user, req.params.code);
      const { round } = await visibleRound(db, req, req.params.id);
      return setVillageDay(db, actorOf(user), round, req.params.code, req.body);
    },
  );

  r.post(
    '/rounds/:id/villages/:code/postpone',
    {
      schema: {
        tags,
        summary: '推迟村的选举',
        params: villageParams,
        body: z.object({ newDate: isoDate, reason: z.string().trim().min(1, '请填写推迟原因') }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'round.manage');
      requireScope(user, req.params.code);
      const { round } = await visibleRound(db, req, req.params.id);
      return postponeVillage(db, actorOf(user), round, req.params.code, req.body);
    },
  );

  r.post(
    '/rounds/:id/villages/:code/rerun',
    {
      schema: {
        tags,
        summary: '重新选举（已举行或未成功的一项选举）',
        params: villageParams,
        body: z.object({
          kind: z.enum(ELECTION_KINDS),
          newDate: isoDate,
          reason: z.string().trim().min(1, '请填写原因'),
        }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'round.manage');
      requireScope(user, req.params.code);
      const { round } = await visibleRound(db, req, req.params.id);
      return rerunElection(db, actorOf(user), round, req.params.code, req.body);
    },
  );
}
