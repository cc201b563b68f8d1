import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { api } from '../api.js';
import { passwordRules } from '../components/users/passwordRules.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { queryKeys } from '../queryKeys.js';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

export function PasswordPage() {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post<void>('/auth/password', { oldPassword: v.oldPassword, newPassword: v.newPassword }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      message.success('密码已修改');
      navigate(`/regions/${user.regionCode}`, { replace: true });
    },
  });

  return (
    <Card style={{ maxWidth: 440 }}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        修改密码
      </Typography.Title>
      {user.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          title="您正在使用临时密码，请先设置自己的新密码，再继续使用系统。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Values> layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark={false}>
        <Form.Item label="原密码" name="oldPassword" rules={[{ required: true, message: '请填写原密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label="新密码" name="newPassword" rules={passwordRules('新密码')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次填写新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次填写的新密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {change.error && (
          <Alert type="error" showIcon title={change.error.message} style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          保存新密码
        </Button>
      </Form>
    </Card>
  );
}
