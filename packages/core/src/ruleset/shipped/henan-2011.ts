import { cited } from '../cited.js';
import type { RuleSetMeta } from '../meta.js';
import type { TallyParams } from '../tally-params.js';
import { nationalThresholds } from './national-thresholds.js';

export const henan2011Meta: RuleSetMeta = {
  id: 'henan-2011',
  title: '河南省（实施村民委员会组织法办法 2011 年）',
  jurisdiction: { code: '410000', name: '河南省' },
  effectiveFrom: '2011-01-01',
  lawVersion: '2010',
  sources: [
    { title: '中华人民共和国村民委员会组织法（2010 年修订）', articles: '第十五条、第十六条' },
    {
      title: '河南省实施《中华人民共和国村民委员会组织法》办法（2011 年）',
      articles: '第三十四条至第三十八条',
    },
  ],
};

export const henan2011Tally: TallyParams = {
  // separate ballots per office (E-3), so an over-vote spoils only that office's ballot
  overvoteScope: cited('office', 'E-3;E-6'),
  crossOffice: cited('independent', 'E-3;F-12'),
  overcollectionBase: cited('issued', 'E-4'),
  kinBar: cited([], 'C1-5'),
  womenRule: cited('flag', 'C1-2'),
  runoffTurnoutRequired: cited(true, 'F-7'),
  runoffExtraCandidates: cited(1, 'F-6'),
  vacancyAllowedFrom: cited(null, 'F-8'),
  vacancyNeedsChair: cited(false, 'F-8'),
  ...nationalThresholds,
};
