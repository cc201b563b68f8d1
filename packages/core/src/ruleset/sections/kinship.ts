// Family relations as the scenario format names them (scenario-format.md `relations[].kind`).
import { z } from 'zod';

/**
 * The relation of one person to another. 祖父母/外祖父母 are both `grandparent` and
 * 孙子女/外孙子女 both `grandchild`: no rule read distinguishes the paternal from the maternal line.
 */
export const KIN_RELATIONS = ['spouse', 'parent', 'child', 'sibling', 'grandparent', 'grandchild'] as const;
export type KinRelation = (typeof KIN_RELATIONS)[number];

export const kinRelationSchema = z.enum(KIN_RELATIONS, {
  error: '亲属关系只能是 spouse、parent、child、sibling、grandparent、grandchild 之一',
});

/** 近亲属 (C-5): 配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女. */
export const NEAR_RELATIVES: readonly KinRelation[] = KIN_RELATIONS;

/** 配偶、父母子女、兄弟姐妹: the narrower set Zhejiang uses for recusal (C1-5, C2-6, E-9). */
export const CLOSE_FAMILY: readonly KinRelation[] = ['spouse', 'parent', 'child', 'sibling'];

/** 夫妻关系或者直系亲属关系 (E-9): spouse and the direct line. */
export const SPOUSE_AND_DIRECT_LINE: readonly KinRelation[] = [
  'spouse',
  'parent',
  'child',
  'grandparent',
  'grandchild',
];

/** The same relation seen from the other person. */
export function inverseRelation(kind: KinRelation): KinRelation {
  switch (kind) {
    case 'parent':
      return 'child';
    case 'child':
      return 'parent';
    case 'grandparent':
      return 'grandchild';
    case 'grandchild':
      return 'grandparent';
    default:
      return kind;
  }
}
