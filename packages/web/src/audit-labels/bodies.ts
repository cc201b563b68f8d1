/** Audit labels of the village bodies (村级组织班子). */
export const labels: Record<string, string> = {
  'body.member-add': '登记组织成员',
  'body.member-end': '登记成员离任',
  'body.member-remove': '删除组织成员登记',
  'body.post-add': '登记村级职务',
  'body.post-remove': '撤销村级职务登记',
};
