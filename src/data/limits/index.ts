import {ASYNC_LIMITS} from './async';
import {BATCH_LIMITS} from './batch';
import {BEDROCK_LIMITS} from './bedrock';
import {FRONT_LIMITS} from './front';
import {LAMBDA_LIMITS} from './lambda';
import {REALTIME_LIMITS} from './realtime';
import {SERVERLESS_LIMITS} from './serverless';

/*
 * Every AWS limit and price the guide shows, one file per service. Pages, tables and
 * calculators read from here; nothing else in the project types an AWS number. To change a
 * value, change it in its file with its source and the date you read it there
 * (CONTRIBUTING.md explains how).
 */
export const LIMITS = [
  ...BATCH_LIMITS,
  ...REALTIME_LIMITS,
  ...SERVERLESS_LIMITS,
  ...ASYNC_LIMITS,
  ...BEDROCK_LIMITS,
  ...LAMBDA_LIMITS,
  ...FRONT_LIMITS,
] as const;

export type LimitId = (typeof LIMITS)[number]['id'];
