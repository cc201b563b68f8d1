import { cited } from '../cited.js';
import type { RuleSetMeta } from '../meta.js';
import type { TallyParams } from '../tally-params.js';
import { nationalThresholds } from './national-thresholds.js';

export const national2018Meta: RuleSetMeta = {
  id: 'national-2018',
  title: '全国（村民委员会组织法 2018 年修正）',
  jurisdiction: { code: '000000', name: '全国' },
  effectiveFrom: '2018-12-29',
  lawVersion: '2018',
  sources: [
    { title: '中华人民共和国村民委员会组织法（2018 年修正）', articles: '第六条、第十三条至第十九条' },
  ],
};

export const national2018Tally: TallyParams = {
  overvoteScope: cited('office', 'E-5;E-6'),
  crossOffice: cited('void-ballot', 'E-5;F-12'),
  overcollectionBase: cited('voted', 'E-4'),
  kinBar: cited([], 'C1-5'),
  womenRule: cited('flag', 'C1-2'),
  runoffTurnoutRequired: cited(false, 'F-7'),
  runoffExtraCandidates: cited(1, 'F-5;F-6'),
  vacancyAllowedFrom: cited(null, 'F-8'),
  vacancyNeedsChair: cited(false, 'F-8'),
  ...nationalThresholds,
};
