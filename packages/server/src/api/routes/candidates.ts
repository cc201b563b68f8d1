/** 正式候选人名单（issue 5 item 7） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function candidateRoutes(_app: FastifyInstance, _opts: AppOptions) {}
