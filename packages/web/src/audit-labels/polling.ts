/** Audit labels of the polling plan (投票安排). */
export const labels: Record<string, string> = {
  'polling-plan.venue': '设置中心会场',
  'polling-plan.place-add': '新设投票站或流动票箱',
  'polling-plan.place-update': '修改投票站或流动票箱',
  'polling-plan.place-delete': '撤销投票站或流动票箱',
  'polling-plan.box-voters': '确定流动票箱选民名单',
  'polling-plan.box-approve': '乡镇批准设立流动票箱',
  'polling-plan.box-return': '乡镇退回流动票箱申请',
  'polling-plan.staff-add': '安排投票工作人员',
  'polling-plan.staff-remove': '取消投票工作人员安排',
  'polling-plan.publish': '公布投票安排',
};
