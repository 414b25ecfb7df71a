// The registry: every rule kjhz knows, in the order of the notice.
import type { CheckRule, Rule } from './rule.js';
import * as category from './category.js';
import * as applicant from './applicant.js';
import * as lead from './lead.js';
import * as agreements from './agreements.js';
import * as declarations from './declarations.js';
import { attachmentFile, materialRules, noveltySearchDate } from './materials.js';
import { contentRules } from './content.js';
import { attachmentSeals } from './seals.js';
import { onlineDeadline, paperDeadline } from './deadlines.js';
import { manualRules } from './manual.js';
import { dossierCall } from './dossierCall.js';
import { batchRules } from '../batch/rules.js';
import { listedBatchRule } from '../batch/rule.js';

export const checkRules: CheckRule[] = [
  dossierCall,
  category.beltAndRoadPartner,
  category.keyCountryPartner,
  category.basePlatformFit,
  category.regionalPartnerFit,
  category.categoryField,
  category.aidRegion,
  category.targetsMinimum,
  category.fundingAmount,
  applicant.applicantRegisteredInShanxi,
  applicant.applicantRegistrationDate,
  applicant.applicantLegalPerson,
  applicant.applicantCreditCode,
  applicant.partnerCreditCode,
  applicant.regionalPartnerOutsideShanxi,
  lead.leadBirthDate,
  lead.leadIdNumber,
  lead.leadQualification,
  lead.leadEmployment,
  lead.leadApplicationsThisYear,
  lead.leadOngoingTotal,
  lead.leadCooperationHistory,
  agreements.agreementPerPartner,
  agreements.agreementType,
  agreements.agreementSignatures,
  agreements.partnerSignatoryRank,
  agreements.agreementContents,
  agreements.agreementValidity,
  agreements.agreementBilingual,
  declarations.fundingUnit,
  declarations.matchingRatio,
  applicant.applicantKindMatchesCode,
  declarations.stateSecret,
  declarations.otherFiscalFunding,
  declarations.periodLength,
  declarations.creditRecords,
  declarations.integrityPledge,
  declarations.ethicsReview,
  declarations.declarationsStated,
  ...materialRules,
  lead.leadContractTerm,
  noveltySearchDate,
  attachmentFile,
  ...contentRules,
  attachmentSeals,
  onlineDeadline,
  paperDeadline,
];

/** Listed and configurable like the others; judged across dossiers by src/batch (never per dossier). */
export const batchRuleList = batchRules.map(listedBatchRule);

export const allRules: Rule[] = [...checkRules, ...batchRuleList, ...manualRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
