/** Where a rule set's values come from: a law or regulation, with the articles read. */
export interface Source {
  readonly title: string;
  readonly articles: string;
}

export interface Jurisdiction {
  /** 6-digit administrative division code: 000000 for national rules */
  readonly code: string;
  readonly name: string;
}

/** What identifies a rule set and dates it (law-rules §(k): a versioned RuleSet). */
export interface RuleSetMeta {
  readonly id: string;
  /** Chinese title shown to users */
  readonly title: string;
  readonly jurisdiction: Jurisdiction;
  /** ISO date YYYY-MM-DD from which the rules apply */
  readonly effectiveFrom: string;
  /** version of the national organic law the rule set is written against */
  readonly lawVersion: string;
  readonly sources: readonly Source[];
}
