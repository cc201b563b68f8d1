/** 提名（issue 5 item 4）与亲属关系（item 6）：提名票、计票与差额、自荐、退出与递补、亲属关系。 */
import { type IsoDate, KIN_RELATIONS } from '@huanjie/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { voters } from '../../db/schema.js';
import {
  addRelation,
  deriveFromRegister,
  relationsOf,
  removeRelation,
} from '../../preparation/kinship/service.js';
import { nominationBallotsDocument } from '../../preparation/nomination/ballot-sheets.js';
import { deleteBallot, enterBallot } from '../../preparation/nomination/ballots.js';
import {
  confirmOffice,
  countNominations,
  reopenCount,
  setMargins,
} from '../../preparation/nomination/count.js';
import { selfNomineeListDocument } from '../../preparation/nomination/documents.js';
import { applySelfNomination, publishSelfNomineeList } from '../../preparation/nomination/self.js';
import { nominationState } from '../../preparation/nomination/state.js';
import { withdrawNominee } from '../../preparation/nomination/withdraw.js';
import { chinaToday } from '../../registration/today.js';
import { ON_LIST_STATUSES } from '../../registration/village-voters.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const ballotParams = villageParams.extend({ ballotId: z.string().min(1) });
const nomineeParams = villageParams.extend({ nomineeId: z.string().min(1) });
const voterParams = villageParams.extend({ voterId: z.string().min(1) });

const officeId = z.string().trim().min(1, '请选择职位').max(20);

const ballotBody = z.object({
  serial: z.string().trim().max(30, '提名票编号不超过 30 字').nullish(),
  voterId: z.string().min(1, '请选择提名人（填票的选民）'),
  entries: z
    .array(z.object({ office: officeId, voterId: z.string().min(1, '请选择被提名人') }))
    .max(40, '提名票：填写的人数过多'),
  castOn: civilDate.optional(),
  byProxy: z.boolean().optional(),
  recordAsVoid: z.boolean().optional(),
});

const kind = z.enum(KIN_RELATIONS, {
  error: '亲属关系只能是 spouse、parent、child、sibling、grandparent、grandchild 之一',
});

