import { Select } from 'antd';
import { useState } from 'react';
import type { VillageRef } from '../../hooks/useRegistration.js';
import { useVoterSearch } from '../../hooks/useVoterSearch.js';
import { isOnList } from './model.js';

interface Props {
  village: VillageRef;
  value?: string;
  onChange?: (id: string) => void;
  placeholder?: string;
  /** only people on the published list (listed or 补登) */
  onListOnly?: boolean;
  id?: string;
}

/** Picks a person from the register by searching it (name, pinyin initials or ID number). */
export function VoterSelect({ village, value, onChange, placeholder, onListOnly, id }: Props) {
  const search = useVoterSearch(village);
  // The chosen person stays labelled after the search moves on.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = search.found
    .filter((v) => !onListOnly || isOnList(v))
    .map((v) => ({
      value: v.id,
      label: `${v.name}（${v.groupName}${v.voterNo ? ` · 选民号 ${v.voterNo}` : ''}）`,
    }));
  // last, not first: the first option is what Enter picks, and that is the first person found
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.push(chosen);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: search.onSearch }}
      value={value}
      onChange={(v: string) => {
        setChosen(options.find((o) => o.value === v) ?? null);
        onChange?.(v);
      }}
      placeholder={placeholder ?? '输入姓名、拼音首字母或身份证号搜索'}
      options={options}
      loading={search.searching}
      notFoundContent={search.searching ? '搜索中…' : '登记册中没有找到'}
      style={{ width: '100%' }}
    />
  );
}
