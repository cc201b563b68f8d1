/** User management by county and township offices, within their scope and below their rank. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES, type Role } from '../../auth/roles.js';
import type { Tx } from '../../db/connect.js';
import { forbidden } from '../../http/errors.js';
import {
  assertManageable,
  createUser,
  getUser,
  listUsers,
  resetPassword,
  updateUser,
} from '../../users/service.js';
import type { AppOptions } from '../app.js';
import { actorOf, requirePermission, requireScope } from '../context.js';
import { regionCode, toUserDtos, userDto } from '../dto.js';

/** The target user must be inside the manager's region and not of a higher office. */
async function manageableUser(db: Tx, req: FastifyRequest, id: string) {
  const manager = requirePermission(req, 'user.manage');
  const target = await getUser(db, id);
  requireScope(manager, target.regionCode);
  assertManageable(manager.role as Role, target.role as Role);
  return { manager, target };
}

export async function userRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const tags = ['用户'];
  const idParams = z.object({ id: z.string().min(1) });

  r.get(
    '/users',
    {
      schema: {
        tags,
        summary: '辖区内的用户',
        querystring: z.object({ region: regionCode.optional() }),
        response: { 200: z.object({ items: z.array(userDto) }) },
      },
    },
    async (req) => {
      const manager = requirePermission(req, 'user.manage');
      const region = req.query.region ?? manager.regionCode;
      requireScope(manager, region);
      return { items: await toUserDtos(db, await listUsers(db, region)) };
    },
  );

  r.post(
    '/users',
    {
      schema: {
        tags,
        summary: '新建用户（首次登录须改密码）',
        body: z.object({
          username: z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字、下划线、点或减号'),
          displayName: z.string().trim().min(1, '请填写姓名或单位').max(50),
          role: z.enum(ROLES),
          regionCode,
          password: z.string().min(1, '请设置初始密码').max(200),
        }),
        response: { 201: userDto },
      },
    },
    async (req, reply) => {
      const manager = requirePermission(req, 'user.manage');
      requireScope(manager, req.body.regionCode);
      assertManageable(manager.role as Role, req.body.role);
      const row = await createUser(db, actorOf(manager), req.body);
      const [dto] = await toUserDtos(db, [row]);
      return reply.code(201).send(dto!);
    },
  );

  r.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: '修改用户（姓名、角色、停用）',
        params: idParams,
        body: z.object({
          displayName: z.string().trim().min(1).max(50).optional(),
          role: z.enum(ROLES).optional(),
          disabled: z.boolean().optional(),
        }),
        response: { 200: userDto },
      },
    },
    async (req) => {
      const { manager, target } = await manageableUser(db, req, req.params.id);
      if (req.body.role) assertManageable(manager.role as Role, req.body.role);
      if (target.id === manager.id && (req.body.role || req.body.disabled))
        throw forbidden('不能修改自己的角色或停用自己');
      const [dto] = await toUserDtos(db, [await updateUser(db, actorOf(manager), target.id, req.body)]);
      return dto!;
    },
  );

  r.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: '重置用户密码（返回一次性临时密码）',
        params: idParams,
        response: { 200: z.object({ temporaryPassword: z.string() }) },
      },
    },
    async (req) => {
      const { manager, target } = await manageableUser(db, req, req.params.id);
      return { temporaryPassword: await resetPassword(db, actorOf(manager), target.id) };
    },
  );
}
