import {aws, from, onAwsPage, read, thirdParty} from './sources';
import type {PriceEntry, Reading} from './types';

const TABLES_IN_BROWSER =
  "AWS's Bedrock pricing page fills its prices in the browser, so no stored copy of it " +
  "shows this price; it was read only in others' transcriptions and Price List " +
  'readings.';
const NO_PAGE_QUOTE = 'The price tables of the Bedrock pricing page are filled in the browser.';

type Direction = 'input' | 'output';
type Mode = 'onDemand' | 'batch';

function tokenPrice<const Model extends string, const D extends Direction, const M extends Mode>(
  model: Model,
  name: string,
  direction: D,
  mode: M,
  value: number,
  readings: readonly Reading[],
  extra: {reason?: string; note?: string} = {},
) {
  const suffix =
    mode === 'batch' ? `batch${direction === 'input' ? 'Input' : 'Output'}` : direction;
  return {
    id: `bedrock.${model}.${suffix}` as `bedrock.${Model}.${M extends 'batch' ? `batch${Capitalize<D>}` : D}`,
    subject: 'bedrock',
    kind: 'rate',
    item: `${name}, ${direction} tokens${mode === 'batch' ? ', batch inference' : ', on demand'}`,
    value,
    unit: direction === 'input' ? 'USD per 1M input tokens' : 'USD per 1M output tokens',
    ...from(aws.bedrockPricing),
    confirmation: thirdParty(
      extra.reason ? `${TABLES_IN_BROWSER} ${extra.reason}` : TABLES_IN_BROWSER,
    ),
    status: 'current',
    unquoted: NO_PAGE_QUOTE,
    readings,
    ...(extra.note ? {note: extra.note} : {}),
  } as const satisfies PriceEntry;
}

const perThousand = (value: number): Reading => ({
  ...read.bedrockPage2025,
  as: `$${value} per 1,000 tokens`,
});

const GLOBAL_NOTE =
  'The price of a global cross-Region inference profile. Readings of the Price List put ' +
  'in-Region and geographic (us.) profiles 10% higher for these Claude models.';

/** Amazon Bedrock, on-demand (Standard tier) and batch, requests from US East (N. Virginia). */
export const BEDROCK_PRICES = [
  tokenPrice('novaMicro', 'Amazon Nova Micro', 'input', 'onDemand', 0.035, [
    perThousand(0.000035),
    read.novaMicroPriceList,
  ]),
  tokenPrice('novaMicro', 'Amazon Nova Micro', 'output', 'onDemand', 0.14, [
    perThousand(0.00014),
    {...read.novaMicroPriceList, usageType: 'USE1-NovaMicro-output-tokens'},
  ]),
  tokenPrice('novaMicro', 'Amazon Nova Micro', 'input', 'batch', 0.0175, [perThousand(0.0000175)]),
  tokenPrice('novaMicro', 'Amazon Nova Micro', 'output', 'batch', 0.07, [perThousand(0.00007)]),
  tokenPrice('novaLite', 'Amazon Nova Lite', 'input', 'onDemand', 0.06, [perThousand(0.00006)]),
  tokenPrice('novaLite', 'Amazon Nova Lite', 'output', 'onDemand', 0.24, [perThousand(0.00024)]),
  tokenPrice('novaLite', 'Amazon Nova Lite', 'input', 'batch', 0.03, [perThousand(0.00003)]),
  tokenPrice('novaLite', 'Amazon Nova Lite', 'output', 'batch', 0.12, [perThousand(0.00012)]),
  tokenPrice('novaPro', 'Amazon Nova Pro', 'input', 'onDemand', 0.8, [perThousand(0.0008)]),
  tokenPrice('novaPro', 'Amazon Nova Pro', 'output', 'onDemand', 3.2, [perThousand(0.0032)]),
  tokenPrice('novaPro', 'Amazon Nova Pro', 'input', 'batch', 0.4, [perThousand(0.0004)]),
  tokenPrice('novaPro', 'Amazon Nova Pro', 'output', 'batch', 1.6, [perThousand(0.0016)]),
  tokenPrice('llama3-3-70b', 'Meta Llama 3.3 Instruct (70B)', 'input', 'onDemand', 0.72, [
    perThousand(0.00072),
  ]),
  tokenPrice('llama3-3-70b', 'Meta Llama 3.3 Instruct (70B)', 'output', 'onDemand', 0.72, [
    perThousand(0.00072),
  ]),
  tokenPrice('llama3-3-70b', 'Meta Llama 3.3 Instruct (70B)', 'input', 'batch', 0.36, [
    perThousand(0.00036),
  ]),
  tokenPrice('llama3-3-70b', 'Meta Llama 3.3 Instruct (70B)', 'output', 'batch', 0.36, [
    perThousand(0.00036),
  ]),
  tokenPrice(
    'claudeHaiku45',
    'Anthropic Claude Haiku 4.5',
    'input',
    'onDemand',
    1,
    [read.claudeOnBedrock, read.claudeRouteSplit],
    {
      reason: 'Claude Haiku 4.5 came out after the dated transcription of the page.',
      note: `${GLOBAL_NOTE} Some study material gives $0.80 / $4, which is the price of the older Claude 3.5 Haiku.`,
    },
  ),
  tokenPrice(
    'claudeHaiku45',
    'Anthropic Claude Haiku 4.5',
    'output',
    'onDemand',
    5,
    [read.claudeOnBedrock, read.claudeRouteSplit],
    {
      reason: 'Claude Haiku 4.5 came out after the dated transcription of the page.',
      note: GLOBAL_NOTE,
    },
  ),
  tokenPrice(
    'claudeSonnet46',
    'Anthropic Claude Sonnet 4.6',
    'input',
    'onDemand',
    3,
    [read.claudeOnBedrock, read.claudeRouteSplit],
    {
      reason: 'Claude Sonnet 4.6 came out after the dated transcription of the page.',
      note: GLOBAL_NOTE,
    },
  ),
  tokenPrice(
    'claudeSonnet46',
    'Anthropic Claude Sonnet 4.6',
    'output',
    'onDemand',
    15,
    [read.claudeOnBedrock, read.claudeRouteSplit],
    {
      reason: 'Claude Sonnet 4.6 came out after the dated transcription of the page.',
      note: GLOBAL_NOTE,
    },
  ),
  {
    id: 'bedrock.batchDiscount',
    subject: 'bedrock',
    kind: 'discount',
    item: 'Batch inference discount against on-demand, for the models that offer it',
    value: 50,
    unit: 'percent',
    ...from(aws.bedrockCost),
    confirmation: onAwsPage,
    status: 'current',
    quote: '50% cost savings vs on-demand',
    note:
      'Not every model offers batch inference: the calculator uses a batch price only where ' +
      'one was read for the model, and says so where none was.',
    previous: [
      {
        value: 0,
        unit: 'percent',
        source: aws.bedrockPricing.url,
        quote: 'Pricing for Batch mode is the same as pricing for On-Demand mode',
        note:
          'An older copy of the Bedrock pricing page said batch cost the same as on demand ' +
          '(quoted from the guide’s research notes of 2026-11-29; not re-read for this entry).',
      },
    ],
  },
] as const satisfies readonly PriceEntry[];

