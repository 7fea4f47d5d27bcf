import type {ReactNode} from 'react';
import {BEDROCK_MODELS, getPrice, type PriceId} from '@site/src/data/prices';
import {priceText, unconfirmedReason, usd} from '@site/src/lib/priceText';
import {formatDecimal, formatSignificant} from '@site/src/lib/units';
import {Calculator, FieldGroup, Note} from '@site/src/widgets/shared/Calculator';
import {choiceTitle} from '@site/src/widgets/shared/logic/query';
import {ChoiceField, NumberField, SelectField} from '@site/src/widgets/shared/Fields';
import {ResultTable} from '@site/src/widgets/shared/ResultTable';
import {SourcedText} from '@site/src/widgets/shared/SourcedText';
import {useCalculator} from '@site/src/widgets/shared/useCalculator';
import {VerdictBadge} from '@site/src/widgets/shared/VerdictBadge';
import {CostChart} from './CostChart';
import {
  ARCHITECTURES,
  breakEvenSentence,
  compareCosts,
  COST_SCHEMA,
  optionLabel,
  priceParam,
  pricedTypes,
  readCostForm,
  roughly,
  SERVERLESS_SIZES,
  type Comparison,
  type ComparisonRow,
  type CostField,
  type CostFit,
} from './logic';
import styles from './styles.module.css';

const RATE_LABELS = {month: 'a month', second: 'a second'} as const;
const YES_NO_LABELS = {no: 'No', yes: 'Yes'} as const;
const ARCH_LABELS: Record<(typeof ARCHITECTURES)[number], string> = {x86: 'x86', arm: 'Arm'};
const SERVERLESS_LABELS = Object.fromEntries(
  SERVERLESS_SIZES.map((size) => [size, `${size} GB`]),
) as Record<(typeof SERVERLESS_SIZES)[number], string>;
const MODEL_LABELS = Object.fromEntries(
  BEDROCK_MODELS.map((model) => [model.id, model.name]),
) as Record<(typeof BEDROCK_MODELS)[number]['id'], string>;
const typeLabels = (option: 'realtime' | 'async' | 'batch') =>
  Object.fromEntries(pricedTypes(option).map((type) => [type, type])) as Record<string, string>;

/**
 * The SageMaker AI options billed by the instance: the instance type (labelled with the name the
 * schema gives it), then the numbers that size the bill, each with its label.
 */
const INSTANCE_GROUPS = [
  {
    option: 'realtime',
    type: 'realtimeType',
    numbers: {
      realtimeCount: 'Real-time instances',
      endpointHours: 'Hours a month the endpoint is up',
    },
  },
  {
    option: 'async',
    type: 'asyncType',
    numbers: {
      asyncCount: 'Asynchronous instances per burst',
      asyncBursts: 'Bursts a month (scale-outs from zero)',
      asyncScaleOut: 'Scale-out time per burst (seconds)',
      asyncCoolDown: 'Cool-down per burst (seconds)',
    },
  },
  {
    option: 'batch',
    type: 'batchType',
    numbers: {
      batchCount: 'Batch Transform instances',
      batchJobs: 'Batch jobs a month',
      batchOverhead: 'Start-up time per job (seconds)',
    },
  },
] as const satisfies readonly {
  option: 'realtime' | 'async' | 'batch';
  type: CostField;
  numbers: Partial<Record<CostField, string>>;
}[];

const FIT_WORDS: Record<
  CostFit,
  {verdict: 'fits' | 'if-configured' | 'maybe' | 'over'; word: string}
> = {
  fits: {verdict: 'fits', word: 'Fits'},
  'if-configured': {verdict: 'if-configured', word: 'Fits if configured'},
  maybe: {verdict: 'maybe', word: 'May not fit'},
  'ruled-out': {verdict: 'over', word: 'Ruled out'},
};

function quantity(value: number): string {
  if (value === 0) return '0';
  if (value >= 1000) return formatDecimal(Math.round(value));
  return formatSignificant(value, 4);
}

function Summary({result}: {result: Comparison}): ReactNode {
  const cheapest = result.rows.find((row) => row.option === result.cheapest);
  const requests = roughly(result.workload.requestsPerMonth);
  return (
    <>
      <p>
        At <strong>{requests}</strong> requests a month,{' '}
        {cheapest ? (
          <>
            the option that costs least and fits is{' '}
            <strong>{optionLabel(cheapest.option, result.workload)}</strong>, at{' '}
            <strong>{usd(cheapest.monthlyUsd)}</strong> a month.
          </>
        ) : (
          <>no option both fits this workload and has the time to serve it.</>
        )}
      </p>
      {result.overrides.length > 0 ? (
        <p>
          Using your own prices for: {result.overrides.map((id) => getPrice(id).item).join('; ')}.
        </p>
      ) : null}
    </>
  );
}

