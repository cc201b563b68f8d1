/** Chinese names of complaint channels, statuses and outcomes (the categories' names are core's). */
import type { COMPLAINT_CHANNELS, COMPLAINT_STATUSES } from '../db/schema.js';

export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  visit: '来访',
  phone: '来电',
  letter: '来信',
  'report-box': '举报箱',
  online: '网络平台',
  referral: '上级交办',
};

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  open: '待办理',
  handling: '办理中',
  replied: '已答复',
  closed: '已办结',
};

export const OUTCOMES = ['substantiated', 'partly', 'unsubstantiated', 'referred'] as const;
export type ComplaintOutcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<ComplaintOutcome, string> = {
  substantiated: '反映属实',
  partly: '部分属实',
  unsubstantiated: '反映不实',
  referred: '移交有关部门',
};
