/** The printed 选民榜 (with 补登/除名 since publication) and the 选民证 of one village. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { voterCardsDocument, voterListDocument } from '../../registration/list-documents.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['选民登记'];
const docQuery = z.object({
  term: z.string().trim().min(1).max(20).optional(),
  pollingPlace: z.string().trim().min(1).max(60).optional(),
});
const pdf = { 'content-type': 'application/pdf' };

export async function voterDocumentRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;

  r.get(
    '/rounds/:id/villages/:code/voter-list.pdf',
    {
      schema: {
        tags,
        summary: '选民榜（PDF：按村民小组、姓氏笔画排列，附公布后的补登、除名）',
        params: villageParams,
        querystring: docQuery,
      },
    },
    async (req, reply) => {
      // The posted list is public: anyone who may read the village may print it.
      const { vr } = await readVillage(db, req, req.params);
      const body = await voterListDocument(db, vr, { ...req.query, today: chinaToday() });
      return reply.headers(pdf).send(body);
    },
  );

  r.get(
    '/rounds/:id/villages/:code/voter-cards.pdf',
    {
      schema: {
        tags,
        summary: '选民证（PDF，每张A4八张，带签到二维码）',
        params: villageParams,
        querystring: docQuery,
      },
    },
    async (req, reply) => {
      // A card gets its holder a ballot: printing cards is registration work, not a read.
      const { vr } = await writeVillage(db, req, req.params, 'registration.write');
      const body = await voterCardsDocument(db, vr, { ...req.query, today: chinaToday() });
      return reply.headers(pdf).send(body);
    },
  );
}
