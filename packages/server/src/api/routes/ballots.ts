/** 选票（issue 5 item 9） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function ballotRoutes(_app: FastifyInstance, _opts: AppOptions) {}
