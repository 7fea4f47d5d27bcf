import {DATASETS, type Dataset, type SourcedValue} from '@site/src/data/datasets';
import type {StatedValue} from '@site/src/data/types';
import {valueText} from '@site/src/lib/limitText';

/** One value to check at its source: an entry's current, older or conflicting value. */
export interface QuotedValue {
  /** The entry's id: "lambda.asyncPayload". */
  id: string;
  /** What the entry is: "limit", "price". */
  kind: string;
  role: 'current' | 'previous' | 'conflicting';
  /** "lambda.asyncPayload", "lambda.asyncPayload (older value 1)". */
  label: string;
  /** The value as the guide shows it, when it has one. */
  shown?: string;
  /** Where the quote is read: the cited page, or the copy of it named by `quoteFrom`. */
  source: string;
  quote?: string;
  unquoted?: string;
}

function shownOf(value: SourcedValue): string | undefined {
  return typeof value.value === 'number' && value.unit
    ? valueText(value as StatedValue)
    : undefined;
}

function quoted(
  dataset: Dataset,
  id: string,
  role: QuotedValue['role'],
  label: string,
  value: SourcedValue,
): QuotedValue {
  return {
    id,
    kind: dataset.kind,
    role,
    label,
    shown: shownOf(value),
    source: value.quoteFrom ?? value.source,
    quote: value.quote,
    unquoted: value.unquoted,
  };
}

/** Every value of every dataset, each with its own source and quote. */
export function quotedValues(datasets: readonly Dataset[] = DATASETS): QuotedValue[] {
  return datasets.flatMap((dataset) =>
    dataset.entries.flatMap((entry) => [
      quoted(dataset, entry.id, 'current', entry.id, entry),
      ...(entry.previous ?? []).map((value, i) =>
        quoted(dataset, entry.id, 'previous', `${entry.id} (older value ${i + 1})`, value),
      ),
      ...(entry.conflicting ?? []).map((value, i) =>
        quoted(dataset, entry.id, 'conflicting', `${entry.id} (conflicting value ${i + 1})`, value),
      ),
    ]),
  );
}
