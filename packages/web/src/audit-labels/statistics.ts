/** Audit labels of the round's statistics (统计分析). */
export const labels: Record<string, string> = {
  'statistics.targets-set': '设定统计目标',
};
