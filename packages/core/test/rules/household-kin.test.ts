import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { type HouseholdMember, householdKin } from '../../src/rules/household-kin.js';
import { kinGraph, relationOf } from '../../src/rules/kin-graph.js';

function person(
  id: string,
  relationToHead: string | null,
  sex: 'M' | 'F' = 'M',
  householdNo = '0001',
): HouseholdMember {
  return { id, householdNo, sex, relationToHead };
}

/** What `b` is to `a` in the derived graph. */
function rel(members: readonly HouseholdMember[], a: string, b: string) {
  return relationOf(kinGraph(householdKin(members).links), a, b);
}

describe('kinship from the household register (C1-5, C2-6, E-9 need 配偶, 父母子女, 兄弟姐妹, 祖孙)', () => {
  const family = [
    person('head', '户主', 'M'),
    person('wife', '配偶', 'F'),
    person('son', '长子', 'M'),
    person('daughter', '次女', 'F'),
    person('dil', '儿媳', 'F'),
    person('gs', '孙子', 'M'),
    person('gd', '孙女', 'F'),
    person('dad', '父亲', 'M'),
    person('mum', '母', 'F'),
    person('bro', '弟', 'M'),
    person('gpa', '祖父', 'M'),
  ];

  test('head and spouse are spouses; children are the child of both', () => {
    assert.equal(rel(family, 'head', 'wife'), 'spouse');
    assert.equal(rel(family, 'wife', 'head'), 'spouse');
    assert.equal(rel(family, 'head', 'son'), 'child');
    assert.equal(rel(family, 'wife', 'daughter'), 'child');
    assert.equal(rel(family, 'son', 'wife'), 'parent');
  });

  test('children of the head are siblings; the head’s brother is the head’s sibling, not the children’s', () => {
    assert.equal(rel(family, 'son', 'daughter'), 'sibling');
    assert.equal(rel(family, 'head', 'bro'), 'sibling');
    assert.equal(rel(family, 'son', 'bro'), null);
  });

  test('the only son’s wife is his spouse; 孙子女 are his and her children and the head’s grandchildren', () => {
    assert.equal(rel(family, 'son', 'dil'), 'spouse');
    assert.equal(rel(family, 'gs', 'son'), 'parent');
    assert.equal(rel(family, 'gs', 'dil'), 'parent');
    assert.equal(rel(family, 'gs', 'gd'), 'sibling');
    assert.equal(rel(family, 'head', 'gs'), 'grandchild');
    assert.equal(rel(family, 'gd', 'wife'), 'grandparent');
    assert.equal(rel(family, 'dil', 'head'), null, '公婆 are not near relatives');
  });

  test('the head’s parents are a couple, the siblings’ parents, the children’s grandparents', () => {
    assert.equal(rel(family, 'dad', 'mum'), 'spouse');
    assert.equal(rel(family, 'head', 'dad'), 'parent');
    assert.equal(rel(family, 'bro', 'mum'), 'parent');
    assert.equal(rel(family, 'son', 'dad'), 'grandparent');
    assert.equal(rel(family, 'wife', 'dad'), null);
  });

  test('祖父 is the father’s parent: the head’s and brother’s grandparent', () => {
    assert.equal(rel(family, 'head', 'gpa'), 'grandparent');
    assert.equal(rel(family, 'bro', 'gpa'), 'grandparent');
    assert.equal(rel(family, 'dad', 'gpa'), 'parent');
    assert.equal(rel(family, 'son', 'gpa'), null, 'great-grandparents are not near relatives');
  });

  test('岳父母 are the spouse’s parents and the children’s grandparents', () => {
    const h = [
      person('h', '户主', 'M'),
      person('w', '妻', 'F'),
      person('fil', '岳父', 'M'),
      person('mil', '岳母', 'F'),
      person('c', '女', 'F'),
    ];
    assert.equal(rel(h, 'w', 'fil'), 'parent');
    assert.equal(rel(h, 'fil', 'mil'), 'spouse');
    assert.equal(rel(h, 'c', 'mil'), 'grandparent');
    assert.equal(rel(h, 'h', 'fil'), null);
  });

  test('ambiguous labels derive nothing uncertain: 儿媳 with two sons, 孙子 with two sons, 侄子', () => {
    const h = [
      person('h', '户主'),
      person('s1', '长子'),
      person('s2', '次子'),
      person('dil', '儿媳', 'F'),
      person('g', '孙子'),
      person('n', '侄子'),
    ];
    const kin = householdKin(h);
    const g = kinGraph(kin.links);
    assert.equal(relationOf(g, 'dil', 's1'), null);
    assert.equal(relationOf(g, 'dil', 's2'), null);
    assert.equal(relationOf(g, 'g', 's1'), null);
    assert.equal(relationOf(g, 'g', 'h'), 'grandparent', 'still the head’s grandchild');
    assert.equal(relationOf(g, 'g', 's2'), null);
    assert.equal(relationOf(g, 'n', 'h'), null);
    assert.ok(kin.notes.some((n) => n.personId === 'dil'));
    assert.ok(kin.notes.some((n) => n.personId === 'n' && n.reason.includes('侄子')));
  });

  test('generic labels take the person’s sex: 子女, 父母', () => {
    const h = [
      person('h', '户主'),
      person('p1', '父母', 'M'),
      person('p2', '父母', 'F'),
      person('c', '子女', 'F'),
    ];
    assert.equal(rel(h, 'p1', 'p2'), 'spouse');
    assert.equal(rel(h, 'c', 'h'), 'parent');
  });

  test('households are kept apart, and a household without a head derives nothing', () => {
    const h = [
      person('a', '户主', 'M', '1'),
      person('b', '户主', 'M', '2'),
      person('c', '子', 'M', '3'),
      person('d', '女', 'F', '3'),
    ];
    const kin = householdKin(h);
    assert.deepEqual(kin.links, []);
    assert.ok(kin.notes.some((n) => n.householdNo === '3' && n.personId === null));
  });

  test('the result does not depend on the order of the register rows', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(family, { minLength: family.length, maxLength: family.length }),
        (rows) => {
          const key = (m: readonly HouseholdMember[]) => {
            const g = kinGraph(householdKin(m).links);
            return family
              .flatMap((a) => family.map((b) => `${a.id}>${b.id}:${relationOf(g, a.id, b.id)}`))
              .join();
          };
          assert.equal(key(rows), key(family));
        },
      ),
    );
  });
});
