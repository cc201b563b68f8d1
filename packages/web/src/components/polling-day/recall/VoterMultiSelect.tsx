import { Select, Tag } from 'antd';
import { useState } from 'react';
import type { VillageRef } from '../../../hooks/useRegistration.js';
import { useVoterSearch } from '../../../hooks/useVoterSearch.js';
import { isOnList } from '../../registration/model.js';

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
  const search = useVoterSearch(village);
  // chosen people stay labelled (tagRender) after the search moves on
  const [labels, setLabels] = useState<Record<string, string>>({});
  // Only this search's answer is offered, not the people chosen before: Enter right after typing
  // picks the first person found and never un-picks an earlier choice.
  const options = search.found
    .filter(isOnList)
    .filter((v) => !exclude?.has(v.id))
    .map((v) => ({ value: v.id, label: `${v.name}（${v.groupName}）` }));
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: search.onSearch }}
      value={value ?? []}
      onChange={(ids: string[]) => {
        const next = { ...labels };
        for (const o of options) next[o.value] = o.label;
        setLabels(next);
        onChange?.(ids);
      }}
      tagRender={({ value: v, closable, onClose }) => (
        <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
          {labels[String(v)] ?? String(v)}
        </Tag>
      )}
      placeholder={placeholder ?? '输入姓名或拼音首字母搜索，可选多人'}
      options={options}
      loading={search.searching}
      notFoundContent={search.searching ? '搜索中…' : '已公布的选民名单中没有找到'}
      style={{ width: '100%', minWidth: 0 }}
    />
  );
}
