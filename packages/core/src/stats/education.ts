/**
 * 文化程度 as registers write it, normalized to the levels the reports use (seed-requirements §9.2:
 * 小学及以下 / 初中 / 高中(中专) / 大专 / 本科 / 研究生, with the roll-ups 高中(中专)以上, 大专及以上 and
 * 初中及以下). Registers hold free text ("大学本科", "中专", "高职", "半文盲"…): the most specific words
 * are tried first, so 大学专科 is 大专 and 高职 (a college) is not 职高 (a senior school).
 */
import { EDUCATION_LEVELS, type EducationLevel } from './types.js';

export type EducationKey = EducationLevel | 'unknown';

export const EDUCATION_LABELS: Record<EducationKey, string> = {
  primary: '小学及以下',
  junior: '初中',
  senior: '高中(中专)',
  college: '大专',
  bachelor: '本科',
  postgraduate: '研究生',
  unknown: '未填',
};

/** Every key in report order, the unknown last. */
export const EDUCATION_KEYS: readonly EducationKey[] = [...EDUCATION_LEVELS, 'unknown'];

const RULES: readonly [RegExp, EducationLevel][] = [
  [/研究生|硕士|博士/, 'postgraduate'],
  [/大专|专科|高职|高等职业/, 'college'],
  [/本科|大学|学士/, 'bachelor'],
  [/高中|中专|职高|职业高中|技校|技工|中技|职中|中等专业|中师/, 'senior'],
  [/初中|初级中学|初小/, 'junior'],
  [/小学|文盲|识字|学龄前|无/, 'primary'],
];

export function educationLevel(text: string | null | undefined): EducationKey {
  const t = (text ?? '').replace(/\s+/g, '');
  if (!t) return 'unknown';
  for (const [re, level] of RULES) if (re.test(t)) return level;
  return 'unknown';
}

const RANK: Record<EducationLevel, number> = Object.fromEntries(
  EDUCATION_LEVELS.map((l, i) => [l, i]),
) as Record<EducationLevel, number>;

/** 高中(中专)以上: senior, college, bachelor, postgraduate. */
export function isSeniorOrAbove(level: EducationKey): boolean {
  return level !== 'unknown' && RANK[level] >= RANK.senior;
}

/** 大专及以上: college, bachelor, postgraduate. */
export function isCollegeOrAbove(level: EducationKey): boolean {
  return level !== 'unknown' && RANK[level] >= RANK.college;
}

/** 初中及以下: primary, junior. */
export function isJuniorOrBelow(level: EducationKey): boolean {
  return level !== 'unknown' && RANK[level] <= RANK.junior;
}

/** The roll-ups of an education breakdown (parts keyed by EducationKey). */
export function educationRollUps(parts: readonly { key: string; count: number }[]) {
  let seniorOrAbove = 0;
  let collegeOrAbove = 0;
  let juniorOrBelow = 0;
  for (const p of parts) {
    const k = p.key as EducationKey;
    if (isSeniorOrAbove(k)) seniorOrAbove += p.count;
    if (isCollegeOrAbove(k)) collegeOrAbove += p.count;
    if (isJuniorOrBelow(k)) juniorOrBelow += p.count;
  }
  return { seniorOrAbove, collegeOrAbove, juniorOrBelow };
}
