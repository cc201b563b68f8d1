import { Modal, Typography } from 'antd';

/** Shows a reset password once: it is not stored in the browser and cannot be shown again. */
export function TemporaryPasswordModal({
  userName,
  password,
  onClose,
}: {
  userName: string;
  password: string;
  onClose: () => void;
}) {
  return (
    <Modal
      title="密码已重置"
      open
      onOk={onClose}
      onCancel={onClose}
      okText="我已记下"
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      <p>{userName} 的临时密码（只显示这一次，请当面或电话告知本人）：</p>
      <Typography.Paragraph copyable={{ text: password }} style={{ fontSize: 20, fontFamily: 'monospace' }}>
        <span data-testid="temporary-password">{password}</span>
      </Typography.Paragraph>
      <p>该用户用临时密码登录后须立即修改密码。</p>
    </Modal>
  );
}
