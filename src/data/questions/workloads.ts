import type {Workload} from './types';

type ChooserInputs = NonNullable<Workload['chooser']>;

/*
 * Workloads that more than one question describes: each option's own scenario, which the
 * cross-option matching question (sc-workloads) uses again. A question whose numbers differ gets
 * its own workload rather than a changed one here.
 */

/** A nightly CSV export scored by a small classical model; nobody waits for a single score. */
export const NIGHTLY_SCORING: ChooserInputs = {
  when: 'none',
  traffic: 'scheduled',
  payload: '2',
  payloadUnit: 'KB',
  duration: '50',
  durationUnit: 'ms',
  model: 'classical',
};

/** Card payments scored at checkout, all day at a steady rate, on instances the team manages. */
export const CHECKOUT_SCORING: ChooserInputs = {
  when: 'interactive',
  traffic: 'steady',
  payload: '3',
  payloadUnit: 'KB',
  duration: '30',
  durationUnit: 'ms',
  manage: 'yes',
};

/** A small classifier for an internal tool called a few times an hour; a slow first answer is fine. */
export const RARE_INTERNAL_TOOL: ChooserInputs = {
  when: 'interactive',
  traffic: 'rare',
  payload: '50',
  payloadUnit: 'KB',
  duration: '1',
  durationUnit: 's',
};

/** Uploaded videos analysed on a GPU for minutes each, with the answer wanted later. */
export const UPLOADED_VIDEOS: ChooserInputs = {
  when: 'later',
  traffic: 'spiky',
  payload: '800',
  payloadUnit: 'MB',
  duration: '12',
  durationUnit: 'min',
  gpu: 'yes',
};

/** Text drafted by a foundation model for people who wait for it. */
export const FOUNDATION_MODEL_DRAFTS: ChooserInputs = {
  when: 'interactive',
  traffic: 'spiky',
  model: 'foundation',
  payload: '30',
  payloadUnit: 'KB',
  duration: '10',
  durationUnit: 's',
};

/** A risk score from a small classical model, returned to a webhook. */
export const WEBHOOK_SCORING: ChooserInputs = {
  when: 'interactive',
  traffic: 'spiky',
  payload: '5',
  payloadUnit: 'KB',
  duration: '200',
  durationUnit: 'ms',
  model: 'classical',
};
