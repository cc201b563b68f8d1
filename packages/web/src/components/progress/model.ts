// 换届进度 (issue 7 item 1): the answer of GET /api/rounds/:id/progress and how the page shows it.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.js';
import { villagePage } from '../registration/model.js';

export const PROGRESS_STATUSES = ['preparing', 'voting', 'completed', 'failed', 'postponed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const STATUS_INFO: Record<
  ProgressStatus,
  { label: string; color: string; text: string; tag: string }
> = {
  preparing: { label: '筹备中', color: '#bae0ff', text: '#003a8c', tag: 'blue' },
  voting: { label: '投票选举中', color: '#1677ff', text: '#ffffff', tag: 'geekblue' },
  completed: { label: '已完成', color: '#73d13d', text: '#133f05', tag: 'success' },
  failed: { label: '选举未成功', color: '#ff7875', text: '#5c0011', tag: 'error' },
  postponed: { label: '暂缓选举', color: '#bfbfbf', text: '#262626', tag: 'default' },
};

export const RISK_INFO = {
  red: { label: '红', color: '#f5222d', tag: 'red' },
  orange: { label: '橙', color: '#fa8c16', tag: 'orange' },
  green: { label: '绿', color: '#52c41a', tag: 'green' },
} as const;
export type RiskLevel = keyof typeof RISK_INFO;

export interface ProgressStep {
  id: string;
  title: string;
  due: string | null;
  state: string;
  rule: string;
  daysLate: number;
  reason: string;
}

export interface VillageProgress {
  code: string;
  name: string;
  kind: 'village' | 'community';
  townshipCode: string;
  townshipName: string;
  electionDay: string | null;
  status: ProgressStatus;
  current: string;
  currentDue: string | null;
  late: ProgressStep[];
  firstVote: { held: boolean; success: boolean | null; registered: number | null; voted: number | null };
  followUpVotes: number;
  risk: { level: RiskLevel; reasons: string[]; ratedOn: string } | null;
  left: string[];
  leftCount: number;
  postponedReason: string | null;
}

export interface ProgressCounts {
  villages: number;
  preparing: number;
  voting: number;
  completed: number;
  failed: number;
  postponed: number;
  firstVoteHeld: number;
  firstVoteSuccess: number;
  withLate: number;
  lateSteps: number;
  red: number;
  orange: number;
}

export interface AreaProgress {
  round: { id: string; name: string; status: string; regionCode: string };
  area: { code: string; name: string; level: string };
  today: string;
  summary: ProgressCounts;
  townships: (ProgressCounts & { code: string; name: string })[];
  villages: VillageProgress[];
}

export function useProgress(roundId: string, code: string) {
  return useQuery({
    queryKey: ['progress', roundId, code],
    queryFn: () => api.get<AreaProgress>(`/rounds/${roundId}/progress`, { area: code }),
  });
}

/** Steps still late (not done past their day); done-late ones are history. */
export const openLate = (v: VillageProgress) => v.late.filter((s) => s.state === 'late');

/** The village's page that answers "where does it stand": its result once it voted, else its schedule. */
export function villageLink(
  roundId: string,
  v: Pick<VillageProgress, 'code' | 'status' | 'firstVote'>,
): string {
  const tab = v.status === 'preparing' || v.status === 'postponed' ? 'schedule' : 'result';
  return `${villagePage(roundId, v.code)}/${tab}`;
}
