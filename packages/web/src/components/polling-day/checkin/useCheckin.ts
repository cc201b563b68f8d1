// Reads for the check-in page: the village's votes, and the live counts (refetched every 2.5 s).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { type CountsAnswer, checkinApi, type VotesAnswer, votesApi } from './model.js';

/** Every vote query starts with this key; opening or closing a vote invalidates it. */
export const VOTES_KEY = 'votes';
export const CHECKIN_KEY = 'checkin';
/** How often the desk's counts and last issues refresh (other desks issue too). */
export const COUNTS_REFRESH_MS = 2500;

export function useVotes(ref: VillageRef) {
  return useQuery({
    queryKey: [VOTES_KEY, ref.roundId, ref.code],
    queryFn: () => api.get<VotesAnswer>(votesApi(ref.roundId, ref.code)),
  });
}

export function useCheckinCounts(ref: VillageRef, voteId: string | null, placeId: string | null) {
  return useQuery({
    queryKey: [CHECKIN_KEY, ref.roundId, ref.code, voteId, 'counts', placeId ?? ''],
    queryFn: () => api.get<CountsAnswer>(`${checkinApi(ref.roundId, ref.code, voteId!)}/counts`, { placeId }),
    enabled: voteId !== null,
    refetchInterval: COUNTS_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}
