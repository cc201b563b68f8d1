/** 村民选举委员会（issue 5 item 2） */
import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';

export async function electionCommitteeRoutes(_app: FastifyInstance, _opts: AppOptions) {}
