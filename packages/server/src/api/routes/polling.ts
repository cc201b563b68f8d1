/** 投票安排（issue 5 item 8） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function pollingRoutes(_app: FastifyInstance, _opts: AppOptions) {}
