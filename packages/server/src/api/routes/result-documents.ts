/** 结果文书（issue 6）：一次投票计票后的选举结果报告单、选举结果公告，以及乡镇确认后的当选证书（PDF）。 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { certificatesPdf } from '../../documents/certificates.js';
import { resultAnnouncementPdf } from '../../documents/result-announcement.js';
import { certificateDoc, resultDoc } from '../../documents/result-data.js';
import { resultReportPdf } from '../../documents/result-report.js';
import type { AppOptions } from '../app.js';
import { readVillage } from '../village-access.js';
import { voteParams } from './votes.js';

const tags = ['结果文书'];
const pdf = { 'content-type': 'application/pdf' };

export async function resultDocumentRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/votes/:voteId';

  // The report and the announcement are posted and filed publicly: anyone who may read the village prints them.
  r.get(
    `${base}/report.pdf`,
    {
      schema: {
        tags,
        summary: '选举结果报告单（PDF：投票情况、是否有效及理由、各人得票和当选情况、监票人和计票人签名栏）',
        params: voteParams,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await resultReportPdf(await resultDoc(db, vr, req.params.voteId));
      return reply.headers(pdf).send(body);
    },
  );

  r.get(
    `${base}/announcement.pdf`,
    {
      schema: {
        tags,
        summary: '选举结果公告（PDF：每个人的得票和当选人名单，村民选举委员会落款）',
        params: voteParams,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await resultAnnouncementPdf(await resultDoc(db, vr, req.params.voteId));
      return reply.headers(pdf).send(body);
    },
  );

  r.get(
    `${base}/certificates.pdf`,
    {
      schema: {
        tags,
        summary: '当选证书（PDF：每个当选的人一页；乡镇确认选举结果后才能打印）',
        params: voteParams,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const body = await certificatesPdf(await certificateDoc(db, vr, req.params.voteId));
      return reply.headers(pdf).send(body);
    },
  );
}
