/** 职数方案（issue 5 item 3） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function seatPlanRoutes(_app: FastifyInstance, _opts: AppOptions) {}
