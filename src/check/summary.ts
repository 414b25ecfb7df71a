// The per-dossier extras of a report: the 三 checklist and the facts a bureau's summary needs.
import type { LooseDossier } from '../model/dossier.js';
import type { AttachmentFact } from '../core/attachments.js';
import type { Finding, Lang } from '../core/finding.js';
import type { DossierSummary, MaterialLine } from '../core/report.js';
import { MATERIALS } from '../rules/materials.js';
import { maskIdNumber, maskIdNumbersIn } from '../core/checksums.js';

export function buildMaterials(d: LooseDossier, attachments: ReadonlyMap<string, AttachmentFact>, findings: readonly Finding[], lang: Lang): MaterialLine[] {
  return MATERIALS.flatMap((m): MaterialLine[] => {
    const files = m.files(d);
    const needed = m.needed(d);
    if (!needed && files.length === 0 && (m.id === 'other' || m.id === 'ethicsReview' || m.id === 'auditReport' || m.id === 'platformProof')) {
      return [{ id: m.id, clause: m.clause, label: m.label[lang], state: 'not-needed', paths: [] }];
    }
    if (files.length === 0) return [{ id: m.id, clause: m.clause, label: m.label[lang], state: needed ? 'missing' : 'not-needed', paths: [] }];
    const paths = files.map((f) => f.path);
    const troubled = paths.some((p) => attachments.get(p)?.status !== 'ok') || findings.some((f) => f.severity === 'error' && f.path !== undefined && paths.some((p) => f.path === p || f.path!.startsWith(`${p}.`)));
    return [{ id: m.id, clause: m.clause, label: m.label[lang], state: troubled ? 'problem' : 'ok', paths }];
  });
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? maskIdNumbersIn(v) : undefined);

export function buildSummary(d: LooseDossier): DossierSummary {
  const partners = Array.isArray(d.partners) ? d.partners : [];
  const lead = d.lead;
  const qualification = [str(lead?.title), lead?.degree === 'doctorate' ? '博士' : undefined].filter(Boolean).join('/');
  const out: DossierSummary = {
    recommender: str(d.applicant?.recommender),
    applicant: str(d.applicant?.name),
    creditCode: str(d.applicant?.creditCode),
    applicantKind: str(d.applicant?.kind),
    title: str(d.project?.title),
    category: d.project?.category,
    field: str(d.project?.field),
    mainPartner: str(partners[0]?.name),
    partnerCountries: [...new Set(partners.map((p) => p?.country).filter((c): c is string => typeof c === 'string').map((c) => c.toUpperCase()))],
    lead: str(lead?.name),
    leadBirth: str(lead?.birthDate),
    leadIdMasked: typeof lead?.idNumber === 'string' && lead.idNumber ? maskIdNumber(lead.idNumber) : undefined,
    leadQualification: qualification || undefined,
    period: d.project?.period?.start && d.project.period.end ? `${d.project.period.start}至${d.project.period.end}` : undefined,
    requested: typeof d.project?.funding?.requested === 'number' ? d.project.funding.requested : undefined,
    matching: typeof d.project?.funding?.matching === 'number' ? d.project.funding.matching : undefined,
    summary: str(d.project?.summary),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as DossierSummary;
}
