// 选举结果文书（结果报告单、结果公告、当选证书）的输入：一次投票计票后的数字、各职务每个人的得票和
// 结果、有效与否的理由（已写成带条目编号的中文句子），以及签名的工作人员。由 result-data.ts 从数据库
// 装配，三个生成器只管排版。

/** 一个人在一个职务上的得票和结果。 */
export interface PersonVotes {
  name: string;
  votes: number;
  /** 选票上印的候选人（自荐人、再次投票的人）；false 为另选他人 */
  onBallot: boolean;
  outcome: 'elected' | 'tie' | 'kin-removed' | 'kin-revote' | 'not-elected';
}

export interface OfficeVotes {
  title: string;
  seats: number;
  /** 票数从多到少，选票上得 0 票的候选人也列出 */
  people: PersonVotes[];
  /** 当选的人，票数从多到少 */
  elected: { name: string; votes: number }[];
  unfilled: number;
  /** 票数相等需再次投票：人名和名额 */
  tie: { names: string[]; seats: number } | null;
}

export interface ResultTotals {
  registered: number;
  voted: number;
  /** 参加投票的方式（ballot_issues.via） */
  inPerson: number;
  proxy: number;
  mobile: number;
  issued: number;
  collected: number;
  voidBallots: number;
}

export interface ElectionPart {
  kind: 'election';
  /** 当选票数线一句话，如“当选须得票 12 票以上（得票数 × 2 > 参加投票人数，F-2）” */
  quota: string;
  offices: OfficeVotes[];
  /** 再次投票、另行选举候选人、任职回避、妇女成员、可以空缺等，一条一句 */
  notes: string[];
  /** 废票构成，如“选举委员会认定 1 张”；没有废票为空 */
  voidNotes: string[];
}

export interface RecallPart {
  kind: 'recall';
  member: string;
  office: string;
  yes: number;
  no: number;
  passed: boolean;
  /** 赞成票的要求一句话（H-2） */
  approval: string;
}

export interface ResultDoc {
  village: string;
  township: string;
  /** 村民委员会 / 居民委员会 */
  committeeName: string;
  roundName: string;
  /** 依据的法律法规名称（规则集的出处） */
  laws: string[];
  /** 第一次投票、另行选举、补选、罢免表决…… */
  voteKind: string;
  voteKindCode: string;
  pollingDate: string;
  /** 报告、公告的日期 */
  reportDate: string;
  totals: ResultTotals;
  valid: boolean;
  /** 有效或无效的理由，一条一句，带条目编号 */
  validity: string[];
  part: ElectionPart | RecallPart;
  staff: { chief: string[]; scrutineers: string[]; counters: string[] };
}

/** 当选证书：每个当选的人一页。 */
export interface CertificateDoc {
  village: string;
  township: string;
  committeeName: string;
  pollingDate: string;
  /** 发证日期（乡镇确认之日） */
  issuedOn: string;
  /** 如“任期 5 年”或“任期至本届村民委员会任期届满时止” */
  term: string;
  /** 证书编号的前缀，如村代码和投票序号 */
  numberPrefix: string;
  people: { name: string; office: string }[];
}
