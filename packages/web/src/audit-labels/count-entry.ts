/** Audit labels of ballot entry (唱票录入): box-level acts; single ballots are in the entry ledger itself. */
export const labels: Record<string, string> = {
  'count.claim-set': '开始录入票箱（认领）',
  'count.close-set': '关闭票箱录入',
  'count.reopen-set': '重新打开票箱录入',
  'count.compare': '核对票箱两次录入',
  'count.accept-set': '认定票箱采用的录入',
  'count.box-settings': '票箱录入设置',
};
