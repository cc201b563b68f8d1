import { Button, Card, Descriptions, Empty, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { RelationsCard } from '../../components/kinship/RelationsCard.js';
import { QueryError } from '../../components/QueryError.js';
import { fieldChanges } from '../../components/registration/history.js';
import { ListChangeModal } from '../../components/registration/ListChangeModal.js';
import {
  canRegister,
  categoryLabel,
  historyActionLabel,
  isOnList,
  listStatusLabels,
  sexLabels,
  villagePage,
} from '../../components/registration/model.js';
import { StatusTag } from '../../components/StatusTag.js';
import { useIsPhone } from '../../hooks/useIsPhone.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { usePublications, useVoter } from '../../hooks/useRegistration.js';
import { may } from '../../permissions.js';

const yesNo = (b: boolean) => (b ? '是' : '否');

export function VoterPage() {
  const { roundId = '', code = '', voterId = '' } = useParams();
  const ref = { roundId, code };
  const user = useCurrentUser();
  const isPhone = useIsPhone();
  const detail = useVoter(ref, voterId);
  const publications = usePublications(ref);
  const [changing, setChanging] = useState<'add' | 'remove' | null>(null);

  if (detail.error) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;
  const { voter: v, history, listChanges } = detail.data;
  const published = (publications.data?.items.length ?? 0) > 0;
  const onList = isOnList(v);

  return (
    <>
      <Typography.Paragraph>
        <Link to={`${villagePage(roundId, code)}/voters`}>‹ 返回选民名单</Link>
      </Typography.Paragraph>
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{v.name}</span>
            <StatusTag tag={listStatusLabels[v.listStatus]} />
            {v.registeredTwice && <Tag color="volcano">重复登记</Tag>}
          </Space>
        }
        extra={
          canRegister(user) &&
          published &&
          (onList ? (
            <Button danger size="small" onClick={() => setChanging('remove')}>
              除名
            </Button>
          ) : (
            v.eligibility === 'eligible' && (
              <Button size="small" type="primary" onClick={() => setChanging('add')}>
                补登
              </Button>
            )
          ))
        }
        style={{ marginBottom: 16 }}
      >
        <Descriptions column={isPhone ? 1 : 3} size="small">
          <Descriptions.Item label="选民号">{v.voterNo ?? '未编号'}</Descriptions.Item>
          <Descriptions.Item label="性别">{sexLabels[v.sex]}</Descriptions.Item>
          <Descriptions.Item label="公民身份号码">
            <span style={{ fontFamily: 'monospace' }}>{v.idNumber ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label="出生日期">{v.birthDate}</Descriptions.Item>
          <Descriptions.Item label="村民小组">{v.groupName}</Descriptions.Item>
          <Descriptions.Item label="户号">{v.householdNo}</Descriptions.Item>
          <Descriptions.Item label="与户主关系">{v.relationToHead ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="户籍在本村">{yesNo(v.hukouInVillage)}</Descriptions.Item>
          <Descriptions.Item label="在本村居住">{yesNo(v.livesInVillage)}</Descriptions.Item>
          {v.awayTo && <Descriptions.Item label="外出去向">{v.awayTo}</Descriptions.Item>}
          <Descriptions.Item label="联系电话">{v.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="民族">{v.ethnicity ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="政治面貌">{v.politicalStatus ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="文化程度">{v.education ?? '—'}</Descriptions.Item>
          {v.note && <Descriptions.Item label="备注">{v.note}</Descriptions.Item>}
          {v.declaredOn && <Descriptions.Item label="表示参加选举">{v.declaredOn}</Descriptions.Item>}
          {v.appliedOn && <Descriptions.Item label="申请参加选举">{v.appliedOn}</Descriptions.Item>}
          {v.removedReason && (
            <Descriptions.Item label="除名">
              {v.removedOn} {v.removedReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title="选民资格" style={{ marginBottom: 16 }}>
        {v.eligibility === 'eligible' ? (
          <Space wrap>
            <Tag color="green">符合条件</Tag>
            <span>{categoryLabel(v.category)}</span>
          </Space>
        ) : (
          <>
            <Tag>不符合条件</Tag>
            <ul style={{ margin: '8px 0 0', paddingInlineStart: 18 }}>
              {v.ineligibleReasons.map((r) => (
                <li key={r.rule + r.reason}>
                  {r.reason} <Tag color="default">规则 {r.rule}</Tag>
                </li>
              ))}
            </ul>
          </>
        )}
        {(v.deprivedOfPoliticalRights || v.lostCapacity || v.unreachable) && (
          <div style={{ marginTop: 8 }}>
            {v.deprivedOfPoliticalRights && <Tag color="red">被剥夺政治权利</Tag>}
            {v.lostCapacity && <Tag color="orange">丧失行为能力</Tag>}
            {v.unreachable && <Tag>下落不明</Tag>}
          </div>
        )}
      </Card>
      <RelationsCard village={ref} voterId={v.id} name={v.name} canWrite={may(user, 'preparation.write')} />
      {listChanges.length > 0 && (
        <Card size="small" title="补登/除名记录" style={{ marginBottom: 16 }}>
          {listChanges.map((c) => (
            <div key={c.id} style={{ marginBottom: 4 }}>
              <Tag color={c.kind === 'add' ? 'blue' : 'red'}>{c.kind === 'add' ? '补登' : '除名'}</Tag>
              {c.changedOn}：{c.reason}
            </div>
          ))}
        </Card>
      )}
      <Card size="small" title="变动历史">
        {history.length === 0 ? (
          <Empty description="暂无变动记录" />
        ) : (
          <Timeline
            style={{ marginTop: 8 }}
            items={[...history].reverse().map((h) => {
              const changes = fieldChanges(h.before, h.after);
              return {
                key: h.seq,
                content: (
                  <>
                    <div>
                      <strong>{historyActionLabel(h.action)}</strong>
                      <span style={{ color: '#8c8c8c', marginInlineStart: 8 }}>
                        {dayjs(h.at).format('YYYY-MM-DD HH:mm')} · {h.actorName}
                      </span>
                    </div>
                    {changes.map((c) => (
                      <div key={c} style={{ fontSize: 12, color: '#595959' }}>
                        {c}
                      </div>
                    ))}
                  </>
                ),
              };
            })}
          />
        )}
      </Card>
      {changing && (
        <ListChangeModal village={ref} voter={v} kind={changing} onClose={() => setChanging(null)} />
      )}
    </>
  );
}
