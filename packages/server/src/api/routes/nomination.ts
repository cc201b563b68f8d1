/** 提名（issue 5 items 4 and 6） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function nominationRoutes(_app: FastifyInstance, _opts: AppOptions) {}
