import type { AreaStatistics, IndicatorId, TargetCheck } from '@huanjie/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';

export interface StatisticsAnswer {
  roundId: string;
  roundName: string;
  bands: number[];
  area: AreaStatistics;
  children: AreaStatistics[];
  targets: TargetCheck[];
  referenceDate: string;
  previous: { roundId: string; roundName: string; area: AreaStatistics } | null;
}

export interface TargetItem {
  indicator: IndicatorId;
  label: string;
  targetBp: number | null;
  setBy: string | null;
  updatedAt: string | null;
}

export const statisticsKeys = {
  all: ['statistics'] as const,
  area: (roundId: string, area: string, bands: string) => ['statistics', roundId, area, bands] as const,
  targets: (roundId: string) => ['statistics', roundId, 'targets'] as const,
};

export function useStatistics(roundId: string, area: string, bands: string) {
  return useQuery({
    queryKey: statisticsKeys.area(roundId, area, bands),
    queryFn: () => api.get<StatisticsAnswer>(`/rounds/${roundId}/statistics`, { area, bands }),
  });
}

export function useTargets(roundId: string, area: string) {
  return useQuery({
    queryKey: statisticsKeys.targets(roundId),
    queryFn: () => api.get<{ items: TargetItem[] }>(`/rounds/${roundId}/targets`, { area }),
  });
}

export function xlsxUrl(roundId: string, area: string, chart: string, bands: string) {
  const q = new URLSearchParams({ area, chart, bands });
  return `/api/rounds/${roundId}/statistics.xlsx?${q.toString()}`;
}
