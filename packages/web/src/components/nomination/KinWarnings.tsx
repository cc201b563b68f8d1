import { Alert, Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { DeriveButton } from '../kinship/DeriveButton.js';
import { villagePage } from '../registration/model.js';
import type { KinWarning } from './model.js';

/**
 * Nominees who could not serve together if both were elected (C1-5; across the village bodies and
 * for a 一肩挑 chair, seed 003): each pair with its rule. Warnings only at this stage.
 */
export function KinWarnings({
  village,
  warnings,
  canDerive,
}: {
  village: VillageRef;
  warnings: readonly KinWarning[];
  canDerive: boolean;
}) {
  const page = (id: string) => `${villagePage(village.roundId, village.code)}/voters/${id}`;
  return (
    <Card
      size="small"
      title="亲属关系提示"
      extra={canDerive ? <DeriveButton village={village} /> : undefined}
      style={{ marginBottom: 16 }}
    >
      {warnings.length === 0 ? (
        <Typography.Text type="secondary">
          被提名人之间未发现须任职回避的亲属关系。亲属关系来自户籍推算和手工登记，可在人员页面核对补充。
        </Typography.Text>
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            title={`${warnings.length} 对被提名人如同时当选须任职回避`}
            description="此处仅作提示，不影响提名；当选后按规则处理（留任职务高者或得票多者）。"
          />
          <List
            size="small"
            dataSource={[...warnings]}
            renderItem={(w) => (
              <List.Item>
                <div>
                  {w.people.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 && ' 与 '}
                      <Link to={page(p.id)}>{p.name}</Link>
                      <Typography.Text type="secondary">（{p.offices.join('、')}）</Typography.Text>
                    </span>
                  ))}
                  <Tag color={w.bar === 'member' ? 'orange' : 'purple'} style={{ marginInlineStart: 8 }}>
                    规则 {w.rule}
                  </Tag>
                  <div style={{ fontSize: 13, color: '#595959' }}>{w.reason}</div>
                </div>
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
