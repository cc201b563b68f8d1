/** Audit labels of the demo county's history (server demo/history) and a round's previous round. */
export const labels: Record<string, string> = {
  'demo.history.village': '载入演示数据：村的往届换届结果和班子',
  'demo.history.oversight': '载入演示数据：往届风险等级、工作移交和档案',
  'round.previous': '设定上届换届',
};
