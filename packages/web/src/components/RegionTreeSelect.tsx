import { useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { type CSSProperties, useState } from 'react';
import { api } from '../api.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { levelLabels } from '../labels.js';
import { queryKeys } from '../queryKeys.js';
import type { Items, RegionChild, RegionLevel } from '../types.js';

interface Node {
  id: string;
  pId?: string;
  value: string;
  title: string;
  isLeaf: boolean;
  disabled?: boolean;
}

interface Props {
  value?: string;
  onChange?: (code: string) => void;
  /** Only regions at these levels may be picked; the others can still be opened. */
  levels?: RegionLevel[];
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
}

/** Picks a region within the user's scope, opening the division tree on demand. */
export function RegionTreeSelect({ value, onChange, levels, allowClear, placeholder, style, id }: Props) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const pickable = (level: RegionLevel) => !levels || levels.includes(level);
  const [nodes, setNodes] = useState<Node[]>([
    { id: user.regionCode, value: user.regionCode, title: user.regionName, isLeaf: false },
  ]);

  async function loadData(node: { value?: string | number | null }): Promise<void> {
    const code = String(node.value);
    const { items } = await queryClient.fetchQuery({
      queryKey: queryKeys.regionChildren(code),
      queryFn: () => api.get<Items<RegionChild>>(`/regions/${code}/children`),
    });
    setNodes((prev) => {
      const known = new Set(prev.map((n) => n.id));
      const fresh = items
        .filter((c) => !known.has(c.code) && c.status === 'active')
        .map((c) => ({
          id: c.code,
          pId: code,
          value: c.code,
          title: `${c.name}（${levelLabels[c.level] ?? c.level}）`,
          isLeaf: !c.hasChildren,
          disabled: !pickable(c.level),
        }));
      return [...prev, ...fresh];
    });
  }

  return (
    <TreeSelect
      id={id}
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      value={value}
      onChange={(code: string) => onChange?.(code)}
      allowClear={allowClear}
      placeholder={placeholder ?? '选择区域'}
      style={{ minWidth: 220, ...style }}
      styles={{ popup: { root: { maxHeight: 400, overflow: 'auto' } } }}
    />
  );
}
