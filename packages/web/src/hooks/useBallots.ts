// Reads of the ballots API (issue 5 item 9) for one village.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { type BallotLayout, type BallotsAnswer, ballotsApi } from '../components/ballots/model.js';
import type { VillageRef } from './useRegistration.js';

/** Every query here starts with this key, so a write invalidates them all. */
export const BALLOTS_KEY = 'ballots';

/** `layout`: preview a layout other than the saved one (the ballot model follows it). */
export function useBallots(ref: VillageRef, layout?: BallotLayout) {
  return useQuery({
    queryKey: [BALLOTS_KEY, ref.roundId, ref.code, layout ?? ''],
    queryFn: () => api.get<BallotsAnswer>(ballotsApi(ref.roundId, ref.code), { layout }),
    placeholderData: keepPreviousData,
  });
}
