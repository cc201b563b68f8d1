/** Audit labels of complaints (信访件) and the risk ledger (风险台账). */
export const labels: Record<string, string> = {
  'complaint.register': '登记信访件',
  'complaint.assign': '交办信访件',
  'complaint.reply': '答复信访人',
  'complaint.close': '办结信访件',
  'complaint.escalate': '信访件上报县换届办',
  'complaint.link-risk': '信访件列入风险台账',
  'complaint.limit-set': '设定信访件办理时限',
  'risk.rate': '研判村风险等级',
  'risk.item-add': '新增风险点',
  'risk.item-close': '风险点销号',
  'risk.report': '信息直报员每日直报',
};