export async function nominationRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['提名'];
  const base = '/rounds/:id/villages/:code/nomination';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '提名情况：提名票、得票排名、差额检查、正式候选人、自荐人、退出与亲属关系提示',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return nominationState(db, vr, chinaToday());
    },
  );

  r.get(
    `${base}/people`,
    {
      schema: {
        tags,
        summary: '已公布选民名单上的人员（录入提名票、自荐报名时检索：选民号、姓名或拼音首字母）',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const items = await db
        .select({
          id: voters.id,
          voterNo: voters.voterNo,
          name: voters.name,
          initials: voters.nameInitials,
          sex: voters.sex,
          groupName: voters.groupName,
          householdNo: voters.householdNo,
        })
        .from(voters)
        .where(
          and(
            eq(voters.countyCode, vr.countyCode),
            eq(voters.roundId, vr.round.id),
            eq(voters.villageCode, vr.villageCode),
            inArray(voters.listStatus, [...ON_LIST_STATUSES]),
          ),
        );
      items.sort((a, b) => (a.voterNo ?? Number.MAX_SAFE_INTEGER) - (b.voterNo ?? Number.MAX_SAFE_INTEGER));
      return { items };
    },
  );

  r.post(
    `${base}/ballots`,
    {
      schema: {
        tags,
        summary: '录入一张提名票（每一选民一张；提名人数不超过应选职数；同一人两项职务的提名按规则集处理）',
        params: villageParams,
        body: ballotBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      const today = chinaToday();
      const row = await enterBallot(
        db,
        actorOf(user),
        vr,
        { ...req.body, castOn: (req.body.castOn ?? today) as IsoDate },
        today,
      );
      return reply.code(201).send(row);
    },
  );

  r.delete(
    `${base}/ballots/:ballotId`,
    { schema: { tags, summary: '删除录错的提名票（计票前）', params: ballotParams } },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      await deleteBallot(db, actorOf(user), vr, req.params.ballotId);
      return reply.code(204).send();
    },
  );

  r.post(
    `${base}/count`,
    {
      schema: {
        tags,
        summary: '统计提名结果（须过半数选民参加，按得票多少排名并确定正式候选人）',
        params: villageParams,
        body: z.object({ countedOn: civilDate.optional() }).optional(),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const today = chinaToday();
      return countNominations(db, actorOf(user), vr, (req.body?.countedOn ?? today) as IsoDate, today);
    },
  );

  r.post(
    `${base}/reopen`,
    {
      schema: {
        tags,
        summary: '撤销计票以更正提名票（尚无联审结论、无人退出、候选人名单未公布时）',
        params: villageParams,
        body: z.object({ reason: z.string().trim().min(1, '请写明撤销计票的原因').max(500) }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await reopenCount(db, actorOf(user), vr, req.body.reason);
      return reply.code(204).send();
    },
  );

  r.put(
    `${base}/margins`,
    {
      schema: {
        tags,
        summary: '确定各职位正式候选人的差额（在规则集范围内）',
        params: villageParams,
        body: z.object({
          margins: z.record(officeId, z.number().int('差额必须是整数').min(0, '差额不能小于 0').max(20)),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      return setMargins(db, actorOf(user), vr, req.body.margins);
    },
  );

  r.post(
    `${base}/confirm-office`,
    {
      schema: {
        tags,
        summary: '被提名为两项以上职务的人书面确认其中一项（其余提名视为放弃）',
        params: villageParams,
        body: z.object({
          voterId: z.string().min(1, '请选择被提名人'),
          office: officeId,
          confirmedOn: civilDate.optional(),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const today = chinaToday();
      await confirmOffice(
        db,
        actorOf(user),
        vr,
        { ...req.body, confirmedOn: (req.body.confirmedOn ?? today) as IsoDate },
        today,
      );
      return reply.code(204).send();
    },
  );

  r.post(
    `${base}/self-nominees`,
    {
      schema: {
        tags,
        summary: '登记自荐报名（本人报名、一个职位、在规定日期前）',
        params: villageParams,
        body: z.object({
          voterId: z.string().min(1, '请选择自荐人'),
          office: officeId,
          appliedOn: civilDate.optional(),
          byProxy: z.boolean().optional(),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      const today = chinaToday();
      const row = await applySelfNomination(
        db,
        actorOf(user),
        vr,
        { ...req.body, appliedOn: (req.body.appliedOn ?? today) as IsoDate },
        today,
      );
      return reply.code(201).send(row);
    },
  );

  r.post(
    `${base}/self-list/publish`,
    {
      schema: {
        tags,
        summary: '公布自荐人名单（按姓名笔画为序；完成日程中的“公布自荐人名单”）',
        params: villageParams,
        body: z.object({ publishedOn: civilDate.optional() }).optional(),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const today = chinaToday();
      return publishSelfNomineeList(
        db,
        actorOf(user),
        vr,
        (req.body?.publishedOn ?? today) as IsoDate,
        today,
      );
    },
  );

  r.get(
    '/rounds/:id/villages/:code/nomination/ballots.pdf',
    {
      schema: {
        tags,
        summary: '提名票（PDF，每名选民一张，印有职位、应选人数、提名规则和录入扫码用的二维码）',
        params: villageParams,
        querystring: z.object({ term: z.string().trim().min(1).max(20).optional() }),
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await nominationBallotsDocument(db, vr, { term: req.query.term });
      return reply.headers({ 'content-type': 'application/pdf' }).send(body);
    },
  );

  r.get(
    '/rounds/:id/villages/:code/self-nominees.pdf',
    {
      schema: {
        tags,
        summary: '自荐人名单公告（PDF，按姓名笔画为序）',
        params: villageParams,
        querystring: z.object({ term: z.string().trim().min(1).max(20).optional() }),
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await selfNomineeListDocument(db, vr, { today: chinaToday(), term: req.query.term });
      return reply.headers({ 'content-type': 'application/pdf' }).send(body);
    },
  );

  r.post(
    `${base}/nominees/:nomineeId/withdraw`,
    {
      schema: {
        tags,
        summary: '正式候选人（或自荐人）书面退出（在规定期限前；按得票多少依次递补）',
        params: nomineeParams,
        body: z.object({
          withdrawnOn: civilDate.optional(),
          reason: z.string().trim().min(1, '请填写书面退出申请的内容').max(500, '退出理由不超过 500 字'),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const today = chinaToday();
      return withdrawNominee(
        db,
        actorOf(user),
        vr,
        req.params.nomineeId,
        { withdrawnOn: (req.body.withdrawnOn ?? today) as IsoDate, reason: req.body.reason },
        today,
      );
    },
  );

  // 亲属关系（issue 5 item 6）
  const kinBase = '/rounds/:id/villages/:code/kinship';

  r.post(
    `${kinBase}/derive`,
    {
      schema: {
        tags,
        summary: '按户籍（户号和与户主关系）重新推算亲属关系',
        params: villageParams,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return deriveFromRegister(db, actorOf(user), vr);
    },
  );

  r.get(
    `/rounds/:id/villages/:code/voters/:voterId/relations`,
    { schema: { tags, summary: '一人的亲属关系（户籍推算和手工登记）', params: voterParams } },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return relationsOf(db, vr, req.params.voterId);
    },
  );

  r.post(
    `/rounds/:id/villages/:code/voters/:voterId/relations`,
    {
      schema: {
        tags,
        summary: '手工登记亲属关系（亲属是此人的什么人）',
        params: voterParams,
        body: z.object({ relatedVoterId: z.string().min(1, '请选择亲属'), kind }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      const row = await addRelation(db, actorOf(user), vr, { voterId: req.params.voterId, ...req.body });
      return reply.code(201).send(row);
    },
  );

  r.post(
    `/rounds/:id/villages/:code/voters/:voterId/relations/remove`,
    {
      schema: {
        tags,
        summary: '删除亲属关系（户籍推算的关系删除后不再推算，须写明原因）',
        params: voterParams,
        body: z.object({
          relatedVoterId: z.string().min(1, '请选择亲属'),
          reason: z.string().trim().min(1, '请写明删除的原因').max(500, '原因不超过 500 字'),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      await removeRelation(db, actorOf(user), vr, { voterId: req.params.voterId, ...req.body });
      return reply.code(204).send();
    },
  );
}
