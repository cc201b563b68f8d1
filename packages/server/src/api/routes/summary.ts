/** 工作总结（issue 7）：乡镇或县的换届工作总结（DOCX），基本情况由统计数据生成，其余部分留待填写。 */
import { ageBandsProblem, DEFAULT_AGE_BANDS } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../http/errors.js';
import { chinaToday } from '../../registration/today.js';
import { summaryInput, summaryReport } from '../../summary/service.js';
import { summaryDocument } from '../../summary/text.js';
import type { AppOptions } from '../app.js';
import { roundArea } from '../round-area.js';

const tags = ['工作总结'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const bands = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (s === undefined || s.trim() === '') return [...DEFAULT_AGE_BANDS];
    const list = s
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map((x) => (/^\d+$/.test(x) ? Number(x) : Number.NaN));
    const problem = ageBandsProblem(list);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return list;
  });

export async function summaryRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;

  const query = z.object({
    area: z.string().regex(/^\d{6}(\d{3})?$/, '区域应为县（6 位）或乡镇（9 位）区划代码'),
    bands,
  });

  r.get(
    '/rounds/:id/summary.docx',
    {
      schema: {
        tags,
        summary:
          '乡镇或县的换届工作总结（DOCX）：基本情况由统计数据生成（与统计分析页数字一致），主要做法、存在问题附工作记录、信访和风险数字，其余留待填写',
        params: z.object({ id: z.string().min(1) }),
        querystring: query,
      },
    },
    async (req, reply) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      if (area.length > 9) throw badRequest('区域：工作总结按乡镇或县生成');
      const { doc, docx } = await summaryReport(db, round, area, req.query.bands, chinaToday());
      return reply
        .type(DOCX)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`${doc.title}.docx`)}`,
        )
        .send(docx);
    },
  );

  r.get(
    '/rounds/:id/summary',
    {
      schema: {
        tags,
        summary: '工作总结的文字（与 DOCX 相同的段落，供页面预览）',
        params: z.object({ id: z.string().min(1) }),
        querystring: query,
      },
    },
    async (req) => {
      const { round, area } = await roundArea(db, req, req.params.id, req.query.area);
      if (area.length > 9) throw badRequest('区域：工作总结按乡镇或县生成');
      return summaryDocument(await summaryInput(db, round, area, req.query.bands, chinaToday()));
    },
  );
}
