import {lazy, Suspense, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getOption} from '@site/src/data';
import {Calculator} from '@site/src/widgets/shared/Calculator';
import {ChoiceField, NumberField} from '@site/src/widgets/shared/Fields';
import {SourcedText} from '@site/src/widgets/shared/SourcedText';
import {useCalculator} from '@site/src/widgets/shared/useCalculator';
import {VerdictBadge} from '@site/src/widgets/shared/VerdictBadge';
import {
  CHOOSER_SCHEMA,
  chooseMode,
  costComparisonQuery,
  readChooserForm,
  type ChooserResult,
  type ReasonKind,
  type Workload,
} from './logic';
import styles from './styles.module.css';

const DEADLINE_LABELS = {
  interactive: 'While a user waits',
  minute: 'Within a minute',
  later: 'Minutes to hours later',
  none: 'No deadline',
};
const TRAFFIC_LABELS = {
  steady: 'Steady',
  spiky: 'Spiky, with idle periods',
  rare: 'Rare',
  scheduled: 'Scheduled bulk runs',
};
const MODEL_LABELS = {
  own: 'Our own trained model (vision, tabular, speech…)',
  'fine-tuned': 'An open-weight language model we fine-tuned (Llama, Mistral…)',
  foundation: 'A foundation model, used through an API',
  classical: 'A small classical model (scikit-learn, XGBoost)',
};
const GPU_LABELS = {no: 'No', yes: 'Yes'};
const MANAGE_LABELS = {no: 'No, as little as possible', yes: 'Yes'};
/** Each option's monthly cost, loaded with the cost comparison's logic only when asked for. */
const CostNote = lazy(() => import('./CostNote'));

const REASON: Record<ReasonKind, string> = {
  for: 'For',
  against: 'Against',
  'rules-out': 'Rules it out',
  note: 'Note',
};

function Summary({result}: {result: ChooserResult}): ReactNode {
  if (!result.recommended) {
    return <p>None of the six options fits this workload as described; see why below.</p>;
  }
  const reasons = result.recommended.reasons.filter((reason) => reason.kind === 'for').slice(0, 2);
  return (
    <p>
      Recommended: <strong>{getOption(result.recommended.option).name}</strong>.{' '}
      {reasons.map((reason, i) => (
        <span key={i}>
          <SourcedText parts={reason.parts} />{' '}
        </span>
      ))}
    </p>
  );
}

function Ranking({result, workload}: {result: ChooserResult; workload: Workload}): ReactNode {
  return (
    <ol className={styles.ranking} aria-label="The six options, best fit first">
      {result.ranking.map((verdict) => {
        const option = getOption(verdict.option);
        return (
          <li
            key={verdict.option}
            className={styles.rank}
            data-option={verdict.option}
            data-standing={verdict.standing}>
            <span className={styles.rankHead}>
              <Link to={option.path} className={styles.rankName}>
                {option.name}
              </Link>{' '}
              <VerdictBadge verdict={verdict.standing} />
            </span>
            <ul className={styles.reasons}>
              {verdict.reasons.map((reason, i) => (
                <li key={i} data-kind={reason.kind}>
                  <span className={styles.reasonKind}>{REASON[reason.kind]}:</span>{' '}
                  <SourcedText parts={reason.parts} />
                </li>
              ))}
              {workload.requestsPerMonth === undefined ? null : (
                <li data-kind="cost">
                  <span className={styles.reasonKind}>{REASON.note}:</span>{' '}
                  <Suspense fallback="Costing…">
                    <CostNote option={verdict.option} workload={workload} />
                  </Suspense>
                </li>
              )}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

/** The link to the cost comparison for the same workload, when a monthly volume is given. */
function CostLink({workload}: {workload: Workload}): ReactNode {
  const query = costComparisonQuery(workload);
  if (!query) return null;
  return (
    <p data-testid="mode-chooser-cost-link">
      The costs above are for each option’s default setup;{' '}
      <Link to={`/docs/tools/cost-comparison?${query}`}>
        open this workload in the cost comparison
      </Link>{' '}
      to change the instances, memory or model, use your own prices and see where the costs cross.
    </p>
  );
}

export default function ModeChooser({headingLevel = 2}: {headingLevel?: 2 | 3}): ReactNode {
  const {result, bind, bindWithUnit} = useCalculator(
    CHOOSER_SCHEMA,
    readChooserForm,
    (workload: Workload) => ({
      ...chooseMode(workload),
      workload,
    }),
  );
  return (
    <Calculator
      testId="mode-chooser"
      title="Which inference option fits?"
      headingLevel={headingLevel}
      intro="Describe the workload. The six options are ranked, and each verdict names the limit that decides it."
      result={result}
      resultName="the ranking"
      summary={(r) => <Summary result={r} />}
      details={(r) => (
        <>
          <Ranking result={r} workload={r.workload} />
          <CostLink workload={r.workload} />
        </>
      )}
      form={
        <>
          <ChoiceField {...bind('when', DEADLINE_LABELS)} legend="When is the answer needed?" />
          <ChoiceField {...bind('traffic', TRAFFIC_LABELS)} legend="Traffic pattern" />
          <NumberField {...bindWithUnit('payload', 'payloadUnit')} label="Request payload size" />
          <NumberField
            {...bindWithUnit('duration', 'durationUnit')}
            label="Processing time per request"
          />
          <ChoiceField {...bind('model', MODEL_LABELS)} legend="The model" />
          <ChoiceField {...bind('gpu', GPU_LABELS)} legend="Does it need a GPU?" />
          <ChoiceField
            {...bind('manage', MANAGE_LABELS)}
            legend="Will the team manage instances?"
          />
          <NumberField
            {...bind('volume')}
            label="Requests a month (optional)"
            hint="Give a volume to see each option’s monthly cost from the cost comparison."
          />
        </>
      }
    />
  );
}