function Breakdown({row}: {row: ComparisonRow}): ReactNode {
  return (
    <ul className={styles.lines}>
      {row.lines.map((line, i) => (
        <li key={i}>
          {line.label}: {quantity(line.quantity)} ×{' '}
          {priceText({value: line.rate, unit: getPrice(line.price).unit})} = {usd(line.usd)}
          {row.overrides.includes(line.price) ? (
            <strong className={styles.own}> (your price)</strong>
          ) : row.unconfirmed.includes(line.price) ? (
            <span className={styles.mark}> (not confirmed at AWS)</span>
          ) : null}
        </li>
      ))}
      {row.notes.map((note, i) => (
        <li key={`note-${i}`} className={styles.note}>
          {note}
        </li>
      ))}
    </ul>
  );
}

function Rows({result}: {result: Comparison}): ReactNode {
  return (
    <ResultTable
      caption="Monthly cost of each option for this workload"
      columns={['Option', 'Fits?', 'Monthly cost', 'Breakdown']}
      testId="cost-rows">
      {result.rows.map((row) => {
        const fit = FIT_WORDS[row.fitVerdict.fit];
        const ruledOut = row.fitVerdict.fit === 'ruled-out';
        return (
          <tr
            key={row.option}
            data-option={row.option}
            data-fit={row.fitVerdict.fit}
            data-monthly-usd={row.priced ? String(row.monthlyUsd) : ''}
            className={ruledOut ? styles.ruledOut : undefined}>
            <th scope="row">{optionLabel(row.option, result.workload)}</th>
            <td data-label="Fits?">
              <VerdictBadge verdict={fit.verdict} word={fit.word} />
              {row.fitVerdict.reasons.map((reason, i) => (
                <span key={i} className={styles.reason}>
                  <SourcedText parts={reason} />
                </span>
              ))}
              {row.overCapacity ? (
                <span className={styles.reason}>
                  More requests than the instances can serve in a month: add instances.
                </span>
              ) : null}
            </td>
            <td data-label="Monthly cost" className={styles.total}>
              {row.priced ? usd(row.monthlyUsd) : 'No sourced price'}
              {ruledOut ? <span className="visually-hidden"> (ruled out)</span> : null}
            </td>
            <td data-label="Breakdown">
              <Breakdown row={row} />
            </td>
          </tr>
        );
      })}
    </ResultTable>
  );
}

function Details({result}: {result: Comparison}): ReactNode {
  return (
    <>
      <Rows result={result} />
      <h3 className={styles.heading}>Where the costs cross</h3>
      {result.breakEvens.length > 0 ? (
        <ul data-testid="cost-break-evens">
          {result.breakEvens.map((breakEven, i) => (
            <li
              key={i}
              data-below={breakEven.cheaperBelow}
              data-above={breakEven.cheaperAbove}
              data-requests={String(breakEven.requestsPerMonth)}>
              {breakEvenSentence(breakEven, result.workload)}
            </li>
          ))}
        </ul>
      ) : (
        <p data-testid="cost-break-evens">
          Between 1 and 10 billion requests a month, the options that fit never trade places with
          the real-time endpoint before its instances run out of time.
        </p>
      )}
      {result.curve ? <CostChart curve={result.curve} workload={result.workload} /> : null}
      <h3 className={styles.heading}>Assumptions</h3>
      <ul className={styles.assumptions} data-testid="cost-assumptions">
        {result.assumptions.map((assumption) => (
          <li key={assumption.id} data-assumption={assumption.id}>
            {assumption.text}
          </li>
        ))}
      </ul>
      <Note>
        Prices marked “not confirmed at AWS” were read in others’ readings of AWS’s Price List,
        because AWS’s pricing pages fill their tables in the browser; replace any of them with your
        own below the form.
      </Note>
    </>
  );
}

/** The prices a reader may replace: those the estimate uses, and any already replaced. */
function priceIds(result: Comparison | undefined, values: Record<string, string>): PriceId[] {
  const used = new Set<PriceId>(
    result ? result.rows.flatMap((row) => row.prices.map((use) => use.id)) : [],
  );
  for (const [key, value] of Object.entries(values))
    if (key.startsWith('price.') && value !== '') used.add(key.slice(6) as PriceId);
  return [...used];
}

