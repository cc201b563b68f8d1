import { Select } from 'antd';
import { useState } from 'react';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useVoterSearch } from '../../hooks/useVoterSearch.js';

interface Props {
  village: VillageRef;
  value?: string;
  onChange?: (id: string) => void;
  /** labels of people already chosen (a selection being corrected), by voter id */
  known?: Record<string, string>;
  id?: string;
  ariaLabel?: string;
}

/** Picks a villager from the register by name, pinyin initials or ID number; people struck off are not offered. */
export function PersonSelect({ village, value, onChange, known, id, ariaLabel }: Props) {
  const search = useVoterSearch(village);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = search.found
    .filter((v) => v.listStatus !== 'removed')
    .map((v) => ({ value: v.id, label: `${v.name}（${v.groupName}）` }));
  if (value && !options.some((o) => o.value === value)) {
    const label = chosen?.value === value ? chosen.label : known?.[value];
    // last, not first: the first option is what Enter picks, and that is the first person found
    if (label) options.push({ value, label });
  }
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch: search.onSearch }}
      value={value}
      onChange={(v: string) => {
        setChosen(options.find((o) => o.value === v) ?? null);
        onChange?.(v);
      }}
      placeholder="输入姓名或拼音首字母搜索"
      options={options}
      loading={search.searching}
      notFoundContent={search.searching ? '搜索中…' : '登记册中没有找到（请先导入户籍或录入人员）'}
      style={{ width: '100%', minWidth: 0 }}
    />
  );
}
