import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../api.js';
import { useMe } from '../hooks/useMe.js';
import { queryKeys } from '../queryKeys.js';
import type { User } from '../types.js';

interface LoginForm {
  username: string;
  password: string;
}

function landingPath(user: User, from: unknown): string {
  if (user.mustChangePassword) return '/password';
  if (typeof from === 'string' && from.startsWith('/') && from !== '/login') return from;
  return `/regions/${user.regionCode}`;
}

export function LoginPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const me = useMe();

  const login = useMutation({
    mutationFn: (form: LoginForm) => api.post<{ user: User }>('/auth/login', form),
    onSuccess: ({ user }) => {
      // Answers cached for a previous user must not leak into this session.
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, user);
      navigate(landingPath(user, from), { replace: true });
    },
  });

  if (me.data && !login.isPending) return <Navigate to={landingPath(me.data, from)} replace />;

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 16,
        background: 'linear-gradient(160deg, #fdf2f0 0%, #f5f5f5 60%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={2} style={{ marginBottom: 4 }}>
            换届通
          </Typography.Title>
          <Typography.Text type="secondary">村（社区）换届选举工作平台</Typography.Text>
        </div>
        <Form<LoginForm> layout="vertical" onFinish={(values) => login.mutate(values)} requiredMark={false}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {login.error && (
            <Alert
              type="error"
              showIcon
              title={login.error.message}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
