// 另选他人: type a name or its pinyin initials, pick the person from the published list (Enter takes
// the first match); Esc goes back to the keys.
import { Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { VoteOffice, WriteInMatch } from './model.js';
import { useWriteIns } from './useCount.js';

export function WriteInPicker({
  vote,
  office,
  onPick,
  onCancel,
}: {
  vote: string;
  office: VoteOffice;
  onPick: (person: WriteInMatch) => void;
  onCancel: () => void;
}) {
  const [q, setQ] = useState('');
  const found = useWriteIns(vote, q);
  const items = found.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>
        另选他人 · {office.title}：输入姓名或拼音首字母（如 李明 → lm），回车选第一个，Esc 返回
      </Typography.Text>
      <Select
        showSearch
        autoFocus
        open
        aria-label="另选他人"
        style={{ width: '100%' }}
        placeholder="姓名或拼音首字母"
        filterOption={false}
        defaultActiveFirstOption
        searchValue={q}
        onSearch={setQ}
        loading={found.isFetching}
        notFoundContent={q.trim() === '' ? '请输入' : found.isFetching ? '查找中…' : '选民名单上没有这个人'}
        options={items.map((p) => ({
          value: p.id,
          label: `${p.name}（${p.groupName}${p.voterNo ? ` · ${p.voterNo}号` : ''}）`,
        }))}
        onSelect={(id: string) => {
          const p = items.find((x) => x.id === id);
          if (p) onPick(p);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
        onBlur={onCancel}
      />
    </Space>
  );
}
