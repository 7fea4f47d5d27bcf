import {LIMITS} from './limits/index';
import {PRICES, type PriceEntry} from './prices/index';
import type {Cited, Quoted, StatedValue} from './types';
import {valueText} from '@site/src/lib/limitText';
import {priceValueText} from '@site/src/lib/priceText';

/*
 * Every collection of sourced entries the guide publishes and checks. An entry states a value,
 * cites the AWS page that states it and, ideally, quotes AWS's sentence; older and conflicting
 * values do the same. The source checker (scripts/check-sources.ts) and the open-data files
 * (/limits.json, /prices.json) read the collections from here.
 */

/** A value with its own source and quote: an older or a conflicting value of an entry. */
export interface SourcedValue extends Partial<Omit<StatedValue, 'unit'>>, Quoted {
  /** A limit's unit (src/data/types.ts) or a price's (src/data/prices/types.ts). */
  unit?: string;
  source: string;
  sourceTitle?: string;
}

/** The shape every published entry shares, whatever else it carries. */
export interface SourcedEntry extends SourcedValue, Cited<SourcedValue, SourcedValue> {
  id: string;
  /** Required here, where an older or a conflicting value may leave it out. */
  sourceTitle: string;
}

export interface Dataset {
  /** What one entry is: "limit", "price". */
  kind: string;
  /** The file name of its open-data copy, served from the site root. */
  file: string;
  title: string;
  /** The guide page that shows every entry, from the site root. */
  page: string;
  entries: readonly SourcedEntry[];
  /** A value of an entry as the pages print it ("25 MB", "$0.20 per 1M requests"). */
  show: (value: SourcedValue) => string | undefined;
}

function stated(value: SourcedValue): boolean {
  return typeof value.value === 'number' && typeof value.unit === 'string';
}

/**
 * The prices as sourced entries. A conflicting price names the reading that gives it rather than
 * an AWS page, so it has no quote to check: its reading and note stand in the `unquoted` reason.
 */
function priceEntries(prices: readonly PriceEntry[]): SourcedEntry[] {
  return prices.map(({conflicting, ...entry}) => ({
    ...entry,
    ...(conflicting
      ? {
          conflicting: conflicting.map((other) => ({
            ...other,
            source: entry.source,
            unquoted: `Read in ${other.where}: ${other.note}`,
          })),
        }
      : {}),
  }));
}

export const DATASETS: readonly Dataset[] = [
  {
    kind: 'limit',
    file: 'limits.json',
    title: 'AWS limits for machine-learning inference',
    page: '/docs/limits',
    entries: LIMITS,
    show: (value) => (stated(value) ? valueText(value as StatedValue) : undefined),
  },
  {
    kind: 'price',
    file: 'prices.json',
    title: 'AWS prices for machine-learning inference (US East (N. Virginia))',
    page: '/docs/tools/cost-comparison',
    entries: priceEntries(PRICES),
    show: (value) => (stated(value) ? priceValueText(value as PriceEntry) : undefined),
  },
];
