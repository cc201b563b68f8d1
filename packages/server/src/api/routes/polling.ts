/** 投票安排（issue 5 item 8）：中心会场、投票站、流动票箱及其选民、工作人员、乡镇批准、公布和公告 PDF。 */
import { type IsoDate, STAFF_ROLES } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approveBox, returnBox } from '../../preparation/polling/approval.js';
import { pollingNoticeDocument } from '../../preparation/polling/documents.js';
import {
  addPlace,
  addStaff,
  deletePlace,
  removeStaff,
  setBoxVoters,
  setVenue,
  updatePlace,
} from '../../preparation/polling/edit.js';
import { publishPlan } from '../../preparation/polling/publish.js';
import { pollingState } from '../../preparation/polling/state.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['投票安排'];
const time = (field: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${field}应写成 HH:MM，如 08:00`);
const placeParams = villageParams.extend({ placeId: z.string().min(1) });
const staffParams = villageParams.extend({ staffId: z.string().min(1) });

const placeFields = {
  name: z.string().trim().min(1, '请填写名称').max(40, '名称不超过40字'),
  place: z.string().trim().max(100, '地点不超过100字').default(''),
  groups: z.array(z.string().trim().min(1).max(40)).max(100).optional(),
  route: z.string().trim().max(500, '路线不超过500字').nullable().optional(),
  opensAt: time('开始时间').nullable().optional(),
  closesAt: time('结束时间').nullable().optional(),
};

export async function pollingRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/polling';

  const view = async (vr: Parameters<typeof pollingState>[1]) => {
    const { election: _e, listed: _l, ...rest } = await pollingState(db, vr);
    const polling = vr.ruleSet.polling;
    return {
      ...rest,
      electionId: _e.id,
      rules: {
        mobileBoxMinStaff: polling.mobileBoxMinStaff,
        stationMinScrutineers: polling.stationMinScrutineers,
        mobileBoxNeedsTownshipApproval: polling.mobileBoxNeedsTownshipApproval,
        staffRecusal: polling.staffRecusal,
      },
    };
  };

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '投票安排：中心会场、投票站、流动票箱、各处选民人数、工作人员及回避提示、公布前须解决的问题',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return view(vr);
    },
  );

  r.put(
    `${base}/venue`,
    {
      schema: {
        tags,
        summary: '设置中心会场的地点和投票起止时间（日期为选举日）',
        params: villageParams,
        body: z.object({
          place: z.string().trim().min(1, '请填写中心会场地点').max(100, '地点不超过100字'),
          opensAt: time('开始时间'),
          closesAt: time('结束时间'),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return setVenue(db, actorOf(user), vr, req.body);
    },
  );

  r.post(
    `${base}/places`,
    {
      schema: {
        tags,
        summary: '新设投票站（服务哪些村民小组）或流动票箱（报乡镇批准）',
        params: villageParams,
        body: z.object({
          kind: z.enum(['station', 'mobile'], { error: '类型只能是 station（投票站）或 mobile（流动票箱）' }),
          ...placeFields,
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return reply.code(201).send(await addPlace(db, actorOf(user), vr, req.body));
    },
  );

  r.put(
    `${base}/places/:placeId`,
    {
      schema: {
        tags,
        summary: '修改投票站或流动票箱（流动票箱改了路线须重新报批）',
        params: placeParams,
        body: z.object(placeFields),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return updatePlace(db, actorOf(user), vr, req.params.placeId, req.body);
    },
  );

  r.delete(
    `${base}/places/:placeId`,
    {
      schema: { tags, summary: '撤销投票站或流动票箱（连同其工作人员和选民名单）', params: placeParams },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return deletePlace(db, actorOf(user), vr, req.params.placeId);
    },
  );

  r.put(
    `${base}/places/:placeId/voters`,
    {
      schema: {
        tags,
        summary: '确定使用流动票箱投票的选民（从选民名单中选，一人只用一个票箱）',
        params: placeParams,
        body: z.object({ voterIds: z.array(z.string().min(1)).max(2000, '一个流动票箱最多2000人') }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return setBoxVoters(db, actorOf(user), vr, req.params.placeId, req.body.voterIds);
    },
  );

  r.post(
    `${base}/places/:placeId/approve`,
    {
      schema: {
        tags,
        summary: '乡镇批准设立流动票箱（须已确定选民和足够的监票人，G-7）',
        params: placeParams,
        body: z.object({ note: z.string().trim().max(500).optional() }).optional(),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.approve');
      return approveBox(db, actorOf(user), vr, req.params.placeId, req.body?.note || null);
    },
  );

  r.post(
    `${base}/places/:placeId/return`,
    {
      schema: {
        tags,
        summary: '乡镇退回流动票箱申请（须写明意见）',
        params: placeParams,
        body: z.object({ note: z.string().trim().min(1, '请填写退回意见').max(500) }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.approve');
      return returnBox(db, actorOf(user), vr, req.params.placeId, req.body.note);
    },
  );

  r.post(
    `${base}/staff`,
    {
      schema: {
        tags,
        summary: '安排工作人员（候选人、自荐人及其近亲属按规则集回避，E-9）',
        params: villageParams,
        body: z.object({
          placeId: z.string().min(1, '请选择投票地点'),
          role: z.enum(STAFF_ROLES, {
            error: '职责只能是 host、chief-scrutineer、scrutineer、counter、caller、issuer、scribe',
          }),
          voterId: z.string().min(1, '请选择人员'),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return reply.code(201).send(await addStaff(db, actorOf(user), vr, req.body));
    },
  );

  r.delete(
    `${base}/staff/:staffId`,
    { schema: { tags, summary: '取消一项工作人员安排', params: staffParams } },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      return removeStaff(db, actorOf(user), vr, req.params.staffId);
    },
  );

  r.post(
    `${base}/publish`,
    {
      schema: {
        tags,
        summary: '公布投票安排（选举日前规定日数内，逾期照样公布但记为迟办，B-7）',
        params: villageParams,
        body: z.object({ publishedOn: civilDate.optional() }).optional(),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const today = chinaToday();
      const publishedOn = (req.body?.publishedOn ?? today) as IsoDate;
      return publishPlan(db, actorOf(user), vr, publishedOn, today);
    },
  );

  r.get(
    '/rounds/:id/villages/:code/polling-plan.pdf',
    {
      schema: {
        tags,
        summary: '投票选举公告（PDF：时间地点、投票站及其村民小组、流动票箱及其选民和监票人、工作人员）',
        params: villageParams,
      },
    },
    async (req, reply) => {
      // The notice is posted publicly: anyone who may read the village may print it.
      const { vr } = await readVillage(db, req, req.params);
      const body = await pollingNoticeDocument(db, vr, { today: chinaToday() });
      return reply.headers({ 'content-type': 'application/pdf' }).send(body);
    },
  );
}
