/** Audit labels of check-in and ballot issuance (签到发票). */
export const labels: Record<string, string> = {
  'ballot.issue': '发放选票',
  'ballot.cancel': '撤销发票',
  'vote.close-polling': '结束投票',
};
