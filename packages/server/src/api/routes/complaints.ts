/** 信访件（申诉/信访/举报）：登记、交办、答复、办结、上报，办理时限与逾期检查（种子 §8.7、B-2、B-3）。 */
import { COMPLAINT_CATEGORY_IDS, type IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OUTCOMES } from '../../complaints/labels.js';
import { limitsOf, setCountyLimit } from '../../complaints/limits.js';
import { checkOverdue } from '../../complaints/overdue.js';
import {
  assignHandler,
  closeComplaint,
  complaintCounts,
  complaintDetail,
  escalateComplaint,
  handlersFor,
  listComplaints,
  openRiskFromComplaint,
  registerComplaint,
  replyComplaint,
} from '../../complaints/service.js';
import { COMPLAINT_CHANNELS, COMPLAINT_STATUSES } from '../../db/schema.js';
import { forbidden } from '../../http/errors.js';
import { chinaToday } from '../../registration/today.js';
import { RISK_ITEM_CATEGORIES } from '../../risk/labels.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { areaCode, roundArea } from '../round-area.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['信访件'];
const category = z.enum(COMPLAINT_CATEGORY_IDS, {
  error: `类别只能是：${COMPLAINT_CATEGORY_IDS.join('、')}`,
});
const idParams = z.object({ id: z.string().min(1) });
const complaintParams = villageParams.extend({ complaintId: z.string().min(1) });
const note = z.string().trim().max(1000, '说明不超过1000字');

export const riskItemBody = z.object({
  title: z.string().trim().min(1, '请填写风险点').max(200, '风险点不超过200字'),
  category: z.enum(RISK_ITEM_CATEGORIES, { error: `风险类别只能是：${RISK_ITEM_CATEGORIES.join('、')}` }),
  level: z.enum(['red', 'orange', 'green'], { error: '等级只能是 red、orange 或 green' }),
  owner: z.string().trim().min(1, '请填写责任人').max(100, '责任人不超过100字'),
  measures: z.string().trim().max(1000, '防控措施不超过1000字').optional(),
  dueOn: civilDate,
  foundOn: civilDate.optional(),
});

