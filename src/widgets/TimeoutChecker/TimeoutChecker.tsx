import type {ReactNode} from 'react';
import {getOption} from '@site/src/data';
import {limitText} from '@site/src/lib/limitValue';
import {formatDuration} from '@site/src/lib/units';
import {Calculator, FieldGroup, Note} from '@site/src/widgets/shared/Calculator';
import {NumberField, SelectField} from '@site/src/widgets/shared/Fields';
import {LogChart} from '@site/src/widgets/shared/LogChart';
import {ResultTable} from '@site/src/widgets/shared/ResultTable';
import {SourcedText} from '@site/src/widgets/shared/SourcedText';
import {useCalculator} from '@site/src/widgets/shared/useCalculator';
import {VerdictBadge} from '@site/src/widgets/shared/VerdictBadge';
import {VerdictTable} from '@site/src/widgets/shared/VerdictTable';
import {describeShare} from '@site/src/widgets/shared/logic/measure';
import {VERDICTS} from '@site/src/widgets/shared/logic/verdict';
import {
  checkTimeouts,
  GATEWAY_MODES,
  LAMBDA_MODES,
  readTimeoutForm,
  SDK_MODES,
  TIMEOUT_SCHEMA,
  type TimeoutResult,
} from './logic';

const SDK_LABELS: Record<(typeof SDK_MODES)[number], string> = {
  default: `AWS SDK for Python (boto3) default (${limitText('sdk.readTimeout', 'current', 'duration')})`,
  custom: 'A read timeout I set',
  none: 'Not relevant (no client timeout)',
};
const GATEWAY_LABELS: Record<(typeof GATEWAY_MODES)[number], string> = {
  none: 'None',
  rest: `REST API, default timeout (${limitText('apigateway.restTimeout', 'current', 'duration')})`,
  'rest-raised': 'REST API with a raised timeout',
  http: `HTTP API (${limitText('apigateway.httpTimeout', 'current', 'duration')})`,
};
const LAMBDA_LABELS: Record<(typeof LAMBDA_MODES)[number], string> = {
  none: 'None',
  default: `Yes, default timeout (${limitText('lambda.defaultTimeout', 'current', 'duration')})`,
  custom: 'Yes, with a timeout I set',
};

/** The path in front of the model: for each hop, its choices and the field for a typed timeout. */
const HOPS = [
  {
    mode: 'sdk',
    label: 'Client read timeout',
    labels: SDK_LABELS,
    typed: 'custom',
    timeout: 'sdkTimeout',
    timeoutLabel: 'Your read timeout',
    unit: 'sdkTimeoutUnit',
  },
  {
    mode: 'gateway',
    label: 'API Gateway in front',
    labels: GATEWAY_LABELS,
    typed: 'rest-raised',
    timeout: 'gatewayTimeout',
    timeoutLabel: 'Raised integration timeout',
    unit: 'gatewayTimeoutUnit',
  },
  {
    mode: 'lambda',
    label: 'Lambda function in front',
    labels: LAMBDA_LABELS,
    typed: 'custom',
    timeout: 'lambdaTimeout',
    timeoutLabel: 'Function timeout',
    unit: 'lambdaTimeoutUnit',
  },
] as const;

function Summary({result}: {result: TimeoutResult}): ReactNode {
  const count = (fit: string) => result.options.filter((o) => o.fit === fit).length;
  return (
    <>
      <p>
        A request that takes <strong>{formatDuration(result.processingSeconds)}</strong> fits{' '}
        <strong>
          {count('fits')} of {result.options.length}
        </strong>{' '}
        options as they come, {count('if-configured')} more if you change a setting, and{' '}
        {count('over')} not at all.
      </p>
      {result.hops.length === 0 ? null : result.firstTimeout ? (
        <p>
          The path in front of the model times out first at{' '}
          <strong>{result.firstTimeout.name}</strong> ({formatDuration(result.firstTimeout.seconds)}
          ).
        </p>
      ) : (
        <p>Every hop in front of the model waits long enough.</p>
      )}
    </>
  );
}

function Path({result}: {result: TimeoutResult}): ReactNode {
  return (
    <div>
      <ResultTable
        caption="The path in front of the model, for a synchronous call"
        columns={['Hop', 'Timeout', 'Verdict']}
        testId="timeout-path">
        {result.hops.map((hop) => (
          <tr key={hop.id} data-hop={hop.id} data-fit={hop.fit}>
            <th scope="row">{hop.name}</th>
            <td data-label="Timeout">
              {hop.limit ? (
                <SourcedText parts={[{limit: hop.limit, format: 'duration'}]} />
              ) : (
                formatDuration(hop.seconds)
              )}
            </td>
            <td data-label="Verdict">
              <VerdictBadge
                verdict={hop.fit}
                word={hop.fit === 'fits' ? 'Waits long enough' : 'Times out'}
              />{' '}
              {describeShare(hop.used, formatDuration(hop.seconds))}
            </td>
          </tr>
        ))}
      </ResultTable>
      {result.pathAdvice.map((advice, i) => (
        <p key={i}>
          <SourcedText parts={advice} />
        </p>
      ))}
      <Note>
        Asynchronous Inference and Batch Transform return at once and deliver results to S3, so the
        path in front of them does not wait for the model.
      </Note>
    </div>
  );
}

function Details({result}: {result: TimeoutResult}): ReactNode {
  return (
    <>
      <VerdictTable
        caption="Each option against the processing time"
        columns={['Time used', 'Why, and what to do']}
        verdicts={result.options}
        measured={(verdict) => describeShare(verdict.used, formatDuration(verdict.limitSeconds))}
      />
      {result.hops.length > 0 ? <Path result={result} /> : null}
      <LogChart
        caption="Your request against each limit (logarithmic time axis)"
        axis={result.chart.axis}
        ticks={result.chart.ticks}
        marker={{label: 'Your request', value: result.processingSeconds}}
        rows={result.chart.marks
          .filter((mark) => mark.kind !== 'request')
          .map((mark) => ({
            label: mark.option
              ? `${getOption(mark.option).shortName}${mark.fit === 'fits' ? '' : ' (longest allowed)'}`
              : mark.label,
            value: mark.seconds,
            tone: VERDICTS[mark.fit ?? 'fits'].tone,
          }))}
        format={formatDuration}
      />
    </>
  );
}

export default function TimeoutChecker({headingLevel = 2}: {headingLevel?: 2 | 3}): ReactNode {
  const {values, result, bind, bindWithUnit} = useCalculator(
    TIMEOUT_SCHEMA,
    readTimeoutForm,
    checkTimeouts,
  );
  return (
    <Calculator
      testId="timeout-checker"
      title="Timeout checker"
      headingLevel={headingLevel}
      intro={
        'How long does one request take? See which options let it finish, ' +
        'and which hop in front of the model would give up first.'
      }
      result={result}
      resultName="which options fit"
      summary={(r) => <Summary result={r} />}
      details={(r) => <Details result={r} />}
      form={
        <>
          <NumberField
            {...bindWithUnit('processing', 'processingUnit')}
            label="Processing time per request"
          />
          {HOPS.map((hop) => (
            <FieldGroup key={hop.mode}>
              {/* Each hop's labels are typed against its own modes above. */}
              <SelectField {...bind(hop.mode, hop.labels as never)} label={hop.label} />
              {values[hop.mode] === hop.typed ? (
                <NumberField {...bindWithUnit(hop.timeout, hop.unit)} label={hop.timeoutLabel} />
              ) : null}
            </FieldGroup>
          ))}
        </>
      }
    />
  );
}
