/** A vote's status in Chinese, for messages and screens. */
import type { VoteRow } from '../votes.js';

export const STATUS_LABELS: Record<VoteRow['status'], string> = {
  polling: '投票中',
  counting: '计票中',
  counted: '已计算结果',
  reported: '已报送乡镇',
  confirmed: '乡镇已确认',
};
