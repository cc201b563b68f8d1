import { cited } from '../cited.js';
import type { RuleSetMeta } from '../meta.js';
import type { TallyParams } from '../tally-params.js';
import { nationalThresholds } from './national-thresholds.js';

export const zhejiang2020Meta: RuleSetMeta = {
  id: 'zhejiang-2020',
  title: '浙江省（村民委员会选举办法 2020 年修正）',
  jurisdiction: { code: '330000', name: '浙江省' },
  effectiveFrom: '2020-07-31',
  lawVersion: '2018',
  sources: [
    { title: '中华人民共和国村民委员会组织法（2018 年修正）', articles: '第十五条、第十六条' },
    {
      title: '浙江省村民委员会选举办法（2020 年 7 月 31 日修正）',
      articles: '第二十一条、第二十七条至第三十一条',
    },
  ],
};

export const zhejiang2020Tally: TallyParams = {
  overvoteScope: cited('ballot', 'E-5;E-6'),
  crossOffice: cited('void-ballot', 'E-5'),
  overcollectionBase: cited('voted', 'E-4'),
  kinBar: cited(['spouse', 'parent-child', 'sibling'], 'C1-5'),
  womenRule: cited('reserved-office', 'E-3;F-9'),
  runoffTurnoutRequired: cited(false, 'F-7'),
  runoffExtraCandidates: cited(1, 'F-6'),
  vacancyAllowedFrom: cited(3, 'F-8'),
  vacancyNeedsChair: cited(false, 'F-8'),
  ...nationalThresholds,
};
