/** Audit labels of recall (罢免) and by-election (补选). */
export const labels: Record<string, string> = {
  'recall.file': '登记罢免要求',
  'recall.sign': '登记罢免联名',
  'recall.unsign': '删除误录的罢免联名',
  'recall.reply': '记录被罢免人申辩意见',
  'recall.accept': '受理罢免要求',
  'recall.refuse': '不予受理罢免要求',
  'recall.withdraw': '终止罢免程序',
  'recall.open-vote': '组织罢免表决',
  'recall.result': '罢免表决结果',
  'member.recall': '成员被罢免离任',
  'member.recall-undone': '撤销罢免离任（结果重新计票）',
};
