/** Chinese names of risk levels (红橙绿, seed 003 二(一)3) and risk-point categories. */
import type { RISK_LEVELS } from '../db/schema.js';

export type RiskLevel = (typeof RISK_LEVELS)[number];

export const LEVEL_LABELS: Record<RiskLevel, string> = { red: '红', orange: '橙', green: '绿' };

export const RISK_ITEM_CATEGORIES = [
  'clan',
  'two-committees',
  'petition-legacy',
  'finance',
  'vote-buying',
  'low-turnout',
  'security',
  'other',
] as const;
export type RiskItemCategory = (typeof RISK_ITEM_CATEGORIES)[number];

export const ITEM_CATEGORY_LABELS: Record<RiskItemCategory, string> = {
  clan: '宗族派性',
  'two-committees': '两委不和',
  'petition-legacy': '信访积案',
  finance: '财务问题',
  'vote-buying': '拉票贿选',
  'low-turnout': '参选率低',
  security: '安全稳定',
  other: '其他',
};