export async function complaintRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/complaints';

  r.get(
    '/rounds/:id/complaints',
    {
      schema: {
        tags,
        summary: '本区域的信访件（先做逾期检查：逾期未办结的自动上报县换届办并通知）及按类别、状态的件数',
        params: idParams,
        querystring: z.object({
          area: areaCode.optional(),
          status: z.enum(COMPLAINT_STATUSES).optional(),
          category: category.optional(),
          village: z
            .string()
            .regex(/^\d{12}$/, '村级区划代码应为 12 位数字')
            .optional(),
          overdue: z.enum(['true', 'false']).optional(),
        }),
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      const village = req.query.village;
      if (village && !village.startsWith(area))
        throw forbidden(`村 ${village} 不在区域 ${area} 内，无权访问`);
      const today = chinaToday();
      await checkOverdue(db, { countyCode: round.countyCode, roundId: round.id, area }, today, new Date());
      const [items, counts, limits] = await Promise.all([
        listComplaints(
          db,
          round,
          area,
          {
            status: req.query.status,
            category: req.query.category,
            village,
            overdue: req.query.overdue === 'true',
          },
          today,
        ),
        complaintCounts(db, round, area, today),
        limitsOf(db, round),
      ]);
      return { area, today, items, counts, limits };
    },
  );

  r.post(
    '/rounds/:id/complaints/check-overdue',
    {
      schema: {
        tags,
        summary: '逾期检查：逾期未办结的信访件上报县换届办并通知（每件只上报、通知一次），即将到期的提醒乡镇',
        params: idParams,
        body: z.object({ area: areaCode.optional() }).optional(),
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.body?.area, 'oversight.handle');
      return checkOverdue(
        db,
        { countyCode: round.countyCode, roundId: round.id, area },
        chinaToday(),
        new Date(),
      );
    },
  );

  r.get(
    '/rounds/:id/complaints/limits',
    {
      schema: {
        tags,
        summary: '各类信访件的办理时限及依据（选民名单异议 B-3；其他类别县可另定，默认见规则集）',
        params: idParams,
        querystring: z.object({ area: areaCode.optional() }),
      },
    },
    async (req) => {
      const { round } = await roundArea(db, req, req.params.id, req.query.area);
      return { items: await limitsOf(db, round) };
    },
  );

  r.put(
    '/rounds/:id/complaints/limits',
    {
      schema: {
        tags,
        summary: '县换届办设定某类信访件的办理时限（天）；days 为 null 时恢复规则集的默认时限',
        params: idParams,
        body: z.object({
          category,
          days: z
            .int('办理时限须为整数天')
            .min(1, '办理时限至少 1 天')
            .max(90, '办理时限不超过 90 天')
            .nullable(),
        }),
      },
    },
    async (req) => {
      const { user, round } = await roundArea(db, req, req.params.id, undefined, 'complaint.limits');
      return { items: await setCountyLimit(db, actorOf(user), round, req.body.category, req.body.days) };
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: '登记信访件：信访人、来源渠道、类别、反映问题；办理时限按类别自收到之日起计算（C-3）',
        params: villageParams,
        body: z.object({
          receivedOn: civilDate,
          channel: z.enum(COMPLAINT_CHANNELS, { error: `来源渠道只能是：${COMPLAINT_CHANNELS.join('、')}` }),
          category,
          anonymous: z.boolean().default(false),
          complainantName: z.string().trim().max(50, '姓名不超过50字').optional(),
          complainantPhone: z.string().trim().max(30, '联系电话不超过30字').optional(),
          summary: z.string().trim().min(1, '请填写反映的问题').max(2000, '反映问题不超过2000字'),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      const row = await registerComplaint(
        db,
        actorOf(user),
        vr,
        { ...req.body, receivedOn: req.body.receivedOn as IsoDate },
        chinaToday(),
      );
      return reply.code(201).send(row);
    },
  );

  r.get(
    `${base}/:complaintId`,
    {
      schema: {
        tags,
        summary: '一件信访件：办理经过、本村风险等级和关联的风险点',
        params: complaintParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return complaintDetail(db, vr, req.params.complaintId, chinaToday());
    },
  );

  r.get(
    '/rounds/:id/villages/:code/complaint-handlers',
    {
      schema: { tags, summary: '可承办本村信访件的人员（所在乡镇、县换届办的用户）', params: villageParams },
    },
    async (req) => {
      await writeVillage(db, req, req.params, 'oversight.handle');
      return { items: await handlersFor(db, req.params.code) };
    },
  );

  r.post(
    `${base}/:complaintId/assign`,
    {
      schema: {
        tags,
        summary: '交办：指定承办人（待办理转为办理中）',
        params: complaintParams,
        body: z.object({ handlerId: z.string().min(1, '请选择承办人') }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      return assignHandler(db, actorOf(user), vr, req.params.complaintId, req.body.handlerId, chinaToday());
    },
  );

  r.post(
    `${base}/:complaintId/reply`,
    {
      schema: {
        tags,
        summary: '答复信访人：办理结果和答复意见',
        params: complaintParams,
        body: z.object({
          outcome: z.enum(OUTCOMES, { error: `办理结果只能是：${OUTCOMES.join('、')}` }),
          replyText: z.string().trim().min(1, '请填写答复意见').max(2000, '答复意见不超过2000字'),
          repliedOn: civilDate,
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      return replyComplaint(
        db,
        actorOf(user),
        vr,
        req.params.complaintId,
        { ...req.body, repliedOn: req.body.repliedOn as IsoDate },
        chinaToday(),
      );
    },
  );

  r.post(
    `${base}/:complaintId/close`,
    {
      schema: {
        tags,
        summary: '办结（已答复的信访件）',
        params: complaintParams,
        body: z.object({ note: note.optional() }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      return closeComplaint(
        db,
        actorOf(user),
        vr,
        req.params.complaintId,
        req.body.note || null,
        chinaToday(),
      );
    },
  );

  r.post(
    `${base}/:complaintId/escalate`,
    {
      schema: {
        tags,
        summary: '上报县换届办（重大投诉及时上报）并通知县换届办',
        params: complaintParams,
        body: z.object({ note: note.min(1, '请写明上报原因') }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      return escalateComplaint(
        db,
        actorOf(user),
        vr,
        req.params.complaintId,
        req.body.note,
        chinaToday(),
        new Date(),
      );
    },
  );

  r.post(
    `${base}/:complaintId/risk-item`,
    {
      schema: {
        tags,
        summary: '由信访件列入风险台账：新建风险点并关联',
        params: complaintParams,
        body: riskItemBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'oversight.handle');
      const today = chinaToday();
      const out = await openRiskFromComplaint(
        db,
        actorOf(user),
        vr,
        req.params.complaintId,
        {
          ...req.body,
          dueOn: req.body.dueOn as IsoDate,
          foundOn: (req.body.foundOn ?? today) as IsoDate,
        },
        today,
      );
      return reply.code(201).send(out);
    },
  );
}
