import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api.js';
import { REVIEW_KEY } from '../../hooks/useReview.js';
import { useWriteMutation } from '../../hooks/useWriteMutation.js';
import { type ConditionList, kindLabels } from './model.js';

interface Entry {
  /** a kept entry's id; absent for one added here */
  id?: string;
  text: string;
  /** a stable key while editing */
  key: string;
}

let seq = 0;
const fresh = (text = ''): Entry => ({ text, key: `new-${++seq}` });

function move<T>(list: T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}

/** Rows of text with up, down and remove, and a button to add one: the shared editing part. */
function Rows({
  entries,
  onChange,
  placeholder,
  label,
  multiline,
}: {
  entries: Entry[];
  onChange: (e: Entry[]) => void;
  placeholder: string;
  label: (i: number) => string;
  multiline: boolean;
}) {
  return (
    <>
      {entries.map((e, i) => (
        <Flex key={e.key} gap={6} align="start" style={{ marginBottom: 8 }}>
          <Typography.Text
            type="secondary"
            style={{ flex: 'none', minWidth: 22, paddingTop: 5, textAlign: 'right', whiteSpace: 'nowrap' }}
          >
            {i + 1}.
          </Typography.Text>
          {multiline ? (
            <Input.TextArea
              aria-label={label(i)}
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={e.text}
              maxLength={200}
              placeholder={placeholder}
              onChange={(ev) =>
                onChange(entries.map((x) => (x.key === e.key ? { ...x, text: ev.target.value } : x)))
              }
            />
          ) : (
            <Input
              aria-label={label(i)}
              value={e.text}
              maxLength={30}
              placeholder={placeholder}
              onChange={(ev) =>
                onChange(entries.map((x) => (x.key === e.key ? { ...x, text: ev.target.value } : x)))
              }
            />
          )}
          <Space.Compact>
            <Button
              icon={<ArrowUpOutlined />}
              aria-label="上移"
              disabled={i === 0}
              onClick={() => onChange(move(entries, i, -1))}
            />
            <Button
              icon={<ArrowDownOutlined />}
              aria-label="下移"
              disabled={i === entries.length - 1}
              onClick={() => onChange(move(entries, i, 1))}
            />
            <Button
              icon={<DeleteOutlined />}
              aria-label={`删除${label(i)}`}
              danger
              onClick={() => onChange(entries.filter((x) => x.key !== e.key))}
            />
          </Space.Compact>
        </Flex>
      ))}
    </>
  );
}

/**
 * One condition list (四过硬 …) as the county edits it: reword, add, remove, reorder items; saved as one
 * audited change. The page keys it by the settings' version, so a saved edit starts afresh.
 */
export function ConditionListEditor({ roundId, list }: { roundId: string; list: ConditionList }) {
  const initial = () => list.items.map((i) => ({ id: i.id, text: i.text, key: i.id }));
  const [title, setTitle] = useState(list.title);
  const [entries, setEntries] = useState<Entry[]>(initial);
  const dirty =
    title !== list.title ||
    entries.length !== list.items.length ||
    entries.some((e, i) => e.id !== list.items[i]?.id || e.text !== list.items[i]?.text);
  const save = useWriteMutation({
    mutationFn: () =>
      api.put(`/rounds/${roundId}/review-settings/lists/${list.id}`, {
        title,
        items: entries.map((e) => ({ ...(e.id && { id: e.id }), text: e.text })),
      }),
    invalidates: [[REVIEW_KEY]],
    success: `“${title}”已保存`,
  });
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Flex gap={8} align="center">
          <Input
            aria-label={`${list.title}清单名称`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            style={{ width: 140 }}
            maxLength={30}
          />
          <Tag color={kindLabels[list.kind].color}>{kindLabels[list.kind].text}</Tag>
        </Flex>
      }
      extra={
        <Space>
          {dirty && (
            <Button
              size="small"
              onClick={() => {
                setTitle(list.title);
                setEntries(initial());
              }}
            >
              还原
            </Button>
          )}
          <Button
            size="small"
            type="primary"
            icon={<SaveOutlined />}
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => save.mutate(undefined)}
          >
            保存
          </Button>
        </Space>
      }
    >
      <Rows
        entries={entries}
        onChange={setEntries}
        placeholder="条目内容"
        label={(i) => `${list.title}第${i + 1}条`}
        multiline
      />
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => setEntries([...entries, fresh()])} block>
        增加条目
      </Button>
    </Card>
  );
}

/** The departments that review, in the board's column order. */
export function DepartmentsEditor({
  roundId,
  departments,
}: {
  roundId: string;
  departments: { id: string; name: string }[];
}) {
  const initial = () => departments.map((d) => ({ id: d.id, text: d.name, key: d.id }));
  const [entries, setEntries] = useState<Entry[]>(initial);
  const dirty =
    entries.length !== departments.length ||
    entries.some((e, i) => e.id !== departments[i]?.id || e.text !== departments[i]?.name);
  const save = useWriteMutation({
    mutationFn: () =>
      api.put<{ statusChanges: number }>(`/rounds/${roundId}/review-settings/departments`, {
        departments: entries.map((e) => ({ ...(e.id && { id: e.id }), name: e.text })),
      }),
    invalidates: [[REVIEW_KEY], ['candidates']],
    success: '联审部门已保存',
    onSuccess: (r) => {
      if (r.statusChanges > 0)
        message.warning(`${r.statusChanges} 名人员的联审结果随部门调整而改变，请到联审看板查看`);
    },
  });
  const { message } = App.useApp();
  // a new department makes everyone already passed wait for it, candidates on a published list included
  const adds = entries.some((e) => !e.id);
  return (
    <Card
      size="small"
      title="联审部门"
      style={{ marginBottom: 12 }}
      extra={
        <Space>
          {dirty && (
            <Button size="small" onClick={() => setEntries(initial())}>
              还原
            </Button>
          )}
          <Popconfirm
            title="增加联审部门"
            description="已通过联审的人员（包括已列入公布的候选人名单的）都须等待新部门的意见，联审结果改为“审查中”。确定保存？"
            disabled={!adds}
            okText="保存"
            cancelText="取消"
            onConfirm={() => save.mutate(undefined)}
          >
            <Button
              size="small"
              type="primary"
              icon={<SaveOutlined />}
              disabled={!dirty || entries.length === 0}
              loading={save.isPending}
              onClick={adds ? undefined : () => save.mutate(undefined)}
            >
              保存
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        每名候选人（自荐人）须经以下全部部门审查通过。增加部门后，尚未确定的人员须等待新部门的意见。
      </Typography.Paragraph>
      <Rows
        entries={entries}
        onChange={setEntries}
        placeholder="部门名称，如县公安局"
        label={(i) => `第${i + 1}个联审部门`}
        multiline={false}
      />
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => setEntries([...entries, fresh()])} block>
        增加部门
      </Button>
    </Card>
  );
}
