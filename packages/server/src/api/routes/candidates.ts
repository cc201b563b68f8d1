/**
 * 正式候选人名单（issue 7 item 7）: the list by office in 姓氏笔画 order, its publication by E−5 (B-4;
 * late is recorded with the rule), the announcement and the candidates' introductions as PDFs, the
 * bios, and the candidates' meetings with villagers (D-3).
 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { saveBio } from '../../preparation/candidates/bios.js';
import { candidateBiosDocument, candidateListDocument } from '../../preparation/candidates/documents.js';
import { deleteMeeting, recordMeeting } from '../../preparation/candidates/meetings.js';
import { publishCandidateList } from '../../preparation/candidates/publish.js';
import { candidatesView } from '../../preparation/candidates/view.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const nomineeParams = villageParams.extend({ nomineeId: z.string().min(1).max(80) });
const meetingParams = villageParams.extend({ meetingId: z.string().min(1).max(80) });

const text = (max: number, name: string) => z.string().trim().max(max, `${name}不超过 ${max} 字`).optional();
const month = z.string().trim().max(7, '年月应写作 YYYY-MM');

const bioBody = z.object({
  education: text(20, '文化程度'),
  politicalStatus: text(20, '政治面貌'),
  currentPost: text(60, '现任职务'),
  experience: z
    .array(
      z.object({
        from: month,
        to: month.nullable().optional(),
        what: z.string().trim().max(80, '经历内容不超过 80 字'),
      }),
    )
    .max(12, '主要经历最多 12 行')
    .optional(),
  plans: text(800, '履职设想'),
  photoNote: text(40, '照片说明'),
});

const meetingBody = z.object({
  heldOn: civilDate,
  place: z.string().trim().min(1, '请填写见面地点').max(60, '地点不超过 60 字'),
  attendance: z.number().int('到会人数应为整数').min(0, '到会人数不能为负').max(100000, '到会人数过大'),
  candidateIds: z.array(z.string().min(1)).max(40).default([]),
  notes: text(1000, '见面情况'),
});

const docQuery = z.object({
  term: z.string().trim().min(1).max(20).optional(),
  date: civilDate.optional(),
});

export async function candidateRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['正式候选人'];
  const base = '/rounds/:id/villages/:code/candidates';
  const pdf = { 'content-type': 'application/pdf' };

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '本村正式候选人（自荐人）名单：按职务、姓氏笔画排序，公布期限和记录，见面会',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return candidatesView(db, vr, chinaToday());
    },
  );

  r.post(
    `${base}/publications`,
    {
      schema: {
        tags,
        summary: '公布正式候选人名单（选举日前5日内，逾期的记录为逾期并注明规则）',
        params: villageParams,
        body: z.object({ publishedOn: civilDate }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const row = await publishCandidateList(
        db,
        actorOf(user),
        vr,
        req.body.publishedOn as IsoDate,
        chinaToday(),
      );
      return reply.code(201).send(row);
    },
  );

  r.put(
    `${base}/:nomineeId/bio`,
    {
      schema: {
        tags,
        summary: '填写候选人简历（文化程度、政治面貌、现任职务、主要经历、履职设想）',
        params: nomineeParams,
        body: bioBody,
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      const { experience, ...rest } = req.body;
      return saveBio(db, actorOf(user), vr, req.params.nomineeId, {
        ...rest,
        ...(experience && { experience: experience.map((e) => ({ ...e, to: e.to ?? null })) }),
      });
    },
  );

  r.post(
    `${base}/meetings`,
    {
      schema: {
        tags,
        summary: '记录候选人与村民见面会（日期、地点、到会人数、情况，D-3）',
        params: villageParams,
        body: meetingBody,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      const row = await recordMeeting(
        db,
        actorOf(user),
        vr,
        { ...req.body, heldOn: req.body.heldOn as IsoDate, notes: req.body.notes ?? null },
        chinaToday(),
      );
      return reply.code(201).send(row);
    },
  );

  r.delete(
    `${base}/meetings/:meetingId`,
    { schema: { tags, summary: '删除误录的见面会记录', params: meetingParams } },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.write');
      await deleteMeeting(db, actorOf(user), vr, req.params.meetingId);
      return reply.code(204).send();
    },
  );

  r.get(
    '/rounds/:id/villages/:code/candidates.pdf',
    {
      schema: {
        tags,
        summary: '正式候选人（自荐人）名单公告（PDF，按姓氏笔画排序）',
        params: villageParams,
        querystring: docQuery,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await candidateListDocument(db, vr, { ...req.query, today: chinaToday() });
      return reply.headers(pdf).send(body);
    },
  );

  r.get(
    '/rounds/:id/villages/:code/candidate-bios.pdf',
    {
      schema: {
        tags,
        summary: '候选人（自荐人）简历（PDF，每人一页）',
        params: villageParams,
        querystring: docQuery,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await candidateBiosDocument(db, vr, { ...req.query, today: chinaToday() });
      return reply.headers(pdf).send(body);
    },
  );
}
