import { DownloadOutlined, EditOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Input, Progress, Radio, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api.js';
import {
  ARCHIVE_KEY,
  type ArchiveAnswer,
  type ArchiveEntry,
  villageArchiveApi,
} from '../../components/archive/model.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryError } from '../../components/QueryError.js';
import { useCurrentUser } from '../../hooks/useMe.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { may } from '../../permissions.js';

interface Values {
  present: boolean;
  note?: string;
}

/**
 * 档案: the village's archive checklist. Items the data proves (a published list, a confirmed result, a
 * completed handover) are computed with their source; the others (ballots sealed, minutes, photos) are
 * recorded by the election committee. The whole archive downloads as one zip.
 */
export function ArchivePage() {
  const { roundId = '', code = '' } = useParams();
  const user = useCurrentUser();
  const decide = may(user, 'preparation.decide');
  const base = villageArchiveApi(roundId, code);
  const [editing, setEditing] = useState<ArchiveEntry | null>(null);
  const q = useQuery({
    queryKey: [ARCHIVE_KEY, roundId, code],
    queryFn: () => api.get<ArchiveAnswer>(`${base}/archive`),
  });
  const record = useWriteMutation({
    mutationFn: (v: Values) =>
      api.put(`${base}/archive/${editing!.id}`, { present: v.present, note: v.note || null }),
    invalidates: [[ARCHIVE_KEY]],
    success: '档案登记已保存',
    onSuccess: () => setEditing(null),
  });
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <Skeleton active />;
  const { items, present, total } = q.data;

  return (
    <>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size="large" style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space size="middle">
            <Progress
              type="circle"
              size={56}
              percent={Math.round((100 * present) / total)}
              format={() => `${present}/${total}`}
            />
            <div>
              <Typography.Text strong>
                换届选举档案 {present} / {total} 项在档
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">
                “系统数据”一项由已公布的名单、确认的结果等自动判断；“人工登记”一项由村选委会登记。
              </Typography.Text>
            </div>
          </Space>
          <Button type="primary" icon={<DownloadOutlined />} href={`/api${base}/archive.zip`} download>
            下载整套档案（zip）
          </Button>
        </Space>
      </Card>
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <Table<ArchiveEntry>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          columns={[
            { title: '序号', key: 'no', width: 56, render: (_, __, i) => i + 1 },
            { title: '档案项目', dataIndex: 'title' },
            {
              title: '状态',
              key: 'state',
              width: 80,
              render: (_, e) =>
                e.present ? (
                  <Tag color="green">在档</Tag>
                ) : e.applicable ? (
                  <Tag color="red">缺</Tag>
                ) : (
                  <Tag>不适用</Tag>
                ),
            },
            {
              title: '来源',
              dataIndex: 'source',
              width: 96,
              render: (s: ArchiveEntry['source']) =>
                s === 'data' ? <Tag color="blue">系统数据</Tag> : <Tag>人工登记</Tag>,
            },
            {
              title: '说明',
              key: 'detail',
              render: (_, e) =>
                e.detail ?? (
                  <Typography.Text type="secondary">
                    {e.source === 'data' ? `待：${e.basis}` : '尚未登记'}
                  </Typography.Text>
                ),
            },
            {
              title: '文书',
              key: 'docs',
              responsive: ['md'],
              render: (_, e) =>
                e.present && e.documents.length > 0 ? (
                  <Space size={0} wrap>
                    {e.documents.map((d) => (
                      <Button
                        key={d.path}
                        type="link"
                        size="small"
                        icon={<FilePdfOutlined />}
                        href={d.path}
                        target="_blank"
                      >
                        {d.title.replace(/^第\d+次投票（[^）]*）/, '')}
                      </Button>
                    ))}
                  </Space>
                ) : null,
            },
            ...(decide
              ? [
                  {
                    title: '操作',
                    key: 'act',
                    width: 80,
                    render: (_: unknown, e: ArchiveEntry) =>
                      e.source === 'recorded' && (
                        <Button
                          type="link"
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={`登记${e.title}`}
                          onClick={() => setEditing(e)}
                        >
                          登记
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <FormModal<Values>
          title={`登记：${editing.title}`}
          okText="保存"
          open
          busy={record.isPending}
          onCancel={() => setEditing(null)}
          onSubmit={(v) => record.mutate(v)}
          initialValues={{
            present: editing.present || editing.recordedOn === null,
            note: editing.note ?? undefined,
          }}
        >
          <Form.Item name="present" label="状态" rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: true, label: '在档' },
                { value: false, label: '缺失' },
              ]}
            />
          </Form.Item>
          <Form.Item name="note" label="卷号、份数或存放地点">
            <Input maxLength={500} placeholder="如：第3卷，乡镇档案室" />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
