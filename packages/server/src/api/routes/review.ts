/**
 * 联审（issue 5 item 5; D-9, D-10): the county's condition lists and departments for a round, each
 * department's verdict on each nominee (recorded by a county or township user on its behalf), one
 * village's review, the township's or county's board, and write-ins added for review after the vote.
 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inScope } from '../../auth/roles.js';
import type { Tx } from '../../db/connect.js';
import { forbidden } from '../../http/errors.js';
import { editConditionList, editDepartments, reviewSettingsOf } from '../../preparation/review/settings.js';
import { recordVerdict, withdrawVerdict } from '../../preparation/review/verdicts.js';
import { areaReviewBoard, villageReview } from '../../preparation/review/view.js';
import { addWriteIn } from '../../preparation/review/write-ins.js';
import { chinaToday } from '../../registration/today.js';
import { getRoundRow } from '../../rounds/service.js';
import type { AppOptions } from '../app.js';
import { actorOf, requirePermission, requireScope, requireUser } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const roundParams = z.object({ id: z.string().min(1) });
const listParams = roundParams.extend({ listId: z.string().min(1).max(40) });
const areaParams = roundParams.extend({
  code: z
    .string()
    .regex(/^(\d{6}|\d{9}|\d{12})$/, '区域代码应为县（6 位）、乡镇（9 位）或村（12 位）区划代码'),
});
const nomineeParams = villageParams.extend({ nomineeId: z.string().min(1).max(80) });
const verdictParams = nomineeParams.extend({ departmentId: z.string().min(1).max(40) });

const listBody = z.object({
  title: z.string().trim().min(1, '请填写清单名称').max(30, '清单名称不超过 30 字'),
  items: z
    .array(
      z.object({
        id: z.string().min(1).max(40).optional(),
        text: z.string().trim().min(1, '条目内容不能为空').max(200, '条目不超过 200 字'),
      }),
    )
    .max(30, '一个清单最多 30 条'),
});

const departmentsBody = z.object({
  departments: z
    .array(
      z.object({
        id: z.string().min(1).max(40).optional(),
        name: z.string().trim().min(1, '部门名称不能为空').max(30, '部门名称不超过 30 字'),
      }),
    )
    .min(1, '至少要有一个联审部门')
    .max(30, '联审部门最多 30 个'),
});

const verdictBody = z.object({
  verdict: z.enum(['pass', 'fail'], { error: '联审意见只能是 pass（通过）或 fail（不通过）' }),
  conditionItemId: z.string().min(1).max(40).optional(),
  note: z.string().trim().max(500, '说明不超过 500 字').optional(),
  decidedOn: civilDate.optional(),
});

const writeInBody = z.object({
  voterId: z.string().min(1, '请选择当选人'),
  office: z.string().min(1, '请选择当选的职务'),
});

/** A round is visible to users inside its region, and to users of a township or village it covers. */
async function visibleRound(db: Tx, req: FastifyRequest, id: string) {
  const user = requireUser(req);
  const round = await getRoundRow(db, id);
  if (!inScope(user.regionCode, round.regionCode) && !inScope(round.regionCode, user.regionCode))
    throw forbidden('无权查看该换届');
  return { user, round };
}

export async function reviewRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['联审'];

  /** The settings are the county office's: its role, and the round inside its county. */
  const countyOffice = async (req: FastifyRequest, id: string) => {
    const user = requirePermission(req, 'review.manage');
    const { round } = await visibleRound(db, req, id);
    requireScope(user, round.countyCode);
    return { user, round };
  };

  r.get(
    '/rounds/:id/review-settings',
    {
      schema: {
        tags,
        summary: '本次换届的联审条件清单（如四过硬、五不能、六不宜）和联审部门',
        params: roundParams,
      },
    },
    async (req) => {
      const { round } = await visibleRound(db, req, req.params.id);
      return reviewSettingsOf(db, round);
    },
  );

  r.put(
    '/rounds/:id/review-settings/lists/:listId',
    {
      schema: {
        tags,
        summary: '修改一个联审条件清单：增加、改写、删除条目（县换届办；留痕）',
        params: listParams,
        body: listBody,
      },
    },
    async (req) => {
      const { user, round } = await countyOffice(req, req.params.id);
      return editConditionList(db, actorOf(user), round, req.params.listId, req.body);
    },
  );

  r.put(
    '/rounds/:id/review-settings/departments',
    {
      schema: {
        tags,
        summary: '设定联审部门及其顺序（县换届办；各候选人的联审状态随之重算）',
        params: roundParams,
        body: departmentsBody,
      },
    },
    async (req) => {
      const { user, round } = await countyOffice(req, req.params.id);
      return editDepartments(db, actorOf(user), round, req.body.departments);
    },
  );

  r.get(
    '/rounds/:id/villages/:code/review',
    {
      schema: {
        tags,
        summary: '本村联审：各候选人（自荐人）× 各联审部门的意见',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return villageReview(db, vr, chinaToday());
    },
  );

  r.put(
    '/rounds/:id/villages/:code/review/:nomineeId/verdicts/:departmentId',
    {
      schema: {
        tags,
        summary: '代联审部门录入意见：通过，或不通过（写明不符合的条件和情况）',
        params: verdictParams,
        body: verdictBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'review.verdict');
      const today = chinaToday();
      return recordVerdict(
        db,
        actorOf(user),
        vr,
        req.params.nomineeId,
        req.params.departmentId,
        {
          verdict: req.body.verdict,
          conditionItemId: req.body.conditionItemId,
          note: req.body.note ?? null,
          decidedOn: (req.body.decidedOn ?? today) as IsoDate,
        },
        today,
      );
    },
  );

  r.delete(
    '/rounds/:id/villages/:code/review/:nomineeId/verdicts/:departmentId',
    {
      schema: { tags, summary: '撤回误录的联审意见', params: verdictParams },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'review.verdict');
      return withdrawVerdict(db, actorOf(user), vr, req.params.nomineeId, req.params.departmentId);
    },
  );

  r.post(
    '/rounds/:id/villages/:code/review/write-ins',
    {
      schema: {
        tags,
        summary: '登记另选他人当选的人员，投票后进行资格审查（D-9）',
        params: villageParams,
        body: writeInBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      return reply.code(201).send(await addWriteIn(db, actorOf(user), vr, req.body, chinaToday()));
    },
  );

  r.get(
    '/rounds/:id/areas/:code/review',
    {
      schema: {
        tags,
        summary: '联审进度：辖区内各村候选人 × 联审部门，各部门待审人数',
        params: areaParams,
      },
    },
    async (req) => {
      const user = requireUser(req);
      requireScope(user, req.params.code);
      const { round } = await visibleRound(db, req, req.params.id);
      return areaReviewBoard(db, round, req.params.code);
    },
  );
}
