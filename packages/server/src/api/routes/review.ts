/** 联审（issue 5 item 5） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function reviewRoutes(_app: FastifyInstance, _opts: AppOptions) {}
