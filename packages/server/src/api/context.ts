/**
 * Who is calling, and the checks every route makes: signed in, allowed by role, and the
 * region in the caller's scope. Routes call these before touching data.
 */
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/actor.js';
import { can, inScope, type Permission, type Role } from '../auth/roles.js';
import type { SessionUser } from '../auth/sessions.js';
import { forbidden, unauthorized } from '../http/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
  }
}

export function requireUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw unauthorized();
  return req.user;
}

export function requirePermission(req: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(req);
  if (!can(user.role as Role, permission)) throw forbidden('您的角色无权执行此操作');
  return user;
}

export function requireScope(user: SessionUser, regionCode: string): void {
  if (!inScope(user.regionCode, regionCode))
    throw forbidden(`无权访问区域 ${regionCode}：不在您的管辖范围内`);
}

export function actorOf(user: SessionUser): Actor {
  return { id: user.id, name: `${user.displayName}（${user.username}）` };
}
