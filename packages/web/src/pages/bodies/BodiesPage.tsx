import { DeleteOutlined, LogoutOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { TableColumnsType } from 'antd';
import {
  Alert,
  Button,
  Card,
  Col,
  Empty,
  List,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api, request } from '../../api.js';
import { AddMemberModal, AddPostModal, EndMemberModal } from '../../components/bodies/Modals.js';
import {
  BODIES_KEY,
  type BodiesAnswer,
  type Body,
  type BodyMember,
  bodiesApi,
  ENDED_LABELS,
} from '../../components/bodies/model.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

type Open =
  | { kind: 'add'; body: Body }
  | { kind: 'end'; body: Body; member: BodyMember }
  | { kind: 'post' }
  | null;

/**
 * 村级组织班子: who holds office in the Party organization, the villagers' committee (seated from its
 * confirmed result), the co-operative and the supervision committee, the village posts, and the
 * kinship rules across them (seed 003, C1-5; J2-1, J2-3), shown as they stand now.
 */
export function BodiesPage() {
  const { roundId = '', code = '' } = useParams();
  const village = { roundId, code };
  const user = useCurrentUser();
  const decide = may(user, 'preparation.decide');
  const [open, setOpen] = useState<Open>(null);
  const q = useQuery({
    queryKey: [BODIES_KEY, roundId, code],
    queryFn: () => api.get<BodiesAnswer>(bodiesApi(roundId, code)),
  });
  const removePost = useWriteMutation({
    mutationFn: (p: { voterId: string; post: string }) =>
      request('DELETE', `${bodiesApi(roundId, code)}/posts/${p.voterId}/${p.post}`),
    invalidates: [[BODIES_KEY]],
    success: '已撤销职务登记',
  });
  const removeMember = useWriteMutation({
    mutationFn: (m: BodyMember) =>
      api.post(`${bodiesApi(roundId, code)}/${m.electionId}/members/${m.voterId}/remove`, {
        reason: '登记有误',
      }),
    invalidates: [[BODIES_KEY]],
    success: '已删除该成员登记',
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <QueryError error={q.error} />;
  const s = q.data;
  const problems = s.crossBody.length + s.supervision.length + s.supervisionSize.length;

  const columns = (body: Body): TableColumnsType<BodyMember> => [
    { title: '姓名', dataIndex: 'name', width: 110 },
    { title: '职务', dataIndex: 'officeTitle', width: 90 },
    { title: '村民小组', dataIndex: 'groupName', width: 130, responsive: ['md'] },
    { title: '任职日期', dataIndex: 'since', width: 120, responsive: ['md'] },
    {
      title: '状态',
      key: 'status',
      render: (_, m) =>
        m.status === 'serving' ? (
          <Tag color="green">在任{m.source === 'result' ? ' · 选举产生' : ''}</Tag>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {m.endedOn} {ENDED_LABELS[m.status]}：{m.endedReason}
          </Typography.Text>
        ),
    },
    ...(decide
      ? [
          {
            title: '操作',
            key: 'act',
            width: 170,
            render: (_: unknown, m: BodyMember) =>
              m.status === 'serving' && (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    icon={<LogoutOutlined />}
                    onClick={() => setOpen({ kind: 'end', body, member: m })}
                  >
                    离任
                  </Button>
                  {m.source === 'manual' && (
                    <Popconfirm
                      title={`删除${m.name}的登记？`}
                      description="仅用于登记有误；离任请用“离任”。删除记入审计日志。"
                      okText="删除"
                      cancelText="取消"
                      onConfirm={() => removeMember.mutate(m)}
                    >
                      <Button
                        type="link"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`删除${m.name}`}
                      />
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">
        各组织成员和村级职务用于任职回避检查：村党组织、村民委员会、经济合作社成员之间不得有配偶、直系血亲、兄弟姐妹关系，“一肩挑”人员范围更宽（种子
        003、C1-5）；村民委员会成员及其近亲属、村文书、报账员不得担任村务监督委员会成员（J2-1、J2-3）。村民委员会成员由选举结果经乡镇确认后自动登记。
      </Typography.Paragraph>
      {problems === 0 ? (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title="未发现须任职回避的情形" />
      ) : (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${problems} 项任职回避或人数问题须处理`}
          description={
            <List
              size="small"
              dataSource={[
                ...s.crossBody.map((c) => ({ rule: c.rule, reason: c.reason })),
                ...s.supervision.map((w) => ({ rule: w.rule, reason: w.reason })),
                ...s.supervisionSize.map((p) => ({ rule: p.rule, reason: p.reason })),
              ]}
              renderItem={(p) => (
                <List.Item style={{ paddingInline: 0 }}>
                  {p.reason} <Tag color="red">规则 {p.rule.replaceAll(';', '、')}</Tag>
                </List.Item>
              )}
            />
          }
        />
      )}
      <Row gutter={[16, 16]}>
        {/* two cards side by side only on wide screens: at 1366 a half-width member table scrolls sideways */}
        {s.bodies.map((b) => (
          <Col key={b.electionId} xs={24} xxl={12}>
            <Card
              size="small"
              title={`${b.title}（在任 ${b.members.filter((m) => m.status === 'serving').length} 人）`}
              extra={
                decide &&
                b.manual && (
                  <Button
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => setOpen({ kind: 'add', body: b })}
                  >
                    登记成员
                  </Button>
                )
              }
            >
              <Table<BodyMember>
                size="small"
                rowKey="voterId"
                pagination={false}
                columns={columns(b)}
                dataSource={b.members}
                locale={{
                  emptyText: b.manual ? '尚未登记成员' : '选举结果经乡镇确认后，当选人自动登记为成员',
                }}
                scroll={{ x: 'max-content' }}
              />
            </Card>
          </Col>
        ))}
        <Col xs={24} xxl={12}>
          <Card
            size="small"
            title="村级职务（村务监督委员会任职回避用）"
            extra={
              decide && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen({ kind: 'post' })}>
                  登记职务
                </Button>
              )
            }
          >
            {s.posts.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记村文书、报账员等职务" />
            ) : (
              <List
                size="small"
                dataSource={s.posts}
                renderItem={(p) => (
                  <List.Item
                    actions={
                      decide
                        ? [
                            <Popconfirm
                              key="rm"
                              title={`撤销${p.name}的${p.postLabel}登记？`}
                              okText="撤销"
                              cancelText="取消"
                              onConfirm={() => removePost.mutate(p)}
                            >
                              <Button type="link" size="small" danger>
                                撤销
                              </Button>
                            </Popconfirm>,
                          ]
                        : []
                    }
                  >
                    {p.name} · {p.postLabel}
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
      {open?.kind === 'add' && (
        <AddMemberModal village={village} body={open.body} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'end' && (
        <EndMemberModal
          village={village}
          member={open.member}
          title={open.body.title}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'post' && <AddPostModal village={village} onClose={() => setOpen(null)} />}
    </>
  );
}
