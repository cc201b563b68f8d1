/** 村民选举委员会（issue 5 item 2）：推选结果、回避与递补、公告。 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SELECTION_BODIES } from '../../db/schema.js';
import { committeeListDocument, publishCommittee } from '../../preparation/committee/publish.js';
import { recordReselection, recordSelection } from '../../preparation/committee/select.js';
import { committeeView, committeeWarnings } from '../../preparation/committee/view.js';
import { fillVacancy, setChair, withdrawMember } from '../../preparation/committee/withdraw.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const memberParams = villageParams.extend({ memberId: z.string().min(1) });

const body = z.enum(SELECTION_BODIES, {
  error:
    '推选会议只能是 villagers-meeting（村民会议）、representatives-meeting（村民代表会议）或 group-meetings（各村民小组会议）',
});
const votes = z.number().int('得票数必须是整数').min(0, '得票数不能小于 0').nullish();
const meeting = {
  body,
  heldOn: civilDate,
  minutesRef: z.string().trim().max(100, '会议记录编号不超过 100 字').nullish(),
  note: z.string().trim().max(500, '备注不超过 500 字').nullish(),
};

const selectionBody = z.object({
  ...meeting,
  people: z
    .array(
      z.object({
        voterId: z.string().min(1, '请选择人员'),
        role: z.enum(['chair', 'member', 'alternate'], {
          error: '职务只能是 chair（主任）、member（委员）或 alternate（候补）',
        }),
        votes,
      }),
    )
    .min(1, '推选结果：请至少填写一名人员')
    .max(60, '推选结果：人数过多'),
});

const reselectionBody = z.object({
  ...meeting,
  people: z
    .array(z.object({ voterId: z.string().min(1, '请选择人员'), votes }))
    .min(1, '另行推选：请至少填写一名人员')
    .max(30, '另行推选：人数过多'),
});

const withdrawBody = z.object({
  withdrawnOn: civilDate,
  kind: z.enum(['recusal', 'resigned', 'other'], {
    error: '退出原因只能是 recusal（依法回避）、resigned（本人辞去）或 other（其他原因）',
  }),
  reason: z.string().trim().max(500, '退出原因不超过 500 字').nullish(),
  fill: z.boolean().default(false),
});

export async function electionCommitteeRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['村民选举委员会'];
  const base = '/rounds/:id/villages/:code/election-committee';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '村民选举委员会：推选会议、成员与候补（按推选顺序）、人数和回避检查、应递补人员、公告记录',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return committeeView(db, vr);
    },
  );

  r.get(
    `${base}/warnings`,
    {
      schema: {
        tags,
        summary: '村民选举委员会的提醒数（应回避未退出的成员、空缺、无主任），供其他页面显示',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return committeeWarnings(db, vr);
    },
  );

  r.put(
    base,
    {
      schema: {
        tags,
        summary:
          '记录（或在无人退出前更正）推选会议和推选结果：按推选顺序的主任、委员和候补；人数按规则集检查',
        params: villageParams,
        body: selectionBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const { advisories } = await recordSelection(
        db,
        actorOf(user),
        vr,
        { ...req.body, heldOn: req.body.heldOn as IsoDate },
        chinaToday(),
      );
      return { ...(await committeeView(db, vr)), advisories };
    },
  );

  r.post(
    `${base}/reselections`,
    {
      schema: {
        tags,
        summary: '另行推选：新推选的人员按顺序列在原推选结果之后，用于递补空缺（C2-3）',
        params: villageParams,
        body: reselectionBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await recordReselection(
        db,
        actorOf(user),
        vr,
        { ...req.body, heldOn: req.body.heldOn as IsoDate },
        chinaToday(),
      );
      return reply.code(201).send(await committeeView(db, vr));
    },
  );

  r.post(
    `${base}/members/:memberId/withdraw`,
    {
      schema: {
        tags,
        summary: '成员退出选举委员会（依法回避须有规则依据），可同时由下一名候补递补',
        params: memberParams,
        body: withdrawBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const result = await withdrawMember(
        db,
        actorOf(user),
        vr,
        req.params.memberId,
        { ...req.body, withdrawnOn: req.body.withdrawnOn as IsoDate },
        chinaToday(),
      );
      return { ...(await committeeView(db, vr)), filledBy: result.filledBy?.name ?? null };
    },
  );

  r.post(
    `${base}/fill`,
    {
      schema: {
        tags,
        summary: '递补空缺：按原推选结果依次由下一名候补递补（C2-3）',
        params: villageParams,
        body: z.object({
          vacatedId: z.string().min(1, '请选择空缺的职位'),
          alternateId: z.string().min(1, '请选择递补人员'),
          filledOn: civilDate,
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await fillVacancy(
        db,
        actorOf(user),
        vr,
        { ...req.body, filledOn: req.body.filledOn as IsoDate },
        chinaToday(),
      );
      return committeeView(db, vr);
    },
  );

  r.post(
    `${base}/chair`,
    {
      schema: {
        tags,
        summary: '主任退出后，在现任成员中推选主任（C2-1）',
        params: villageParams,
        body: z.object({
          memberId: z.string().min(1, '请选择主任'),
          chosenOn: civilDate,
          note: z.string().trim().max(500, '备注不超过 500 字').nullish(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await setChair(
        db,
        actorOf(user),
        vr,
        { ...req.body, chosenOn: req.body.chosenOn as IsoDate },
        chinaToday(),
      );
      return committeeView(db, vr);
    },
  );

  r.post(
    `${base}/publications`,
    {
      schema: {
        tags,
        summary: '公布村民选举委员会成员名单（并报乡镇备案，C2-4）；有未解决的问题时不能公布',
        params: villageParams,
        body: z.object({ publishedOn: civilDate }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await publishCommittee(db, actorOf(user), vr, req.body.publishedOn as IsoDate, chinaToday());
      return reply.code(201).send(await committeeView(db, vr));
    },
  );

  r.get(
    '/rounds/:id/villages/:code/election-committee.pdf',
    {
      schema: {
        tags,
        summary: '村民选举委员会成员名单公告（PDF）',
        params: villageParams,
        querystring: z.object({
          date: civilDate.optional(),
          term: z.string().trim().min(1).max(20).optional(),
        }),
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const pdf = await committeeListDocument(db, vr, { ...req.query, today: chinaToday() });
      return reply.headers({ 'content-type': 'application/pdf' }).send(pdf);
    },
  );
}
