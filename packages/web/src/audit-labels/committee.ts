/** Audit labels of the village election committee (村民选举委员会). */
export const labels: Record<string, string> = {
  'election-committee.select': '记录选举委员会推选结果',
  'election-committee.correct': '更正选举委员会推选结果',
  'election-committee.reselect': '另行推选选举委员会成员',
  'election-committee.withdraw': '选举委员会成员退出',
  'election-committee.fill': '选举委员会成员递补',
  'election-committee.chair': '推选选举委员会主任',
  'election-committee.publish': '公布选举委员会名单',
  'decision.correct': '更正会议决定',
  'decision.remove': '删除会议决定',
};
