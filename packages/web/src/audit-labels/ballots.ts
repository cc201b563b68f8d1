/** Audit labels of the ballots (选票). */
export const labels: Record<string, string> = {
  'ballots.settings': '确定选票样式和预留数',
  'ballots.generate': '生成编号选票',
};
