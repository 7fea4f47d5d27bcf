import type {PriceEntry, PriceUnit} from '@site/src/data/prices';
import {formatDecimal} from '@site/src/lib/units';

/*
 * A price as text, the way the pages, the calculator and /prices.json show it. Every price the
 * site prints goes through this one module.
 */

/** "$0.20", "$0.0000166667", "$1.408": every significant digit the data module holds. */
export function dollars(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const digits = value !== 0 && Math.abs(value) < 0.01 ? 10 : 4;
  return `$${formatDecimal(value, digits, 2)}`;
}

/** A monthly amount in dollars and cents: "$18.74", "$1,234.50", "under $0.01". */
export function usd(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value > 0 && value < 0.005) return 'under $0.01';
  return `$${formatDecimal(value, 2, 2)}`;
}

const RATE_UNITS: Partial<Record<PriceUnit, string>> = {
  'USD per 1M requests': 'per 1M requests',
  'USD per GB-second': 'per GB-second',
  'USD per second': 'per second',
  'USD per instance-hour': 'per instance-hour',
  'USD per GB processed': 'per GB processed',
  'USD per 1M input tokens': 'per 1M input tokens',
  'USD per 1M output tokens': 'per 1M output tokens',
};

/** "$0.20 per 1M requests", "125 instance-hours per month", "50%". */
export function priceValueText(value: {value: number; unit: PriceUnit}): string {
  const rate = RATE_UNITS[value.unit];
  if (rate) return `${dollars(value.value)} ${rate}`;
  if (value.unit === 'percent') return `${formatDecimal(value.value)}%`;
  return `${formatDecimal(value.value)} ${value.unit}`;
}

/** An entry's value as text. */
export function priceText(entry: Pick<PriceEntry, 'value' | 'unit'>): string {
  return priceValueText(entry);
}

/** True when the value is a rate in US dollars. */
export function isRateUnit(unit: PriceUnit): boolean {
  return unit in RATE_UNITS;
}

/** Why a price is not confirmed at AWS, or undefined when it is. */
export function unconfirmedReason(entry: Pick<PriceEntry, 'confirmation'>): string | undefined {
  return entry.confirmation.confirmed ? undefined : entry.confirmation.reason;
}

/** How the value was seen, in a few words. */
export function seenAsText(entry: Pick<PriceEntry, 'confirmation'>): string {
  switch (entry.confirmation.seenAs) {
    case 'aws-page':
      return 'Confirmed on an AWS page';
    case 'aws-price-list':
      return 'Confirmed in AWS’s Price List';
    case 'third-party':
      return 'Not confirmed at AWS';
  }
}

/** The text of a price with its mark, as the pages show it in plain text (llms-full.txt). */
export function priceEntryText(entry: PriceEntry): string {
  return entry.confirmation.confirmed
    ? priceText(entry)
    : `${priceText(entry)} (not confirmed at AWS)`;
}
