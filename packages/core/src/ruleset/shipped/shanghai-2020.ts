import { cited } from '../cited.js';
import type { RuleSetMeta } from '../meta.js';
import type { TallyParams } from '../tally-params.js';
import { nationalThresholds } from './national-thresholds.js';

export const shanghai2020Meta: RuleSetMeta = {
  id: 'shanghai-2020',
  title: '上海市（村民委员会选举办法 2020 年修正）',
  jurisdiction: { code: '310000', name: '上海市' },
  effectiveFrom: '2020-09-25',
  lawVersion: '2018',
  sources: [
    { title: '中华人民共和国村民委员会组织法（2018 年修正）', articles: '第十五条、第十六条' },
    { title: '上海市村民委员会选举办法（2020 年 9 月 25 日修正）', articles: '第二条、第十九条至第二十一条' },
  ],
};

export const shanghai2020Tally: TallyParams = {
  overvoteScope: cited('ballot', 'E-5;E-6'),
  crossOffice: cited('void-ballot', 'E-5'),
  overcollectionBase: cited('voted', 'E-4'),
  // "夫妻关系或者直系亲属关系": spouses and direct-line relatives
  kinBar: cited(['spouse', 'parent-child', 'grandparent-grandchild'], 'C1-5'),
  womenRule: cited('flag', 'C1-2'),
  runoffTurnoutRequired: cited(false, 'F-7'),
  runoffExtraCandidates: cited(1, 'F-6'),
  vacancyAllowedFrom: cited(3, 'F-8'),
  vacancyNeedsChair: cited(false, 'F-8'),
  ...nationalThresholds,
};
