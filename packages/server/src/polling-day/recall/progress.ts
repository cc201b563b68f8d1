/**
 * H-1 for one request: how many have signed, of how many (the published list, or the village's
 * representatives), and the fewest that meet the rule set's share.
 */
import { type RecallProgress, recallSignatureProgress } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import type { VillageCtx } from '../../registration/village.js';
import { registeredCount } from '../votes.js';
import { representativeIds } from './rows.js';

export interface SignerPool {
  /** people on the published voter list */
  voters: number;
  /** village representatives, with their voter ids */
  representatives: string[];
}

export async function signerPool(db: Tx, vr: VillageCtx): Promise<SignerPool> {
  const [voters, representatives] = await Promise.all([registeredCount(db, vr), representativeIds(db, vr)]);
  return { voters, representatives };
}

export function progressOf(
  vr: VillageCtx,
  pool: SignerPool,
  signedBy: 'voters' | 'representatives',
  signers: number,
): RecallProgress {
  const whole = signedBy === 'voters' ? pool.voters : pool.representatives.length;
  return recallSignatureProgress(vr.ruleSet.recall, signedBy, signers, whole);
}
