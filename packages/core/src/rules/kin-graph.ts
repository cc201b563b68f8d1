// Family relations between people, stated once and read both ways.
import { inverseRelation, type KinRelation } from '../ruleset/sections/kinship.js';

/** `to` is `from`'s `kind` (scenario-format.md: `{ "to": "p1", "kind": "parent" }` means p1 is the parent). */
export interface KinLink {
  readonly from: string;
  readonly to: string;
  readonly kind: KinRelation;
}

/** person → (relative → what the relative is to the person). */
export type KinGraph = ReadonlyMap<string, ReadonlyMap<string, KinRelation>>;

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export const KIN_TITLES: Record<KinRelation, string> = {
  spouse: '配偶',
  parent: '父/母',
  child: '子/女',
  sibling: '兄弟姐妹',
  grandparent: '祖父母/外祖父母',
  grandchild: '孙子女/外孙子女',
};

/** Builds the graph; a relation stated on one side holds both ways. The first statement of a pair wins. */
export function kinGraph(links: readonly KinLink[]): KinGraph {
  const graph = new Map<string, Map<string, KinRelation>>();
  const put = (a: string, b: string, kind: KinRelation) => {
    const row = graph.get(a) ?? new Map<string, KinRelation>();
    if (!row.has(b)) row.set(b, kind);
    graph.set(a, row);
  };
  for (const link of links) {
    if (link.from === link.to) continue;
    put(link.from, link.to, link.kind);
    put(link.to, link.from, inverseRelation(link.kind));
  }
  return graph;
}

/** What `b` is to `a`, or null when they are not related in the graph. */
export function relationOf(graph: KinGraph, a: string, b: string): KinRelation | null {
  return graph.get(a)?.get(b) ?? null;
}

/** "李四是张三的配偶" */
export function describeRelation(a: PersonRef, b: PersonRef, relation: KinRelation): string {
  return `${b.name}是${a.name}的${KIN_TITLES[relation]}`;
}
