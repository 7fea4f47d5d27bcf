import type {Workload} from './types';

type ChooserInputs = NonNullable<Workload['chooser']>;

/**
 * Workloads that more than one question describes: each option's own scenario, which the
 * cross-option matching question (sc-workloads) uses again. A question in the bank's data files
 * names one as its chooser inputs ("workload": {"chooser": "nightly-scoring"}). A question whose
 * numbers differ gets its own workload rather than a changed one here.
 */
export const NAMED_WORKLOADS = {
  /** A nightly CSV export scored by a small classical model; nobody waits for a single score. */
  'nightly-scoring': {
    when: 'none',
    traffic: 'scheduled',
    payload: '2',
    payloadUnit: 'KB',
    duration: '50',
    durationUnit: 'ms',
    model: 'classical',
  },

  /** Card payments scored at checkout, all day at a steady rate, on instances the team manages. */
  'checkout-scoring': {
    when: 'interactive',
    traffic: 'steady',
    payload: '3',
    payloadUnit: 'KB',
    duration: '30',
    durationUnit: 'ms',
    manage: 'yes',
  },

  /** A small classifier for an internal tool called a few times an hour; a slow first answer is fine. */
  'rare-internal-tool': {
    when: 'interactive',
    traffic: 'rare',
    payload: '50',
    payloadUnit: 'KB',
    duration: '1',
    durationUnit: 's',
  },

  /** Uploaded videos analysed on a GPU for minutes each, with the answer wanted later. */
  'uploaded-videos': {
    when: 'later',
    traffic: 'spiky',
    payload: '800',
    payloadUnit: 'MB',
    duration: '12',
    durationUnit: 'min',
    gpu: 'yes',
  },

  /** Text drafted by a foundation model for people who wait for it. */
  'foundation-model-drafts': {
    when: 'interactive',
    traffic: 'spiky',
    model: 'foundation',
    payload: '30',
    payloadUnit: 'KB',
    duration: '10',
    durationUnit: 's',
  },

  /** A risk score from a small classical model, returned to a webhook. */
  'webhook-scoring': {
    when: 'interactive',
    traffic: 'spiky',
    payload: '5',
    payloadUnit: 'KB',
    duration: '200',
    durationUnit: 'ms',
    model: 'classical',
  },
} satisfies Record<string, ChooserInputs>;

export type WorkloadName = keyof typeof NAMED_WORKLOADS;
