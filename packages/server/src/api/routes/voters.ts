/** The voter register (选民登记): import, the paged list, one person, 补登/除名, decisions, publication, A-3 check. */

import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { can, type Role } from '../../auth/roles.js';
import type { SessionUser } from '../../auth/sessions.js';
import { voterImports } from '../../db/schema.js';
import { badRequest, notFound } from '../../http/errors.js';
import { linkDecision, listDecisions, recordDecision } from '../../registration/decisions.js';
import { UnreadableFile } from '../../registration/import/read-sheet.js';
import { createImportJob, type Rejection, runImport } from '../../registration/import/run.js';
import { rejectionsXlsx, templateXlsx } from '../../registration/import/template.js';
import { changeListing } from '../../registration/list-changes.js';
import { maskIdNumber } from '../../registration/mask.js';
import { createVoter, updateVoter } from '../../registration/person.js';
import { publications, publishList } from '../../registration/publish.js';
import { listVoters, voterPage } from '../../registration/queries.js';
import { chinaToday } from '../../registration/today.js';
import { registeredTwice } from '../../registration/twice.js';
import type { AppOptions } from '../app.js';
import { actorOf, requirePermission, requireScope } from '../context.js';
import { regionCode } from '../dto.js';
import { civilDate, readVillage, villageParams, writeVillage } from '../village-access.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** a 100,000-row register is about 6 MB as xlsx and 12 MB as csv */
const UPLOAD_LIMIT = 64 * 1024 * 1024;

const voterParams = villageParams.extend({ voterId: z.string().min(1) });
const importParams = villageParams.extend({ importId: z.string().min(1) });
const decisionParams = villageParams.extend({ decisionId: z.string().min(1) });

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const personBody = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(40),
  sex: z.enum(['M', 'F'], { error: '性别只能是 M（男）或 F（女）' }),
  idNumber: text(18),
  birthDate: civilDate.nullish().transform((v) => v ?? null),
  householdNo: z.string().trim().min(1, '请填写户号').max(40),
  relationToHead: text(20),
  groupName: z.string().trim().min(1, '请填写村民小组').max(40),
  hukouInVillage: z.boolean(),
  livesInVillage: z.boolean(),
  awayTo: text(100),
  phone: text(30),
  ethnicity: text(20),
  politicalStatus: text(20),
  education: text(20),
  note: text(200),
  yearsInVillage: z
    .number()
    .int()
    .min(0)
    .max(150)
    .nullish()
    .transform((v) => v ?? null),
  villageWorkYears: z
    .number()
    .int()
    .min(0)
    .max(150)
    .nullish()
    .transform((v) => v ?? null),
  declaredOn: civilDate.nullish().transform((v) => v ?? null),
  appliedOn: civilDate.nullish().transform((v) => v ?? null),
  approvalDecisionId: text(64),
  deprivedOfPoliticalRights: z.boolean().default(false),
  lostCapacity: z.boolean().default(false),
  unreachable: z.boolean().default(false),
  extraCategory: text(40),
});

const changeBody = z.object({
  reason: z.string().trim().min(1, '请填写原因').max(500),
  changedOn: civilDate,
  objectionId: z.string().min(1).nullish(),
});

