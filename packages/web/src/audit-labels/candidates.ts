/** Audit labels of the candidate list (正式候选人名单). */
export const labels: Record<string, string> = {
  'candidate-list.publish': '公布正式候选人名单',
  'candidate.bio': '填写候选人简历',
  'candidate-meeting.record': '记录候选人见面会',
  'candidate-meeting.delete': '删除见面会记录',
};
