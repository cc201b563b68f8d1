/** 投票（issue 6）：本村各次投票（第一次投票、再次投票、另行选举、补选、罢免表决），以及开始第一次投票。 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  firstVotePlan,
  openFirstVote,
  requireVote,
  VOTE_KIND_LABELS,
  votesOf,
} from '../../polling-day/votes.js';
import { committeeElection } from '../../preparation/committee-election.js';
import type { AppOptions } from '../app.js';
import { actorOf } from '../context.js';
import { readVillage, villageParams, writeVillage } from '../village-access.js';

const tags = ['投票'];
export const voteParams = villageParams.extend({ voteId: z.string().min(1) });
const countMode = z.enum(['ballots', 'sheets'], {
  error: '计票方式只能是 ballots（逐票唱票录入）或 sheets（计票统计表）',
});

export async function voteRoutes(app: FastifyInstance, opts: AppOptions) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = opts.database;
  const base = '/rounds/:id/villages/:code/votes';

  r.get(
    base,
    {
      schema: {
        tags,
        summary: '本村村（居）委会选举的各次投票，以及开始第一次投票前还缺什么',
        params: villageParams,
      },
    },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const election = await committeeElection(db, vr);
      const [plan, votes] = await Promise.all([firstVotePlan(db, vr), votesOf(db, vr, election.id)]);
      return {
        electionId: election.id,
        firstVote: plan,
        // the stored result and scenario texts are for the documents and the download, not the list
        items: votes.map(({ resultJson: _r, scenarioJson: _s, ...v }) => ({
          ...v,
          kindLabel: VOTE_KIND_LABELS[v.kind],
        })),
      };
    },
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: '选举日开始第一次投票：按已审核的职数方案和已印制的选票确定职位和候选人，开始签到发票',
        params: villageParams,
        body: z.object({ countMode: countMode.default('ballots') }),
      },
    },
    async (req, reply) => {
      const { user, vr } = await writeVillage(db, req, req.params, 'count.decide');
      const vote = await openFirstVote(db, actorOf(user), vr, { countMode: req.body.countMode });
      reply.code(201);
      return { ...vote, kindLabel: VOTE_KIND_LABELS[vote.kind] };
    },
  );

  r.get(
    `${base}/:voteId`,
    { schema: { tags, summary: '一次投票：职位、候选人、状态和结果', params: voteParams } },
    async (req) => {
      const { vr } = await readVillage(db, req, req.params);
      const vote = await requireVote(db, vr, req.params.voteId);
      return { ...vote, kindLabel: VOTE_KIND_LABELS[vote.kind] };
    },
  );
}
