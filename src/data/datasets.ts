import {LIMITS} from './limits/index';
import type {Quoted, StatedValue} from './types';

/*
 * Every collection of sourced entries the guide publishes and checks. An entry states a value,
 * cites the AWS page that states it and, ideally, quotes AWS's sentence; older and conflicting
 * values do the same. The source checker (scripts/check-sources.ts) and the open-data files
 * (/limits.json) read the collections from here, so a new collection, such as prices, is one
 * more line in DATASETS.
 */

/** A value with its own source and quote: an older or a conflicting value of an entry. */
export interface SourcedValue extends Partial<StatedValue>, Quoted {
  source: string;
  sourceTitle?: string;
}

/** The shape every published entry shares, whatever else it carries. */
export interface SourcedEntry extends SourcedValue {
  id: string;
  sourceTitle: string;
  verifiedOn: string;
  previous?: readonly SourcedValue[];
  conflicting?: readonly SourcedValue[];
}

export interface Dataset {
  /** What one entry is: "limit", later "price". */
  kind: string;
  /** The file name of its open-data copy, served from the site root. */
  file: string;
  title: string;
  /** The guide page that shows every entry, from the site root. */
  page: string;
  entries: readonly SourcedEntry[];
}

export const DATASETS: readonly Dataset[] = [
  {
    kind: 'limit',
    file: 'limits.json',
    title: 'AWS limits for machine-learning inference',
    page: '/docs/limits',
    entries: LIMITS,
  },
];
