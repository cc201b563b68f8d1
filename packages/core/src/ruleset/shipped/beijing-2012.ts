import { cited } from '../cited.js';
import type { RuleSetMeta } from '../meta.js';
import type { TallyParams } from '../tally-params.js';
import { nationalThresholds } from './national-thresholds.js';

export const beijing2012Meta: RuleSetMeta = {
  id: 'beijing-2012',
  title: '北京市（村民委员会选举办法 2012 年修订）',
  jurisdiction: { code: '110000', name: '北京市' },
  effectiveFrom: '2012-09-28',
  lawVersion: '2010',
  sources: [
    { title: '中华人民共和国村民委员会组织法（2010 年修订）', articles: '第十五条、第十六条' },
    { title: '北京市村民委员会选举办法（2012 年修订）', articles: '第三条、第二十八条至第三十条' },
  ],
};

export const beijing2012Tally: TallyParams = {
  overvoteScope: cited('ballot', 'E-5;E-6'),
  crossOffice: cited('void-ballot', 'E-5'),
  overcollectionBase: cited('voted', 'E-4'),
  kinBar: cited([], 'C1-5'),
  womenRule: cited('flag', 'C1-6'),
  runoffTurnoutRequired: cited(false, 'F-7'),
  runoffExtraCandidates: cited(1, 'F-6'),
  // "当选人数超过三人": more than 3, so 4 by C-1
  vacancyAllowedFrom: cited(4, 'F-8;C-1'),
  vacancyNeedsChair: cited(true, 'F-8'),
  ...nationalThresholds,
};
