/**
 * The offices of each village body recorded here by hand, and the village posts J2-3 names. These are
 * the bodies' usual titles (the Party organization elects its secretary within its committee, J1-7;
 * the co-operative's titles follow 浙江 经济合作社 practice), not law values: the rank only orders them
 * and says who is the head (rank 1) for 一肩挑 and the collective-economy manager (J2-3).
 */
import type { VillagePost } from '@huanjie/core';

export interface BodyOffice {
  id: string;
  title: string;
  rank: 1 | 2 | 3;
}

export const MANUAL_BODIES = ['party-org', 'supervision', 'coop'] as const;
export type ManualBody = (typeof MANUAL_BODIES)[number];

export const BODY_OFFICES: Record<ManualBody, readonly BodyOffice[]> = {
  'party-org': [
    { id: 'secretary', title: '书记', rank: 1 },
    { id: 'deputy-secretary', title: '副书记', rank: 2 },
    { id: 'member', title: '委员', rank: 3 },
  ],
  supervision: [
    { id: 'chair', title: '主任', rank: 1 },
    { id: 'member', title: '委员', rank: 3 },
  ],
  coop: [
    { id: 'head', title: '社长', rank: 1 },
    { id: 'deputy', title: '副社长', rank: 2 },
    { id: 'member', title: '社委', rank: 3 },
  ],
};

/** Posts recorded by hand; 'committee-member' comes from the committee's seated members. */
export const RECORDED_POSTS = ['clerk', 'bookkeeper', 'finance-staff', 'collective-economy-manager'] as const;
export type RecordedPost = (typeof RECORDED_POSTS)[number];

export const POST_LABELS: Record<VillagePost, string> = {
  'committee-member': '村民委员会成员',
  clerk: '村文书',
  bookkeeper: '村报账员',
  'finance-staff': '财务人员',
  'collective-economy-manager': '集体经济组织负责人',
};

export function isManualBody(kind: string): kind is ManualBody {
  return (MANUAL_BODIES as readonly string[]).includes(kind);
}
