/** 村级组织班子：各组织成员、村级职务，及其任职回避检查（种子 003、C1-5、J2-1、J2-3）。 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addMember, endMember, removeMember } from '../../bodies/members.js';
import { RECORDED_POSTS } from '../../bodies/offices.js';
import { addPost, removePost } from '../../bodies/posts.js';
import { bodiesState } from '../../bodies/state.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['村级组织班子'];
const memberParams = villageParams.extend({ electionId: z.string().min(1), voterId: z.string().min(1) });
const post = z.enum(RECORDED_POSTS, { error: `职务只能是：${RECORDED_POSTS.join('、')}` });
const reason = z.string().trim().min(1, '请写明原因').max(500, '原因不超过500字');

export async function bodyRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/bodies';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '本村各组织成员（村党组织、村民委员会、村务监督委员会、经济合作社）、村级职务和任职回避检查',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return bodiesState(db, vr);
    },
  );

  r.post(
    `${base}/:electionId/members`,
    {
      schema: {
        tags,
        summary: '登记村党组织、村务监督委员会或经济合作社成员（村务监督委员会成员受 J2-1、J2-3 限制）',
        params: villageParams.extend({ electionId: z.string().min(1) }),
        body: z.object({
          voterId: z.string().min(1, '请选择成员'),
          office: z.string().min(1, '请选择职务'),
          since: civilDate,
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const row = await addMember(db, actorOf(user), vr, req.params.electionId, {
        ...req.body,
        since: req.body.since as IsoDate,
      });
      reply.code(201);
      return row;
    },
  );

  r.post(
    `${base}/:electionId/members/:voterId/end`,
    {
      schema: {
        tags,
        summary: '登记成员离任：辞职（H-9）或职务终止（H-4、H-5）',
        params: memberParams,
        body: z.object({
          status: z.enum(['resigned', 'terminated'], {
            error: '离任方式只能是 resigned（辞职）或 terminated（终止）',
          }),
          endedOn: civilDate,
          reason,
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      return endMember(db, actorOf(user), vr, req.params.electionId, req.params.voterId, {
        ...req.body,
        endedOn: req.body.endedOn as IsoDate,
      });
    },
  );

  r.post(
    `${base}/:electionId/members/:voterId/remove`,
    {
      schema: {
        tags,
        summary: '删除登记有误的成员（仅手工登记的成员；原因记入审计日志）',
        params: memberParams,
        body: z.object({ reason }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await removeMember(db, actorOf(user), vr, req.params.electionId, req.params.voterId, req.body.reason);
      return { ok: true };
    },
  );

  r.post(
    `${base}/posts`,
    {
      schema: {
        tags,
        summary:
          '登记村级职务（村文书、报账员、财务人员、集体经济组织负责人），用于村务监督委员会任职回避（J2-3）',
        params: villageParams,
        body: z.object({
          voterId: z.string().min(1, '请选择任职人员'),
          post,
          since: civilDate.optional(),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const row = await addPost(db, actorOf(user), vr, {
        voterId: req.body.voterId,
        post: req.body.post,
        since: req.body.since as IsoDate | undefined,
      });
      reply.code(201);
      return row;
    },
  );

  r.delete(
    `${base}/posts/:voterId/:post`,
    {
      schema: {
        tags,
        summary: '撤销一条村级职务登记',
        params: villageParams.extend({ voterId: z.string().min(1), post }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await removePost(db, actorOf(user), vr, req.params.voterId, req.params.post);
      return { ok: true };
    },
  );
}
