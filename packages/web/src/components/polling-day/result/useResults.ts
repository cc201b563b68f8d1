// Reads of the result page, the tally sheets and the township's results board.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api.js';
import {
  type AreaVillage,
  areaResultsApi,
  RESULT_KEY,
  type ResultAnswer,
  type SheetsAnswer,
} from './model.js';

/** Other screens (check-in, the count) change what the result page shows: refresh now and then. */
const REFRESH_MS = 5000;

export function useResult(vote: string | null) {
  return useQuery({
    queryKey: [RESULT_KEY, vote, 'result'],
    queryFn: () => api.get<ResultAnswer>(`${vote}/result`),
    enabled: vote !== null,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export function useSheets(vote: string | null) {
  return useQuery({
    queryKey: [RESULT_KEY, vote, 'sheets'],
    queryFn: () => api.get<SheetsAnswer>(`${vote}/sheets`),
    enabled: vote !== null,
    refetchInterval: REFRESH_MS,
    placeholderData: keepPreviousData,
  });
}

export function useAreaResults(roundId: string, code: string) {
  return useQuery({
    queryKey: [RESULT_KEY, 'area', roundId, code],
    queryFn: () => api.get<{ items: AreaVillage[] }>(areaResultsApi(roundId, code)),
    refetchInterval: REFRESH_MS,
  });
}
