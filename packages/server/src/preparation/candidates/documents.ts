/**
 * The candidate list announcement (公告) and the candidates' one-page introductions (简历) as PDFs,
 * from the list as it stands (view.ts), through the documents area's generators. The announcement is
 * dated its latest publication (or the given day, or today) and marked 草稿 while unpublished.
 */
import type { IsoDate } from '@huanjie/core';
import type { Tx } from '../../db/connect.js';
import { candidateBiosPdf } from '../../documents/candidate-bios.js';
import { candidateListPdf } from '../../documents/candidate-list.js';
import { badRequest } from '../../http/errors.js';
import { getRegion } from '../../regions/queries.js';
import type { VillageCtx } from '../../registration/village.js';
import { candidatesView } from './view.js';

export interface CandidateDocOptions {
  today: IsoDate;
  date?: string | undefined;
  term?: string | undefined;
}

async function current(db: Tx, vr: VillageCtx, today: IsoDate) {
  const view = await candidatesView(db, vr, today);
  if (!view.ready) throw badRequest('本村尚未制定职数方案，还没有候选人名单');
  return view;
}

export async function candidateListDocument(db: Tx, vr: VillageCtx, o: CandidateDocOptions): Promise<Buffer> {
  const view = await current(db, vr, o.today);
  const village = await getRegion(db, vr.villageCode);
  const published = view.publishedOn !== null && !view.changedSincePublication;
  return candidateListPdf({
    village: village.name,
    term: o.term ?? '本届',
    kind: view.kind,
    laws: vr.ruleSet.sources.map((s) => s.title),
    electionDay: vr.electionDay,
    order: view.order.by,
    offices: view.offices.map((office) => ({
      title: office.title,
      seats: office.seats,
      candidates: office.candidates.map((c) => ({
        name: c.name,
        sex: c.sex,
        birthDate: c.birthDate,
        education: c.bio.education,
        politicalStatus: c.bio.politicalStatus,
        currentPost: c.bio.currentPost,
      })),
    })),
    publishedOn: o.date ?? view.publishedOn ?? o.today,
    draft: !published,
  });
}

export async function candidateBiosDocument(db: Tx, vr: VillageCtx, o: CandidateDocOptions): Promise<Buffer> {
  const view = await current(db, vr, o.today);
  const village = await getRegion(db, vr.villageCode);
  return candidateBiosPdf({
    village: village.name,
    term: o.term ?? '本届',
    kind: view.kind,
    officeOrder: view.offices.map((office) => office.title),
    people: view.offices.flatMap((office) =>
      office.candidates.map((c) => ({
        name: c.name,
        sex: c.sex,
        birthDate: c.birthDate,
        office: office.title,
        group: c.groupName,
        education: c.bio.education,
        politicalStatus: c.bio.politicalStatus,
        currentPost: c.bio.currentPost,
        experience: c.bio.experience,
        plans: c.bio.plans,
        photoNote: c.bio.photoNote,
      })),
    ),
    printedOn: o.date ?? o.today,
  });
}
