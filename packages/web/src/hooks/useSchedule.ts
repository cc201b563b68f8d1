// Reads of the schedule API (issue 5 item 1): one village's schedule, an area's, local steps, holidays.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import {
  type AreaScheduleAnswer,
  areaScheduleApi,
  type HolidayYear,
  type LocalStep,
  scheduleApi,
  type VillageScheduleAnswer,
} from '../components/schedule/model.js';
import { queryKeys } from '../queryKeys.js';
import type { Items } from '../types.js';
import type { VillageRef } from './useRegistration.js';

/** Under the village's registration key: publishing the list or deciding an objection refreshes it. */
export const villageScheduleKey = (ref: VillageRef) =>
  queryKeys.registration(ref.roundId, ref.code, 'schedule');
/** Everything else about schedules sits under ['schedule', roundId]. */
export const scheduleKey = (roundId: string, ...rest: unknown[]) => ['schedule', roundId, ...rest] as const;

export function useVillageSchedule(ref: VillageRef) {
  return useQuery({
    queryKey: villageScheduleKey(ref),
    queryFn: () => api.get<VillageScheduleAnswer>(scheduleApi(ref.roundId, ref.code)),
  });
}

export function useAreaSchedule(roundId: string, code: string) {
  return useQuery({
    queryKey: scheduleKey(roundId, 'area', code),
    queryFn: () => api.get<AreaScheduleAnswer>(areaScheduleApi(roundId, code)),
  });
}

export function useLocalSteps(roundId: string, enabled = true) {
  return useQuery({
    queryKey: scheduleKey(roundId, 'local-steps'),
    queryFn: () => api.get<Items<LocalStep>>(`/rounds/${roundId}/local-steps`),
    enabled,
  });
}

export function useHolidays(roundId: string, enabled = true) {
  return useQuery({
    queryKey: scheduleKey(roundId, 'holidays'),
    queryFn: () => api.get<{ countyCode: string; items: HolidayYear[] }>(`/rounds/${roundId}/holidays`),
    enabled,
  });
}
