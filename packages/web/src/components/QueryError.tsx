import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError } from '../api.js';

/**
 * A failed load shown as a full result page. A 403 must read as "not yours to see",
 * never as an empty table that suggests the village has no data.
 */
export function QueryError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const navigate = useNavigate();
  const status = error instanceof ApiError ? error.status : 0;
  const back = (
    <Button type="primary" onClick={() => navigate('/')}>
      返回我的区域
    </Button>
  );

  if (status === 403) {
    return <Result status="403" title="无权访问" subTitle={error.message} extra={back} />;
  }
  if (status === 404) {
    return <Result status="404" title="未找到" subTitle={error.message} extra={back} />;
  }
  return (
    <Result
      status="error"
      title="加载失败"
      subTitle={error.message}
      extra={onRetry ? <Button onClick={onRetry}>重试</Button> : back}
    />
  );
}
