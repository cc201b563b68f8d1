// Reads of the joint review API (issue 5 item 5): a village's nominees × departments, an area's board,
// the round's condition lists and departments.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import {
  type ReviewBoardAnswer,
  type ReviewSettings,
  reviewApi,
  type VillageReviewAnswer,
} from '../components/review/model.js';
import type { VillageRef } from './useRegistration.js';

/** Every query here starts with this key, so a verdict or a settings edit refreshes them all. */
export const REVIEW_KEY = 'review';

export function useVillageReview(ref: VillageRef) {
  return useQuery({
    queryKey: [REVIEW_KEY, ref.roundId, 'village', ref.code],
    queryFn: () => api.get<VillageReviewAnswer>(reviewApi(ref.roundId, ref.code)),
  });
}

export function useReviewBoard(roundId: string, code: string) {
  return useQuery({
    queryKey: [REVIEW_KEY, roundId, 'area', code],
    queryFn: () => api.get<ReviewBoardAnswer>(`/rounds/${roundId}/areas/${code}/review`),
  });
}

export function useReviewSettings(roundId: string) {
  return useQuery({
    queryKey: [REVIEW_KEY, roundId, 'settings'],
    queryFn: () => api.get<ReviewSettings>(`/rounds/${roundId}/review-settings`),
  });
}