const listQuery = z.object({
  q: z.string().max(40).optional(),
  group: z.string().max(40).optional(),
  eligibility: z.enum(['eligible', 'ineligible']).optional(),
  category: z.string().max(40).optional(),
  listStatus: z.enum(['pending', 'listed', 'added', 'removed']).optional(),
  twice: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** Whole ID numbers only for callers who may see them. */
function shown<T extends { idNumber: string | null }>(user: SessionUser, v: T): T {
  return can(user.role as Role, 'idnumber.view') ? v : { ...v, idNumber: maskIdNumber(v.idNumber) };
}

export async function voterRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['选民登记'];
  const base = '/rounds/:id/villages/:code/voters';

  // Uploads come as the raw file body (no multipart): ?fileName=… names it.
  for (const type of ['application/octet-stream', XLSX, 'text/csv']) {
    if (!app.hasContentTypeParser(type))
      app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) =>
        done(null, body),
      );
  }

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '选民登记名单（搜索、筛选、分页）',
        params: villageParams,
        querystring: listQuery,
      },
    },
    async (req) => {
      const { user, vr } = await readVillage(db, req, req.params);
      const { twice, ...q } = req.query;
      const res = await listVoters(db, vr, { ...q, ...(twice !== undefined && { twice: twice === 'true' }) });
      return {
        total: res.total,
        page: q.page,
        pageSize: q.pageSize,
        items: res.items.map((v) => shown(user, v)),
      };
    },
  );

  r.post(
    base,
    { schema: { tags, summary: '手工登记一人', params: villageParams, body: personBody } },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      const row = await createVoter(db, actorOf(user), vr, req.body, chinaToday());
      return reply.code(201).send(shown(user, row));
    },
  );

  r.get(
    `${base}/template`,
    { schema: { tags, summary: '下载选民登记导入模板（xlsx）', params: villageParams } },
    async (req, reply) => {
      await readVillage(db, req, req.params);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('选民登记导入模板.xlsx')}`,
        )
        .send(await templateXlsx());
    },
  );

  r.post(
    `${base}/imports`,
    {
      bodyLimit: UPLOAD_LIMIT,
      schema: {
        tags,
        summary: '导入户籍登记（文件作为请求体；wait=true 时等导入完成再返回，否则返回任务编号供轮询）',
        params: villageParams,
        querystring: z.object({
          fileName: z.string().min(1, '请提供文件名').max(200),
          commitValid: z.enum(['true', 'false']).default('false'),
          wait: z.enum(['true', 'false']).default('false'),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw badRequest('请上传 .xlsx 或 .csv 文件');
      const actor = actorOf(user);
      const job = await createImportJob(db, vr, actor, req.query.fileName);
      const running = runImport(
        db,
        vr,
        actor,
        job,
        { buffer: req.body },
        {
          commitValid: req.query.commitValid === 'true',
          today: chinaToday(),
        },
      );
      if (req.query.wait !== 'true') {
        // the job row records the outcome; the web app polls GET …/imports/:importId
        running.catch((e) => req.log.warn({ err: e }, 'voter import failed'));
        return reply.code(202).send({ id: job.id, status: 'running' });
      }
      try {
        const result = await running;
        return reply.code(result.status === 'committed' ? 201 : 422).send({
          ...result,
          rejections: result.rejections.map(({ row, reasons }) => ({ row, reasons })),
          registeredTwice: result.registeredTwice.map((h) => shown(user, h)),
        });
      } catch (e) {
        if (e instanceof UnreadableFile) throw badRequest(e.message, 'UNREADABLE_FILE');
        throw e;
      }
    },
  );

  async function importJob(countyCode: string, id: string, villageCode: string) {
    const [job] = await db
      .select()
      .from(voterImports)
      .where(
        and(
          eq(voterImports.countyCode, countyCode),
          eq(voterImports.id, id),
          eq(voterImports.villageCode, villageCode),
        ),
      );
    if (!job) throw notFound(`没有编号为 ${id} 的导入任务`);
    return job;
  }

  r.get(
    `${base}/imports/:importId`,
    { schema: { tags, summary: '导入进度与结果', params: importParams } },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const job = await importJob(vr.countyCode, req.params.importId, vr.villageCode);
      const rejections = (job.rejections as Rejection[]).map(({ row, reasons }) => ({ row, reasons }));
      return { ...job, rejections };
    },
  );

  r.get(
    `${base}/imports/:importId/rejections`,
    { schema: { tags, summary: '下载未通过检查的行（原表加“错误原因”列）', params: importParams } },
    async (req, reply) => {
      const { vr } = await writeVillage(db, req, req.params, 'registration.write');
      const job = await importJob(vr.countyCode, req.params.importId, vr.villageCode);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`错误行-${job.fileName.replace(/\.\w+$/, '')}.xlsx`)}`,
        )
        .send(await rejectionsXlsx(job.rejections as Rejection[]));
    },
  );

  r.get(
    `${base}/:voterId`,
    { schema: { tags, summary: '一人的登记信息与变动历史', params: voterParams } },
    async (req) => {
      const { user, vr } = await readVillage(db, req, req.params);
      const page = await voterPage(db, vr, req.params.voterId);
      const mask = !can(user.role as Role, 'idnumber.view');
      // history entries carry whole rows: mask the ID numbers in them too
      const history = mask
        ? JSON.parse(
            JSON.stringify(page.history).replace(
              /"idNumber":"(\d{4})\d+(\w{4})"/g,
              (_m, a, b) => `"idNumber":"${maskIdNumber(`${a}0000000000${b}`)}"`,
            ),
          )
        : page.history;
      return { ...page, voter: shown(user, page.voter), history };
    },
  );

  r.put(
    `${base}/:voterId`,
    {
      schema: { tags, summary: '修改一人的登记信息（重新计算资格）', params: voterParams, body: personBody },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      return shown(
        user,
        await updateVoter(db, actorOf(user), vr, req.params.voterId, req.body, chinaToday()),
      );
    },
  );

  r.post(
    `${base}/:voterId/remove`,
    { schema: { tags, summary: '除名（写明原因和日期）', params: voterParams, body: changeBody } },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      const res = await changeListing(db, actorOf(user), vr, req.params.voterId, 'remove', req.body);
      return { ...res, voter: shown(user, res.voter) };
    },
  );

  r.post(
    `${base}/:voterId/add`,
    { schema: { tags, summary: '补登（写明原因和日期）', params: voterParams, body: changeBody } },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.write');
      const res = await changeListing(db, actorOf(user), vr, req.params.voterId, 'add', req.body);
      return { ...res, voter: shown(user, res.voter) };
    },
  );

  r.get(
    '/rounds/:id/villages/:code/publications',
    { schema: { tags, summary: '选民名单的公布记录', params: villageParams } },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return { items: await publications(db, vr) };
    },
  );

  r.post(
    '/rounds/:id/villages/:code/publications',
    {
      schema: {
        tags,
        summary: '公布选民名单（编选民号，检查是否在选举日前规定日数内）',
        params: villageParams,
        body: z.object({ publishedOn: civilDate }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.decide');
      return reply
        .code(201)
        .send(await publishList(db, actorOf(user), vr, req.body.publishedOn, chinaToday()));
    },
  );

  r.get(
    '/rounds/:id/villages/:code/decisions',
    { schema: { tags, summary: '村民会议/村民代表会议决定', params: villageParams } },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      return { items: await listDecisions(db, vr) };
    },
  );

  r.post(
    '/rounds/:id/villages/:code/decisions',
    {
      schema: {
        tags,
        summary: '记录村民会议/村民代表会议（或选委会）的决定',
        params: villageParams,
        body: z.object({
          body: z.enum(['villagers-meeting', 'representatives-meeting', 'election-committee'], {
            error: '决定机构只能是 villagers-meeting、representatives-meeting 或 election-committee',
          }),
          decidedOn: civilDate,
          subject: z.string().trim().min(1, '请填写决定事项').max(500),
          minutesRef: text(200),
        }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.decide');
      return reply.code(201).send(await recordDecision(db, actorOf(user), vr, req.body, chinaToday()));
    },
  );

  r.post(
    '/rounds/:id/villages/:code/decisions/:decisionId/voters',
    {
      schema: {
        tags,
        summary: '以该决定同意申请人（第三类或本省附加类别）参加选举',
        params: decisionParams,
        body: z.object({
          voterIds: z.array(z.string().min(1)).min(1, '请选择人员').max(5000),
          appliedOn: civilDate.nullish().transform((v) => v ?? null),
        }),
      },
    },
    async (req) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'registration.decide');
      const rows = await linkDecision(db, actorOf(user), vr, req.params.decisionId, req.body);
      return { items: rows.map((v) => shown(user, v)) };
    },
  );

  r.get(
    '/regions/:code/registered-twice',
    {
      schema: {
        tags,
        summary: '重复登记检查（同一公民身份号码登记在两个村）',
        params: z.object({ code: regionCode }),
      },
    },
    async (req) => {
      const user = requirePermission(req, 'registration.crosscheck');
      requireScope(user, req.params.code);
      const started = Date.now();
      const hits = await registeredTwice(db, { kind: 'region', code: req.params.code });
      // the other village may lie outside the caller's region: it is named, but its person is not shown
      return { ms: Date.now() - started, items: hits.map((h) => shown(user, h)) };
    },
  );
}
