import type {ReactNode} from 'react';
import {getOption} from '@site/src/data';
import {formatDuration} from '@site/src/lib/units';
import {FitBadge, type Tone} from '@site/src/widgets/shared/FitBadge';
import {VerdictTable} from '@site/src/widgets/shared/VerdictTable';
import {NumberField, SelectField} from '@site/src/widgets/shared/Fields';
import {LogChart} from '@site/src/widgets/shared/LogChart';
import {Parts} from '@site/src/widgets/shared/Parts';
import {seconds} from '@site/src/widgets/shared/logic/limits';
import {describeShare, TIME_UNIT_LABELS, TIME_UNITS} from '@site/src/widgets/shared/logic/measure';
import {useQueryState} from '@site/src/widgets/shared/useQueryState';
import {optionsOf, Widget} from '@site/src/widgets/shared/Widget';
import styles from '@site/src/widgets/shared/styles.module.css';
import {checkTimeouts, readTimeoutForm, TIMEOUT_SCHEMA, type TimeFit} from './logic';

const TONE: Record<TimeFit, Tone> = {fits: 'ok', 'if-configured': 'warn', over: 'fail'};
const WORD: Record<TimeFit, string> = {
  fits: 'Fits',
  'if-configured': 'Fits if configured',
  over: 'Does not fit',
};

const SDK_LABELS = {
  default: `AWS SDK for Python (boto3) default (${formatDuration(seconds('sdk.readTimeout'))})`,
  custom: 'A read timeout I set',
  none: 'Not relevant (no client timeout)',
};
const GATEWAY_LABELS = {
  none: 'None',
  rest: `REST API, default timeout (${formatDuration(seconds('apigateway.restTimeout'))})`,
  'rest-raised': 'REST API with a raised timeout',
  http: `HTTP API (${formatDuration(seconds('apigateway.httpTimeout'))})`,
};
const LAMBDA_LABELS = {
  none: 'None',
  default: `Yes, default timeout (${formatDuration(seconds('lambda.defaultTimeout'))})`,
  custom: 'Yes, with a timeout I set',
};

