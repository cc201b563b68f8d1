/** Chinese names of request fields, so a validation error names the field the way the form does. */
const FIELD_NAMES: Record<string, string> = {
  username: '用户名',
  password: '密码',
  oldPassword: '原密码',
  newPassword: '新密码',
  displayName: '姓名',
  role: '角色',
  regionCode: '所属区域',
  region: '区域',
  code: '区划代码',
  name: '名称',
  kind: '类型',
  reason: '原因',
  effectiveDate: '生效日期',
  fromCodes: '被合并的村',
  into: '合并/拆分后的村',
  existingCode: '并入的村',
  rulesetId: '规则集',
  electionDay: '选举日',
  included: '是否参加',
  newDate: '新选举日',
  disabled: '停用',
  page: '页码',
  pageSize: '每页条数',
  roundId: '换届',
  id: '编号',
};

export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts = path.map((p) =>
    typeof p === 'number' ? `第${p + 1}项` : (FIELD_NAMES[String(p)] ?? String(p)),
  );
  return parts.join(' › ') || '请求';
}
