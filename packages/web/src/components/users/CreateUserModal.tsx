import { Form, Input, Select } from 'antd';
import { api } from '../../api.js';
import { nameRules, required } from '../../formRules.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { roleLabels } from '../../labels.js';
import { assignableRoles } from '../../permissions.js';
import type { Role, User } from '../../types.js';
import { FormModal } from '../FormModal.js';
import { RegionTreeSelect } from '../RegionTreeSelect.js';
import { passwordRules } from './passwordRules.js';

interface Values {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string;
  password: string;
}

export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const user = useCurrentUser();
  const create = useWriteMutation({
    mutationFn: (v: Values) => api.post<User>('/users', v),
    invalidates: [['users']],
    success: '已新建用户，首次登录时须修改密码',
    onSuccess: onClose,
  });

  return (
    <FormModal<Values>
      title="新建用户"
      open
      okText="创建"
      busy={create.isPending}
      onCancel={onClose}
      onSubmit={(v) => create.mutate(v)}
      initialValues={{ regionCode: user.regionCode }}
    >
      <Form.Item
        label="用户名"
        name="username"
        rules={[
          required('用户名'),
          { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: '用户名为 3–32 位字母、数字、下划线、点或短横线' },
        ]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item label="姓名" name="displayName" rules={nameRules('姓名')}>
        <Input />
      </Form.Item>
      <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
        <Select options={assignableRoles(user).map((r) => ({ value: r, label: roleLabels[r] }))} />
      </Form.Item>
      <Form.Item label="所属区域" name="regionCode" rules={[{ required: true, message: '请选择所属区域' }]}>
        <RegionTreeSelect style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        label="初始密码"
        name="password"
        rules={passwordRules('初始密码')}
        extra="用户首次登录后须修改"
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
