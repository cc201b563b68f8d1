/** 档案与工作移交（issue 7）：本村换届档案清单（系统数据证明的与人工登记的）、整村档案压缩包下载、新老班子工作移交（B-11）。 */
import type { IsoDate } from '@huanjie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { archiveChecklist, RECORDED_ITEMS, recordArchiveItem } from '../../archive/checklist.js';
import { HANDOVER_ITEMS, handoverView, saveHandover, startHandover } from '../../archive/handover.js';
import { notifyLateHandover } from '../../archive/late.js';
import { archiveZip } from '../../archive/zip.js';
import { chinaToday } from '../../registration/today.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['档案与工作移交'];
const name = (label: string) => z.string().trim().max(100, `${label}不超过100字`).nullish();
const handoverItem = z.enum(HANDOVER_ITEMS.map((i) => i.item) as [string, ...string[]], {
  error: `移交项目只能是：${HANDOVER_ITEMS.map((i) => `${i.item}（${i.title}）`).join('、')}`,
});

export async function archiveRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code';

  r.get(
    `${base}/archive`,
    {
      schema: {
        tags,
        summary: '本村换届档案清单：每项在档或缺失，及其来源（系统数据或人工登记）和可打印的文书',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const items = await archiveChecklist(db, vr);
      return {
        items,
        present: items.filter((i) => i.present).length,
        total: items.filter((i) => i.applicable).length,
        recordable: RECORDED_ITEMS,
      };
    },
  );

  r.put(
    `${base}/archive/:item`,
    {
      schema: {
        tags,
        summary: '登记一项人工管理的档案（选票封存、会议记录、照片视频等）在档或缺失（记入审计日志）',
        params: villageParams.extend({ item: z.string().min(1) }),
        body: z.object({
          present: z.boolean({ error: '是否在档：请选择在档或缺失' }),
          note: z.string().trim().max(500, '备注不超过500字').nullish(),
          recordedOn: civilDate.optional(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      return recordArchiveItem(db, actorOf(user), vr, req.params.item, {
        present: req.body.present,
        note: req.body.note ?? null,
        recordedOn: (req.body.recordedOn ?? chinaToday()) as IsoDate,
      });
    },
  );

  r.get(
    `${base}/archive.zip`,
    {
      schema: {
        tags,
        summary:
          '下载本村整套换届档案（zip）：各类公告和名单、结果报告单、当选证书（PDF），每次投票的计票数据（huanjie-scenario/1）和结果，档案清单和移交情况（xlsx），以及 manifest 目录',
        params: villageParams,
      },
    },
    async (req, reply) => {
      const { vr } = await readVillage(db, req, req.params);
      const { stream, fileName } = await archiveZip(db, vr, chinaToday());
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(stream);
    },
  );

  r.get(
    `${base}/handover`,
    {
      schema: {
        tags,
        summary:
          '本村新老班子工作移交：产生之日、应完成日期（B-11）、移交清单、移交人/接收人/监交人、是否逾期',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const view = await handoverView(db, vr, chinaToday());
      await notifyLateHandover(db, vr, view);
      return view;
    },
  );

  r.post(
    `${base}/handover`,
    {
      schema: {
        tags,
        summary: '根据乡镇确认的选举结果开始工作移交（应完成日期按 B-11 计算；记入审计日志）',
        params: villageParams,
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      await startHandover(db, actorOf(user), vr);
      reply.code(201);
      return handoverView(db, vr, chinaToday());
    },
  );

  r.put(
    `${base}/handover`,
    {
      schema: {
        tags,
        summary:
          '保存移交清单和签字人；填写完成日期须全部项目已移交并有移交人、接收人、监交人（记入审计日志）',
        params: villageParams,
        body: z.object({
          checklist: z
            .array(
              z.object({
                item: handoverItem,
                done: z.boolean(),
                note: z.string().trim().max(300, '说明不超过300字').nullish(),
              }),
            )
            .max(HANDOVER_ITEMS.length, '移交清单项目过多'),
          outgoing: name('移交人'),
          incoming: name('接收人'),
          witness: name('监交人'),
          completedOn: civilDate.nullish(),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'preparation.decide');
      const today = chinaToday();
      await saveHandover(
        db,
        actorOf(user),
        vr,
        {
          checklist: req.body.checklist.map((c) => ({
            item: c.item as (typeof HANDOVER_ITEMS)[number]['item'],
            done: c.done,
            ...(c.note ? { note: c.note } : {}),
          })),
          outgoing: req.body.outgoing ?? null,
          incoming: req.body.incoming ?? null,
          witness: req.body.witness ?? null,
          completedOn: (req.body.completedOn ?? null) as IsoDate | null,
        },
        today,
      );
      const view = await handoverView(db, vr, today);
      await notifyLateHandover(db, vr, view);
      return view;
    },
  );
}