/** The Bedrock models the calculator prices, and the ids of their prices. */
export const BEDROCK_MODELS = [
  {
    id: 'nova-micro',
    name: 'Amazon Nova Micro',
    provider: 'Amazon',
    input: 'bedrock.novaMicro.input',
    output: 'bedrock.novaMicro.output',
    batchInput: 'bedrock.novaMicro.batchInput',
    batchOutput: 'bedrock.novaMicro.batchOutput',
  },
  {
    id: 'nova-lite',
    name: 'Amazon Nova Lite',
    provider: 'Amazon',
    input: 'bedrock.novaLite.input',
    output: 'bedrock.novaLite.output',
    batchInput: 'bedrock.novaLite.batchInput',
    batchOutput: 'bedrock.novaLite.batchOutput',
  },
  {
    id: 'nova-pro',
    name: 'Amazon Nova Pro',
    provider: 'Amazon',
    input: 'bedrock.novaPro.input',
    output: 'bedrock.novaPro.output',
    batchInput: 'bedrock.novaPro.batchInput',
    batchOutput: 'bedrock.novaPro.batchOutput',
  },
  {
    id: 'llama3-3-70b',
    name: 'Meta Llama 3.3 Instruct (70B)',
    provider: 'Meta',
    input: 'bedrock.llama3-3-70b.input',
    output: 'bedrock.llama3-3-70b.output',
    batchInput: 'bedrock.llama3-3-70b.batchInput',
    batchOutput: 'bedrock.llama3-3-70b.batchOutput',
  },
  {
    id: 'claude-haiku-4-5',
    name: 'Anthropic Claude Haiku 4.5 (global cross-Region inference)',
    provider: 'Anthropic',
    input: 'bedrock.claudeHaiku45.input',
    output: 'bedrock.claudeHaiku45.output',
  },
  {
    id: 'claude-sonnet-4-6',
    name: 'Anthropic Claude Sonnet 4.6 (global cross-Region inference)',
    provider: 'Anthropic',
    input: 'bedrock.claudeSonnet46.input',
    output: 'bedrock.claudeSonnet46.output',
  },
] as const;
export type BedrockModelId = (typeof BEDROCK_MODELS)[number]['id'];
