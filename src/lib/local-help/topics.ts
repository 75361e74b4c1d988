/**
 * From what a simulation reveals to the topics local help is filed under. Pure: the results page builds the
 * findings from the engine's output (costs, claimed benefits) and asks helpFor() for the matching entries.
 */
import { TOPICS, type Topic } from './schema';

export const FINDINGS = [
  /** Transport to the job costs a noticeable share of the gain. */
  'transport-cost-high',
  /** The job cannot be reached without a car (hours, distance) or the person has no licence. */
  'car-needed',
  /** A child needs care during working hours. */
  'childcare-needed',
  /** Childcare costs a noticeable share of the gain. */
  'childcare-cost-high',
  /** The prime d'activité is due but the person says they will not claim it. */
  'prime-activite-not-claimed',
  /** Another benefit is due but not claimed. */
  'benefit-not-claimed',
  /** The person asks for training or the job needs a qualification. */
  'training-needed',
  /** Online claims or declarations are hard for the person. */
  'digital-help-needed',
  /** Still looking for a job, or long-term unemployed. */
  'job-search',
  /** The person thinks of creating their own activity. */
  'business-creation'
] as const;
export type Finding = (typeof FINDINGS)[number];

const TOPICS_OF: Record<Finding, readonly Topic[]> = {
  'transport-cost-high': ['transport'],
  'car-needed': ['transport'],
  'childcare-needed': ['garde'],
  'childcare-cost-high': ['garde', 'droits'],
  'prime-activite-not-claimed': ['droits'],
  'benefit-not-claimed': ['droits'],
  'training-needed': ['formation'],
  'digital-help-needed': ['numerique'],
  'job-search': ['emploi'],
  'business-creation': ['creation']
};

/** Topics for a list of findings, without duplicates, in the fixed order of TOPICS. */
export function topicsFor(findings: readonly Finding[]): Topic[] {
  const wanted = new Set(findings.flatMap((f) => TOPICS_OF[f]));
  return TOPICS.filter((t) => wanted.has(t));
}
