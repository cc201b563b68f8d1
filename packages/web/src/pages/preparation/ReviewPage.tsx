import {
  AuditOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  UserAddOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { ConditionLists, TemplateNotice } from '../../components/review/ConditionLists.js';
import { DepartmentVerdictsModal } from '../../components/review/DepartmentVerdictsModal.js';
import type { Department, Reviewee } from '../../components/review/model.js';
import { matrixRows, ReviewMatrix } from '../../components/review/ReviewMatrix.js';
import { VerdictModal } from '../../components/review/VerdictModal.js';
import { WriteInModal } from '../../components/review/WriteInModal.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useVillageReview } from '../../hooks/useReview.js';
import { may } from '../../permissions.js';

/** 联审: the village's candidates (self-nominees) × the departments the county names, each department's verdict. */
export function ReviewPage() {
  const { roundId = '', code = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const review = useVillageReview(ref);
  const [cell, setCell] = useState<{ nominee: Reviewee; department: Department } | null>(null);
  const [addingWriteIn, setAddingWriteIn] = useState(false);
  const [byDepartment, setByDepartment] = useState(false);

  if (review.error) return <QueryError error={review.error} onRetry={() => review.refetch()} />;
  if (!review.data) return <Skeleton active />;
  const r = review.data;
  const canRecord = may(user, 'review.verdict');
  const board = user.regionCode.length < 12 ? user.regionCode : code;
  const rows = matrixRows([{ code, name: '', nominees: r.nominees }]);

  const empty = !r.seatPlan
    ? '本村尚未制定职数方案：职数方案经乡镇同意、提名确定候选人后，各部门在此联审'
    : r.seatPlan.nominationMode === 'self'
      ? '尚无自荐人：自荐人报名后，各联审部门逐人审查资格条件'
      : '尚无列入候选人名单的人员：提名计票确定候选人后，各联审部门逐人审查资格条件';

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {r.settings.departments.length}{' '}
          个部门并联审查，全部通过方为正式候选人；一个部门不通过即不能确定为候选人（D-9）
        </Typography.Text>
        <Space wrap>
          {canRecord && r.nominees.some((n) => n.reviewStatus === 'pending') && (
            <Button type="primary" icon={<AuditOutlined />} onClick={() => setByDepartment(true)}>
              按部门录入
            </Button>
          )}
          <Link to={`/rounds/${roundId}/areas/${board}/review`}>
            <Button icon={<SafetyCertificateOutlined />}>联审进度</Button>
          </Link>
          <Link to={`/rounds/${roundId}/review-settings`}>
            <Button icon={<SettingOutlined />}>联审条件和部门</Button>
          </Link>
          {r.writeInsOpen && may(user, 'preparation.decide') && (
            <Button icon={<UserAddOutlined />} onClick={() => setAddingWriteIn(true)}>
              登记另选他人当选人
            </Button>
          )}
        </Space>
      </Flex>
      <TemplateNotice settings={r.settings} />
      {r.nominees.length > 0 && (
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          {[
            { title: '联审中', value: r.counts.pending },
            { title: '通过', value: r.counts.passed },
            { title: '不通过', value: r.counts.failed },
          ].map((s) => (
            <Col key={s.title} xs={8} md={4}>
              <Card size="small">
                <Statistic title={s.title} value={s.value} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {!canRecord && r.nominees.some((n) => n.reviewStatus === 'pending') && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="联审意见由乡镇（县）换届办代各联审部门录入；本页随时显示各部门的审查进度"
        />
      )}
      <ReviewMatrix
        rows={rows}
        departments={r.settings.departments}
        waiting={r.waiting}
        showVillage={false}
        isPhone={isPhone}
        onCell={canRecord ? (row, d) => setCell({ nominee: row.nominee, department: d }) : undefined}
        empty={empty}
      />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        资格条件
      </Typography.Title>
      <ConditionLists lists={r.settings.conditionLists} />
      {cell && (
        <VerdictModal
          village={ref}
          nominee={cell.nominee}
          department={cell.department}
          lists={r.settings.conditionLists}
          onClose={() => setCell(null)}
        />
      )}
      {byDepartment && (
        <DepartmentVerdictsModal
          village={ref}
          nominees={r.nominees}
          departments={r.settings.departments}
          onClose={() => setByDepartment(false)}
        />
      )}
      {addingWriteIn && r.seatPlan && (
        <WriteInModal village={ref} offices={r.seatPlan.offices} onClose={() => setAddingWriteIn(false)} />
      )}
    </>
  );
}
