import { Select } from 'antd';
import { useState } from 'react';
import { useVoters, type VillageRef } from '../../../hooks/useRegistration.js';

interface Props {
  village: VillageRef;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** people who may not be picked (already signed, serving members…), by voter id */
  exclude?: ReadonlySet<string>;
  placeholder?: string;
  ariaLabel?: string;
  id?: string;
}

/** Picks several people of the published list by searching it (name, pinyin initials or ID number). */
export function VoterMultiSelect({ village, value, onChange, exclude, placeholder, ariaLabel, id }: Props) {
  const [q, setQ] = useState('');
  // chosen people stay labelled after the search moves on
  const [labels, setLabels] = useState<Record<string, string>>({});
  const voters = useVoters(village, { q: q || undefined, page: 1, pageSize: 20 });
  const options = (voters.data?.items ?? [])
    .filter((v) => v.listStatus === 'listed' || v.listStatus === 'added')
    .filter((v) => !exclude?.has(v.id))
    .map((v) => ({ value: v.id, label: `${v.name}（${v.groupName}）` }));
  for (const id of value ?? [])
    if (!options.some((o) => o.value === id)) options.unshift({ value: id, label: labels[id] ?? id });
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? []}
      onChange={(ids: string[]) => {
        const next = { ...labels };
        for (const o of options) next[o.value] = o.label;
        setLabels(next);
        onChange?.(ids);
      }}
      placeholder={placeholder ?? '输入姓名或拼音首字母搜索，可选多人'}
      options={options}
      loading={voters.isFetching}
      notFoundContent={voters.isFetching ? '搜索中…' : '已公布的选民名单中没有找到'}
      style={{ width: '100%', minWidth: 0 }}
    />
  );
}
