/** Login, logout, who am I, password change. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyPassword } from '../../auth/password.js';
import { PERMISSIONS, permissionsOf } from '../../auth/roles.js';
import { createSession, deleteSession, SESSION_COOKIE, SESSION_HOURS } from '../../auth/sessions.js';
import { ApiError } from '../../http/errors.js';
import { changePassword, findUserByUsername } from '../../users/service.js';
import type { AppOptions } from '../app.js';
import { actorOf, requireUser } from '../context.js';
import { toUserDtos, userDto } from '../dto.js';

const loginBody = z.object({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(200),
});

export async function authRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;

  r.post(
    '/auth/login',
    {
      schema: {
        tags: ['登录'],
        summary: '登录（每个地址和用户名每分钟限次）',
        body: loginBody,
        response: { 200: z.object({ user: userDto }) },
      },
      config: {
        rateLimit: {
          max: opts.loginRateLimit ?? 10,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (req) =>
            `${req.ip}|${(req.body as { username?: string } | undefined)?.username ?? ''}`,
        },
      },
    },
    async (req, reply) => {
      const user = await findUserByUsername(db, req.body.username);
      // The same answer for an unknown name and a wrong password: names are not disclosed.
      const ok = user && !user.disabled && (await verifyPassword(req.body.password, user.passwordHash));
      if (!user || !ok) throw new ApiError(401, 'BAD_CREDENTIALS', '用户名或密码错误');
      const token = await createSession(db, user.id, new Date());
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: req.protocol === 'https',
        maxAge: SESSION_HOURS * 3600,
      });
      const [dto] = await toUserDtos(db, [user]);
      return { user: dto! };
    },
  );

  r.post('/auth/logout', { schema: { tags: ['登录'], summary: '退出登录' } }, async (req, reply) => {
    if (req.sessionToken) await deleteSession(db, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  r.get(
    '/auth/me',
    {
      schema: {
        tags: ['登录'],
        summary: '当前用户，及其角色可做的事（网页据此显示按钮；每个接口仍自行检查）',
        response: { 200: z.object({ user: userDto.extend({ permissions: z.array(z.enum(PERMISSIONS)) }) }) },
      },
    },
    async (req) => {
      const user = requireUser(req);
      const [dto] = await toUserDtos(db, [user]);
      return { user: { ...dto!, permissions: permissionsOf(user.role) } };
    },
  );

  r.post(
    '/auth/password',
    {
      schema: {
        tags: ['登录'],
        summary: '修改自己的密码',
        body: z.object({
          oldPassword: z.string().min(1, '请输入原密码'),
          newPassword: z.string().min(1, '请输入新密码').max(200),
        }),
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      await changePassword(db, actorOf(user), user.id, req.body.oldPassword, req.body.newPassword);
      return reply.code(204).send();
    },
  );
}
