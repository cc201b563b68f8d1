import { useQueryClient } from '@tanstack/react-query';
import type { TreeDataNode } from 'antd';
import { Tree, Typography } from 'antd';
import { type Key, useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api } from '../api.js';
import { useCurrentUser } from '../hooks/useMe.js';
import { useRegion } from '../hooks/useRegion.js';
import { regionStatusLabels } from '../labels.js';
import { queryKeys } from '../queryKeys.js';
import type { Items, RegionChild } from '../types.js';

function toNode(child: RegionChild): TreeDataNode {
  const gone = child.status !== 'active';
  return {
    key: child.code,
    isLeaf: !child.hasChildren,
    title: gone ? (
      <Typography.Text type="secondary">
        {child.name}（{regionStatusLabels[child.status]?.text ?? child.status}）
      </Typography.Text>
    ) : (
      child.name
    ),
  };
}

function withChildren(nodes: TreeDataNode[], key: Key, children: TreeDataNode[]): TreeDataNode[] {
  return nodes.map((node) => {
    // A region with nothing below it becomes a leaf, so it shows no expand arrow.
    if (node.key === key) return children.length > 0 ? { ...node, children } : { ...node, isLeaf: true };
    if (node.children) return { ...node, children: withChildren(node.children, key, children) };
    return node;
  });
}

function ancestorsBelow(path: string[], rootCode: string): string[] {
  const start = path.indexOf(rootCode);
  return start === -1 ? [] : path.slice(start, -1);
}

/** The division tree below the user's own region; children are fetched when a node opens. */
export function RegionTree({ onNavigate }: { onNavigate?: () => void }) {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [treeData, setTreeData] = useState<TreeDataNode[]>([
    { key: user.regionCode, title: user.regionName, isLeaf: false },
  ]);
  const [expandedKeys, setExpandedKeys] = useState<Key[]>([user.regionCode]);

  const current = pathname.startsWith('/regions/') ? pathname.split('/')[2] : undefined;
  // Shares the region page's query, so opening a village from a table also opens its branch here.
  const currentRegion = useRegion(current ?? '', Boolean(current));
  // The ancestors of the open region, below the user's own, as one string so the effect runs only when it changes.
  const branch = ancestorsBelow(currentRegion.data?.path.map((p) => p.code) ?? [], user.regionCode).join(',');

  useEffect(() => {
    if (!branch) return;
    setExpandedKeys((keys) => [...new Set([...keys, ...branch.split(',')])]);
  }, [branch]);

  async function loadData(node: { key: Key; children?: TreeDataNode[] }): Promise<void> {
    if (node.children) return;
    const code = String(node.key);
    const { items } = await queryClient.fetchQuery({
      queryKey: queryKeys.regionChildren(code),
      queryFn: () => api.get<Items<RegionChild>>(`/regions/${code}/children`),
    });
    setTreeData((prev) => withChildren(prev, node.key, items.map(toNode)));
  }

  return (
    <Tree
      blockNode
      treeData={treeData}
      loadData={loadData}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setExpandedKeys(keys)}
      selectedKeys={current ? [current] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (key === undefined) return;
        navigate(`/regions/${String(key)}`);
        onNavigate?.();
      }}
    />
  );
}
