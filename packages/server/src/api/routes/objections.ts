/** Objections (申诉) to a village's published voter list: file, decide, list (B-2, B-3). */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, type Role } from '../../auth/roles.js';
import type { SessionUser } from '../../auth/sessions.js';
import { maskIdNumber } from '../../registration/mask.js';
import { decideObjection, fileObjection, listObjections } from '../../registration/objections/service.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const objectionParams = villageParams.extend({ objectionId: z.string().min(1) });

const fileBody = z.object({
  filedOn: civilDate,
  filerName: z.string().trim().min(1, '请填写申诉人姓名').max(40),
  filerVoterId: z.string().min(1).nullish(),
  subjectVoterId: z.string().min(1).nullish(),
  subjectName: z.string().trim().max(40).nullish(),
  subjectIdNumber: z.string().trim().max(18).nullish(),
  claim: z.enum(['add', 'remove', 'correct'], {
    error: '申诉请求只能是 add（补登）、remove（除名）或 correct（更正）',
  }),
  content: z.string().trim().min(1, '请填写申诉内容').max(2000),
});

const correctionsBody = z
  .object({
    name: z.string().trim().min(1).max(40),
    sex: z.enum(['M', 'F'], { error: '性别只能是 M 或 F' }),
    birthDate: civilDate,
    idNumber: z.string().trim().length(18, '公民身份号码应为18位'),
    householdNo: z.string().trim().min(1).max(40),
    groupName: z.string().trim().min(1).max(40),
    relationToHead: z.string().trim().max(20),
  })
  .partial();

const decideBody = z.object({
  decision: z.enum(['upheld', 'rejected'], {
    error: '处理决定只能是 upheld（申诉成立）或 rejected（申诉不成立）',
  }),
  decisionNote: z.string().trim().min(1, '请填写处理意见').max(2000),
  decidedOn: civilDate.optional(),
  publishedOn: civilDate.nullish(),
  corrections: correctionsBody.optional(),
  subjectVoterId: z.string().min(1).nullish(),
});

/** The subject's 公民身份号码 whole only for callers who may see it, as on the voter list. */
function shown<T extends { subjectIdNumber: string | null }>(user: SessionUser, o: T): T {
  return can(user.role as Role, 'idnumber.view')
    ? o
    : { ...o, subjectIdNumber: maskIdNumber(o.subjectIdNumber) };
}

export async function objectionRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['选民登记'];
  const base = '/rounds/:id/villages/:code/objections';

  r.get(
    base,
    { schema: { tags, summary: '申诉列表（逾期未处理的标出 overdue 及逾期天数）', params: villageParams } },
    async (req) => {
      const { user, vr } = await readVillage(db, req, req.params);
      return { items: (await listObjections(db, vr, chinaToday())).map((o) => shown(user, o)) };
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: '登记申诉（超过申诉期限的登记为不予受理）',
        params: villageParams,
        body: fileBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      const { filedOn, ...rest } = req.body;
      const filed = await fileObjection(
        db,
        actorOf(user),
        vr,
        { ...rest, filedOn: filedOn as IsoDate },
        chinaToday(),
      );
      return reply.code(201).send({ ...shown(user, filed.objection), refusal: filed.refusal });
    },
  );

  r.post(
    `${base}/:objectionId/decision`,
    {
      schema: {
        tags,
        summary: '作出申诉处理决定并公布（成立的补登、除名或更正）',
        params: objectionParams,
        body: decideBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.decide');
      const today = chinaToday();
      const { decisionNote, decidedOn, publishedOn, ...rest } = req.body;
      const decided = await decideObjection(
        db,
        actorOf(user),
        vr,
        req.params.objectionId,
        {
          ...rest,
          note: decisionNote,
          decidedOn: (decidedOn ?? today) as IsoDate,
          publishedOn: (publishedOn ?? null) as IsoDate | null,
        },
        today,
      );
      return shown(user, decided);
    },
  );
}
