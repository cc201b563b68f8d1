/** Audit labels of the seat plan (职数方案). */
export const labels: Record<string, string> = {
  'seat-plan.save': '保存职数方案',
  'seat-plan.submit': '职数方案报乡镇审核',
  'seat-plan.approve': '审核同意职数方案',
  'seat-plan.return': '退回职数方案',
  'seat-plan.reopen': '重新打开职数方案',
};