export default function CostComparison({headingLevel = 2}: {headingLevel?: 2 | 3}): ReactNode {
  const {values, result, bind, bindWithUnit} = useCalculator(
    COST_SCHEMA,
    readCostForm,
    compareCosts,
  );
  const comparison = result ?? undefined;
  const ownPrices = priceIds(comparison, values);
  return (
    <Calculator
      testId="cost-comparison"
      title="Cost comparison"
      headingLevel={headingLevel}
      intro={
        'Describe one workload and see what it costs a month on each of the six options, ' +
        'which of them it fits, and where their costs cross.'
      }
      result={comparison}
      resultName="the monthly costs"
      summary={(r) => <Summary result={r} />}
      details={(r) => <Details result={r} />}
      form={
        <>
          <fieldset className={styles.group}>
            <legend>The workload</legend>
            <NumberField
              {...bind('requests')}
              label="Requests"
              unit={{label: 'Per', ...bind('rateUnit', RATE_LABELS)}}
            />
            {values.rateUnit === 'second' ? (
              <NumberField {...bind('hoursPerDay')} label="Hours a day at that rate" />
            ) : null}
            <NumberField
              {...bindWithUnit('processing', 'processingUnit')}
              label="Processing time per request"
            />
            <NumberField {...bindWithUnit('requestSize', 'requestUnit')} label="Request size" />
            <NumberField {...bindWithUnit('responseSize', 'responseUnit')} label="Response size" />
            <ChoiceField {...bind('freeTier', YES_NO_LABELS)} legend="Count the free tier?" />
          </fieldset>
          <fieldset className={styles.group}>
            <legend>SageMaker AI</legend>
            <NumberField
              {...bind('concurrency')}
              label="Requests one instance works on at a time"
            />
            <SelectField
              {...bind('serverlessMemory', SERVERLESS_LABELS)}
              label="Serverless memory size"
            />
            {INSTANCE_GROUPS.map(({option, type, numbers}) => (
              <FieldGroup key={option}>
                <SelectField
                  {...bind(type, typeLabels(option))}
                  label={choiceTitle(COST_SCHEMA[type].label)}
                />
                {Object.entries(numbers).map(([name, label]) => (
                  <NumberField key={name} {...bind(name as CostField)} label={label} />
                ))}
              </FieldGroup>
            ))}
          </fieldset>
          <fieldset className={styles.group}>
            <legend>Amazon Bedrock</legend>
            <SelectField {...bind('bedrockModel', MODEL_LABELS)} label="Bedrock model" />
            <NumberField {...bind('inputTokens')} label="Input tokens per request" />
            <NumberField {...bind('outputTokens')} label="Output tokens per request" />
            <ChoiceField
              {...bind('bedrockBatch', YES_NO_LABELS)}
              legend="Bedrock batch inference?"
            />
          </fieldset>
          <fieldset className={styles.group}>
            <legend>AWS Lambda</legend>
            <NumberField {...bind('lambdaMemory')} label="Lambda memory (MB)" />
            <ChoiceField {...bind('lambdaArch', ARCH_LABELS)} legend="Lambda architecture" />
            <NumberField
              {...bind('lambdaProvisioned')}
              label="Provisioned concurrency (environments)"
            />
            {values.lambdaProvisioned.trim() !== '0' ? (
              <NumberField
                {...bind('lambdaProvisionedHours')}
                label="Hours a month provisioned concurrency is on"
              />
            ) : null}
          </fieldset>
          <details
            className={styles.prices}
            data-testid="cost-own-prices"
            open={Object.entries(values).some(
              ([key, value]) => key.startsWith('price.') && value !== '',
            )}>
            <summary>Your own prices (a negotiated rate, a Savings Plan, another Region)</summary>
            <p className={styles.pricesIntro}>
              Leave a field empty to use the list price shown beside it, in US dollars.
            </p>
            <div className={styles.priceFields}>
              {ownPrices.map((id) => {
                const entry = getPrice(id);
                const reason = unconfirmedReason(entry);
                return (
                  <NumberField
                    key={id}
                    {...bind(priceParam(id) as CostField)}
                    label={`${entry.item} (${entry.unit})`}
                    hint={`List price: ${priceText(entry)}${reason ? ', not confirmed at AWS' : ', confirmed at AWS'}.`}
                  />
                );
              })}
            </div>
          </details>
        </>
      }
    />
  );
}
