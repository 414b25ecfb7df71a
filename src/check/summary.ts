// The per-dossier extras of a report: the 三 checklist and the facts a bureau's summary needs.
import type { LooseDossier } from '../model/dossier.js';
import type { Lang } from '../core/finding.js';
import { materialScope } from '../core/marks.js';
import type { DossierSummary, MaterialLine } from '../core/report.js';
import { MATERIALS } from '../rules/materials.js';
import { maskIdNumber, maskIdNumbersIn } from '../core/checksums.js';
import type { Policy } from '../policy/policy.js';
import { callText } from '../policy/text.js';

/** The checklist as the dossier declares it: which materials are needed, missing or not needed, and the
 * fields each stands for. Every other state comes from the findings (markReport, src/core/marks.ts).
 * A label may quote the call (科技查新报告（2024年5月1日之后）): it is filled from the call in use. */
export function buildMaterials(d: LooseDossier, lang: Lang, policy: Policy): MaterialLine[] {
  return MATERIALS.map((m): MaterialLine => {
    const paths = m.files(d).map((f) => f.path);
    const state = paths.length ? 'ok' : m.needed(d) ? 'missing' : 'not-needed';
    return { id: m.id, clause: m.clause, label: callText(m.label[lang], policy, lang), state, paths, scope: materialScope(m.path, paths) };
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
