/** 日程（issue 5 item 1） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function scheduleRoutes(_app: FastifyInstance, _opts: AppOptions) {}
