// Shapes of the work-records, archive, handover and summary answers (issue 7 items 5 and 6).

export const WORK_KEY = 'work-records';
export const ARCHIVE_KEY = 'archive';
export const HANDOVER_KEY = 'handover';
export const SUMMARY_KEY = 'summary';

export type WorkKind = 'training' | 'publicity' | 'meeting' | 'inspection' | 'talk';

export interface WorkRecord {
  id: string;
  regionCode: string;
  kind: WorkKind;
  title: string;
  heldOn: string;
  quantity: number;
  people: number;
  note: string | null;
}

export interface WorkSums {
  kind: WorkKind;
  title: string;
  records: number;
  quantity: number;
  people: number;
}

export interface WorkAnswer {
  kinds: { kind: WorkKind; title: string; quantity: string; people: string }[];
  records: WorkRecord[];
  sums: WorkSums[];
}

export interface ArchiveEntry {
  id: string;
  title: string;
  source: 'data' | 'recorded';
  basis: string;
  present: boolean;
  applicable: boolean;
  detail: string | null;
  recordedOn: string | null;
  note: string | null;
  documents: { title: string; path: string }[];
}

export interface ArchiveAnswer {
  items: ArchiveEntry[];
  present: number;
  total: number;
}

export interface HandoverCheck {
  item: string;
  title: string;
  done: boolean;
  note?: string;
}

export interface HandoverAnswer {
  formedOn: string | null;
  dueOn: string | null;
  days: number;
  rule: string;
  basis: string;
  late: boolean;
  daysLate: number;
  items: { item: string; title: string }[];
  handover: {
    formedOn: string;
    dueOn: string;
    checklist: HandoverCheck[];
    outgoing: string | null;
    incoming: string | null;
    witness: string | null;
    completedOn: string | null;
  } | null;
}

export interface SummaryParagraph {
  text: string;
  placeholder?: boolean;
}

export interface SummaryAnswer {
  title: string;
  subtitle: string;
  sections: { heading: string; paragraphs: SummaryParagraph[] }[];
}

export const workApi = (roundId: string, code: string) => `/rounds/${roundId}/areas/${code}/work-records`;
export const villageArchiveApi = (roundId: string, code: string) => `/rounds/${roundId}/villages/${code}`;
export const summaryDocxUrl = (roundId: string, area: string) =>
  `/api/rounds/${roundId}/summary.docx?area=${area}`;
