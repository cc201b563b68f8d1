// Reads of the seat plan API (issue 5 item 3): one village's plan, a live check of a draft, and the
// township's list of its villages' plans.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import {
  type AreaPlansAnswer,
  type SeatPlanAnswer,
  type SeatPlanDraft,
  type SeatPlanReview,
  seatPlanApi,
} from '../components/seats/model.js';
import type { VillageRef } from './useRegistration.js';

/** Every query here starts with this key, so a write invalidates them all. */
export const SEAT_PLAN_KEY = 'seat-plan';

export function useSeatPlan(ref: VillageRef) {
  return useQuery({
    queryKey: [SEAT_PLAN_KEY, ref.roundId, ref.code],
    queryFn: () => api.get<SeatPlanAnswer>(seatPlanApi(ref.roundId, ref.code)),
  });
}

/** The rule set's check of the plan being edited (the server's, so it is the one submission applies). */
export function useSeatPlanCheck(ref: VillageRef, draft: SeatPlanDraft | null) {
  return useQuery({
    queryKey: [SEAT_PLAN_KEY, ref.roundId, ref.code, 'check', draft],
    queryFn: () => api.post<SeatPlanReview>(`${seatPlanApi(ref.roundId, ref.code)}/check`, draft),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useAreaSeatPlans(roundId: string, code: string) {
  return useQuery({
    queryKey: [SEAT_PLAN_KEY, 'area', roundId, code],
    queryFn: () => api.get<AreaPlansAnswer>(`/rounds/${roundId}/areas/${code}/seat-plans`),
  });
}