export default function TimeoutChecker({headingLevel = 2}: {headingLevel?: 2 | 3}): ReactNode {
  const [values, notices, set] = useQueryState(TIMEOUT_SCHEMA);
  const {input, errors} = readTimeoutForm(values);
  const result = input ? checkTimeouts(input) : undefined;

  const form = (
    <>
      <NumberField
        name="processing"
        label="Processing time per request"
        value={values.processing}
        onChange={(v) => set('processing', v)}
        error={errors.processing}
        unit={{
          label: 'Time unit',
          value: values.processingUnit,
          options: optionsOf(TIME_UNITS, TIME_UNIT_LABELS),
          onChange: (v) => set('processingUnit', v),
          notice: notices.processingUnit,
        }}
      />
      <div className={styles.field}>
        <SelectField
          name="sdk"
          label="Client read timeout"
          value={values.sdk}
          options={optionsOf(['default', 'custom', 'none'] as const, SDK_LABELS)}
          onChange={(v) => set('sdk', v)}
          notice={notices.sdk}
        />
        {values.sdk === 'custom' ? (
          <NumberField
            name="sdkTimeout"
            label="Your read timeout"
            value={values.sdkTimeout}
            onChange={(v) => set('sdkTimeout', v)}
            error={errors.sdkTimeout}
            unit={{
              label: 'Unit',
              value: values.sdkTimeoutUnit,
              options: optionsOf(TIME_UNITS, TIME_UNIT_LABELS),
              onChange: (v) => set('sdkTimeoutUnit', v),
              notice: notices.sdkTimeoutUnit,
            }}
          />
        ) : null}
      </div>
      <div className={styles.field}>
        <SelectField
          name="gateway"
          label="API Gateway in front"
          value={values.gateway}
          options={optionsOf(['none', 'rest', 'rest-raised', 'http'] as const, GATEWAY_LABELS)}
          onChange={(v) => set('gateway', v)}
          notice={notices.gateway}
        />
        {values.gateway === 'rest-raised' ? (
          <NumberField
            name="gatewayTimeout"
            label="Raised integration timeout"
            value={values.gatewayTimeout}
            onChange={(v) => set('gatewayTimeout', v)}
            error={errors.gatewayTimeout}
            unit={{
              label: 'Unit',
              value: values.gatewayTimeoutUnit,
              options: optionsOf(TIME_UNITS, TIME_UNIT_LABELS),
              onChange: (v) => set('gatewayTimeoutUnit', v),
              notice: notices.gatewayTimeoutUnit,
            }}
          />
        ) : null}
      </div>
      <div className={styles.field}>
        <SelectField
          name="lambda"
          label="Lambda function in front"
          value={values.lambda}
          options={optionsOf(['none', 'default', 'custom'] as const, LAMBDA_LABELS)}
          onChange={(v) => set('lambda', v)}
          notice={notices.lambda}
        />
        {values.lambda === 'custom' ? (
          <NumberField
            name="lambdaTimeout"
            label="Function timeout"
            value={values.lambdaTimeout}
            onChange={(v) => set('lambdaTimeout', v)}
            error={errors.lambdaTimeout}
            unit={{
              label: 'Unit',
              value: values.lambdaTimeoutUnit,
              options: optionsOf(TIME_UNITS, TIME_UNIT_LABELS),
              onChange: (v) => set('lambdaTimeoutUnit', v),
              notice: notices.lambdaTimeoutUnit,
            }}
          />
        ) : null}
      </div>
    </>
  );

  let summary: ReactNode;
  if (!result) {
    summary = <p>Correct the field marked above to see which options fit.</p>;
  } else {
    const count = (fit: TimeFit) => result.options.filter((o) => o.fit === fit).length;
    summary = (
      <>
        <p>
          A request that takes <strong>{formatDuration(result.processingSeconds)}</strong> fits{' '}
          <strong>
            {count('fits')} of {result.options.length}
          </strong>{' '}
          options as they come, {count('if-configured')} more if you change a setting, and{' '}
          {count('over')} not at all.
        </p>
        {result.hops.length > 0 ? (
          <p>
            {result.firstTimeout ? (
              <>
                The path in front of the model times out first at{' '}
                <strong>{result.firstTimeout.name}</strong> (
                {formatDuration(result.firstTimeout.seconds)}).
              </>
            ) : (
              <>Every hop in front of the model waits long enough.</>
            )}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <Widget
      testId="timeout-checker"
      title="Timeout checker"
      headingLevel={headingLevel}
      intro="How long does one request take? See which options let it finish, and which hop in front of the model would give up first."
      form={form}
      summary={summary}>
      {result ? (
        <>
          <VerdictTable
            caption="Each option against the processing time"
            columns={['Time used', 'Why, and what to do']}
            rows={result.options.map((verdict) => ({
              option: verdict.option,
              fit: verdict.fit,
              tone: TONE[verdict.fit],
              word: WORD[verdict.fit],
              cells: [
                describeShare(verdict.used, formatDuration(verdict.limitSeconds)),
                <Parts key="detail" parts={verdict.detail} />,
              ],
            }))}
          />
          {result.hops.length > 0 ? (
            <div>
              <table className={styles.results} data-testid="timeout-path">
                <caption>The path in front of the model, for a synchronous call</caption>
                <thead>
                  <tr>
                    <th scope="col">Hop</th>
                    <th scope="col">Timeout</th>
                    <th scope="col">Verdict</th>
                  </tr>
                </thead>
                <tbody>
                  {result.hops.map((hop) => (
                    <tr key={hop.id} data-hop={hop.id} data-fit={hop.fit}>
                      <th scope="row">{hop.name}</th>
                      <td data-label="Timeout">
                        {hop.limit ? (
                          <Parts parts={[{limit: hop.limit, format: 'duration'}]} />
                        ) : (
                          formatDuration(hop.seconds)
                        )}
                      </td>
                      <td data-label="Verdict">
                        <FitBadge tone={hop.fit === 'fits' ? 'ok' : 'fail'}>
                          {hop.fit === 'fits' ? 'Waits long enough' : 'Times out'}
                        </FitBadge>{' '}
                        {describeShare(hop.used, formatDuration(hop.seconds))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.pathAdvice.map((advice, i) => (
                <p key={i}>
                  <Parts parts={advice} />
                </p>
              ))}
              <p className={styles.hint}>
                Asynchronous Inference and Batch Transform return at once and deliver results to S3,
                so the path in front of them does not wait for the model.
              </p>
            </div>
          ) : null}
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
                tone: mark.fit === 'fits' ? 'ok' : mark.fit === 'over' ? 'fail' : 'warn',
              }))}
            format={formatDuration}
          />
        </>
      ) : null}
    </Widget>
  );
}
