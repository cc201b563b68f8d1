import { Alert, Breadcrumb, Card, Col, Row, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { QueryError } from '../../components/QueryError.js';
import { ConditionLists, TemplateNotice } from '../../components/review/ConditionLists.js';
import { ConditionListEditor, DepartmentsEditor } from '../../components/review/ListEditor.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useReviewSettings } from '../../hooks/useReview.js';
import { useRound } from '../../hooks/useRounds.js';
import { may } from '../../permissions.js';

/**
 * 联审设置: the condition lists (四过硬、五不能、六不宜 …) and the departments of the round's joint review.
 * The county office edits them (every save is audited and versioned); everyone else reads them.
 */
export function ReviewSettingsPage() {
  const { roundId = '' } = useParams();
  const user = useCurrentUser();
  const round = useRound(roundId);
  const settings = useReviewSettings(roundId);

  if (settings.error) return <QueryError error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <Skeleton active />;
  const s = settings.data;
  const editable = may(user, 'review.manage');

  return (
    <>
      <Breadcrumb
        separator="›"
        items={[
          { title: <Link to="/rounds">换届</Link> },
          { title: <Link to={`/rounds/${roundId}`}>{round.data?.name ?? '换届'}</Link> },
          { title: '联审设置' },
        ]}
      />
      <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
        联审条件和联审部门
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        候选人（自荐人）的资格条件和审查程序由村选举办法规定，不符合条件的不能确定为候选人（D-9）。
        {s.own ? (
          <>
            本次换届使用县换届办修订的清单（第 {s.version} 版，{s.updatedByName}于
            {s.updatedAt ? dayjs(s.updatedAt).format('YYYY-MM-DD HH:mm') : ''}修改）。
          </>
        ) : (
          '本次换届尚未修订，使用规则集模板。'
        )}
      </Typography.Paragraph>
      <TemplateNotice settings={s} />
      {!editable && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title="联审条件和部门由县换届办设定；如需调整，请联系县换届办"
        />
      )}
      {editable ? (
        <Row gutter={16}>
          <Col xs={24} lg={8}>
            <DepartmentsEditor key={`d-${s.version}`} roundId={roundId} departments={s.departments} />
          </Col>
          <Col xs={24} lg={16}>
            {s.conditionLists.map((l) => (
              <ConditionListEditor key={`${l.id}-${s.version}`} roundId={roundId} list={l} />
            ))}
          </Col>
        </Row>
      ) : (
        <Row gutter={16}>
          <Col xs={24} lg={8}>
            <Card size="small" title="联审部门" style={{ marginBottom: 12 }}>
              {s.departments.map((d, i) => (
                <Tag key={d.id} style={{ marginBottom: 6 }}>
                  {i + 1}. {d.name}
                </Tag>
              ))}
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            <ConditionLists lists={s.conditionLists} defaultOpen />
          </Col>
        </Row>
      )}
    </>
  );
}
