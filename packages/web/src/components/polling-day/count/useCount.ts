// Reads for the count page: the village's votes, the boxes of one vote, one entry set, write-in lookup.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api.js';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import {
  COUNT_KEY,
  type CountAnswer,
  type SetView,
  setApi,
  type VotesList,
  votesApi,
  type WriteInMatch,
} from './model.js';

/** The boxes' progress refreshes this often (other clerks enter at the same time). */
const BOXES_REFRESH_MS = 3000;

export function useVotesList(ref: VillageRef) {
  return useQuery({
    // the check-in page's key: opening or closing a vote refreshes both
    queryKey: ['votes', ref.roundId, ref.code],
    queryFn: () => api.get<VotesList>(votesApi(ref.roundId, ref.code)),
  });
}

export function useCountBoxes(vote: string | null) {
  return useQuery({
    queryKey: [COUNT_KEY, vote, 'boxes'],
    queryFn: () => api.get<CountAnswer>(`${vote}/count`),
    enabled: vote !== null,
    refetchInterval: BOXES_REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export function useSetView(vote: string, placeId: string, entrySet: 1 | 2) {
  return useQuery({
    queryKey: [COUNT_KEY, vote, 'set', placeId, entrySet],
    queryFn: () => api.get<SetView>(setApi(vote, placeId, entrySet)),
    // the queue owns the list once it is open: no refetch under the clerk's hands
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnMount: 'always',
  });
}

export function useWriteIns(vote: string, q: string) {
  return useQuery({
    queryKey: [COUNT_KEY, vote, 'write-ins', q],
    queryFn: () => api.get<{ items: WriteInMatch[] }>(`${vote}/count/write-ins`, { q }),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
  });
}
