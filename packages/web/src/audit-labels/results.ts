/** Audit labels of the tally sheets and the result (计票统计表、选举结果). */
export const labels: Record<string, string> = {
  'count.sheet.enter': '录入计票统计表',
  'count.sheet.update': '更正计票统计表',
  'result.compute': '计算选举结果',
  'result.withdraw': '撤回选举结果',
  'result.report': '选举结果报送乡镇',
  'result.confirm': '乡镇确认选举结果',
  'result.reopen': '乡镇退回选举结果',
  'round-village.progress': '村换届进度随确认的选举结果更新',
};
