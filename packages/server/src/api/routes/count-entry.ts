/**
 * 唱票录入（issue 6）：逐张录入选票、撤销、关闭与重新打开录入、双人录入核对与选委会认定、另选他人查找，
 * 以及大屏的实时推送（server-sent events）。
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, inScope, type Role } from '../../auth/roles.js';
import { users } from '../../db/schema.js';
import { acceptSet, boxSettings, closeSet, reopenSet } from '../../polling-day/entry/box-acts.js';
import { enterRow } from '../../polling-day/entry/enter.js';
import { boxStatuses } from '../../polling-day/entry/ledger.js';
import { setView } from '../../polling-day/entry/set-view.js';
import { voteMeta } from '../../polling-day/entry/vote-meta.js';
import { findWriteIns } from '../../polling-day/entry/write-ins.js';
import { watchVote } from '../../polling-day/live/feed.js';
import { endAllStreams, eventStream } from '../../polling-day/live/sse.js';
import { requireVote, VOTE_KIND_LABELS } from '../../polling-day/votes.js';
import type { AppOptions } from '../app.js';
import { actorOf, requirePermission, requireScope, requireUser } from '../context.js';
import { readVillage, writeVillage } from '../village-access.js';
import { voteParams } from './votes.js';

const tags = ['唱票录入'];
const entrySet = z.coerce
  .number({ error: '录入次序只能是 1（第一次录入）或 2（第二次录入）' })
  .int()
  .min(1, '录入次序只能是 1（第一次录入）或 2（第二次录入）')
  .max(2, '录入次序只能是 1（第一次录入）或 2（第二次录入）')
  .transform((n) => n as 1 | 2);
const boxParams = voteParams.extend({ placeId: z.string().min(1) });
const setParams = boxParams.extend({ entrySet });
const personIds = z
  .array(z.string().min(1, '选择：人员编号不能为空').max(100))
  .max(50, '选择：一个职位最多录 50 人');
const ballotBody = z.object({
  void: z.boolean().optional(),
  marks: z.record(z.string().min(1).max(50), personIds).optional(),
  recall: z.enum(['yes', 'no'], { error: '罢免表决只能是 yes（同意）或 no（不同意）' }).optional(),
});
const entryBody = z.object({
  seq: z
    .number({ error: '序号应为正整数' })
    .int('序号应为正整数')
    .min(1, '序号应为正整数')
    .max(1_000_000_000),
  ballot: ballotBody.optional(),
  undoes: z.number({ error: '撤销的序号应为正整数' }).int().min(1).optional(),
});
const note = (what: string) => z.string().trim().min(1, `请填写${what}`).max(500, `${what}最多 500 字`);

/** Users who may enter this village's ballots (for naming a set's clerk). */
async function enterers(db: AppOptions['database']['db'], villageCode: string) {
  const rows = await db
    .select({
      id: users.id,
      name: users.displayName,
      role: users.role,
      regionCode: users.regionCode,
      disabled: users.disabled,
    })
    .from(users);
  return rows
    .filter((u) => !u.disabled && can(u.role as Role, 'count.enter') && inScope(u.regionCode, villageCode))
    .map((u) => ({ id: u.id, name: u.name, role: u.role }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

export async function countEntryRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/votes/:voteId';
  app.addHook('onClose', async () => endAllStreams());

  /** Role and scope, then the vote from memory: no village lookup on the hot path. */
  const voteFor = async (
    req: FastifyRequest,
    p: { id: string; code: string; voteId: string },
    perm?: 'count.enter',
  ) => {
    const user = perm ? requirePermission(req, perm) : requireUser(req);
    requireScope(user, p.code);
    return { user, meta: await voteMeta(db, { roundId: p.id, villageCode: p.code }, p.voteId) };
  };

  r.get(
    `${base}/count`,
    {
      schema: {
        tags,
        summary: '计票：各票箱的录入进度、双人录入核对结果，以及可指定的计票人',
        params: voteParams,
      },
    },
    async (req) => {
      const { user, vr } = await readVillage(db, req, req.params);
      const vote = await requireVote(db, vr, req.params.voteId);
      const [boxes, clerks] = await Promise.all([boxStatuses(db, vr, vote), enterers(db, vr.villageCode)]);
      return {
        vote: {
          id: vote.id,
          kind: vote.kind,
          kindLabel: VOTE_KIND_LABELS[vote.kind],
          status: vote.status,
          countMode: vote.countMode,
          offices: vote.offices,
          candidates: vote.candidates,
        },
        boxes,
        clerks,
        me: { id: user.id },
      };
    },
  );

  r.get(
    `${base}/count/boxes/:placeId/sets/:entrySet`,
    {
      schema: {
        tags,
        summary: '一个票箱的一次录入：已录的选票（按唱票顺序）和下一个序号',
        params: setParams,
      },
    },
    async (req) => {
      const { meta } = await voteFor(req, req.params);
      return setView(db, meta, req.params.placeId, req.params.entrySet);
    },
  );

  r.post(
    `${base}/count/boxes/:placeId/sets/:entrySet/entries`,
    {
      schema: {
        tags,
        summary:
          '录入一张选票（按读出的原样：废票、空白票、各职位所选的人，或罢免表决的同意/不同意），或撤销一张；同一序号重发只记一次',
        params: setParams,
        body: entryBody,
      },
    },
    async (req) => {
      const { user, meta } = await voteFor(req, req.params, 'count.enter');
      return enterRow(
        db,
        { ...actorOf(user), id: user.id },
        meta,
        req.params.placeId,
        req.params.entrySet,
        req.body,
      );
    },
  );

  r.post(
    `${base}/count/boxes/:placeId/sets/:entrySet/close`,
    {
      schema: {
        tags,
        summary: '关闭录入：记录张数和录入记录的摘要；两次录入都关闭后自动核对',
        params: setParams,
      },
    },
    async (req) => {
      const { user, meta } = await voteFor(req, req.params, 'count.enter');
      const decides = can(user.role as Role, 'count.decide');
      return closeSet(db, { actor: actorOf(user), decides }, meta, req.params.placeId, req.params.entrySet);
    },
  );

  r.post(
    `${base}/count/boxes/:placeId/sets/:entrySet/reopen`,
    {
      schema: {
        tags,
        summary: '选委会重新打开已关闭的录入（须说明原因）',
        params: setParams,
        body: z.object({ reason: note('重新打开的原因') }),
      },
    },
    async (req) => {
      const { user } = await writeVillage(db, req, req.params, 'count.decide');
      const { meta } = await voteFor(req, req.params);
      await reopenSet(db, actorOf(user), meta, req.params.placeId, req.params.entrySet, req.body.reason);
      return { ok: true };
    },
  );

  r.post(
    `${base}/count/boxes/:placeId/accept`,
    {
      schema: {
        tags,
        summary: '两次录入不一致时，选委会复核选票后认定采用哪一次录入',
        params: boxParams,
        body: z.object({ entrySet, note: note('复核说明') }),
      },
    },
    async (req) => {
      const { user } = await writeVillage(db, req, req.params, 'count.decide');
      const { meta } = await voteFor(req, req.params);
      await acceptSet(db, actorOf(user), meta, req.params.placeId, req.body.entrySet, req.body.note);
      return { ok: true };
    },
  );

  r.put(
    `${base}/count/boxes/:placeId`,
    {
      schema: {
        tags,
        summary: '票箱设置：是否需要双人录入，指定（更换）两次录入的计票人',
        params: boxParams,
        body: z.object({
          doubleEntry: z.boolean().optional(),
          clerk1: z.string().min(1).nullable().optional(),
          clerk2: z.string().min(1).nullable().optional(),
        }),
      },
    },
    async (req) => {
      const { user } = await writeVillage(db, req, req.params, 'count.decide');
      const { meta } = await voteFor(req, req.params);
      await boxSettings(db, actorOf(user), meta, req.params.placeId, req.body);
      return { ok: true };
    },
  );

  r.get(
    `${base}/count/write-ins`,
    {
      schema: {
        tags,
        summary: '另选他人：按姓名或拼音首字母在本村公布的选民名单中查找',
        params: voteParams,
        querystring: z.object({ q: z.string().max(20).default('') }),
      },
    },
    async (req) => {
      const { meta } = await voteFor(req, req.params);
      return { items: await findWriteIns(db, meta, req.query.q) };
    },
  );

  r.get(
    `${base}/live`,
    {
      schema: {
        tags,
        summary: '大屏实时推送（text/event-stream）：先发全部得票，再发变化；每 15 秒一次心跳',
        params: voteParams,
      },
    },
    async (req, reply) => {
      const { meta } = await voteFor(req, req.params);
      await eventStream(reply, (send) => watchVote(db, meta, send));
    },
  );
}
