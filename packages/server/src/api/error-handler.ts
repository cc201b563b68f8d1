/** Every error leaves the API as `{ code, message }` with a Chinese message naming the field. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError } from '../http/errors.js';
import { fieldLabel } from '../http/field-names.js';

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof ApiError) {
      return reply.code(err.status).send({ code: err.code, message: err.message });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const messages = err.validation.map((v) => {
        const path = v.instancePath.split('/').filter(Boolean);
        return `${fieldLabel(path)}：${v.message}`;
      });
      return reply.code(400).send({ code: 'VALIDATION', message: messages.join('；') });
    }
    if (err.statusCode === 429) {
      return reply.code(429).send({ code: 'RATE_LIMITED', message: '尝试次数过多，请稍后再试' });
    }
    if (err.statusCode && err.statusCode < 500) {
      return reply
        .code(err.statusCode)
        .send({ code: err.code ?? 'BAD_REQUEST', message: `请求无效：${err.message}` });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ code: 'INTERNAL', message: '服务器内部错误，请稍后重试或联系管理员' });
  });
}
