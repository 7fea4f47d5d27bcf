import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getOption} from '@site/src/data';
import {FitBadge, type Tone} from '@site/src/widgets/shared/FitBadge';
import {ChoiceField, NumberField} from '@site/src/widgets/shared/Fields';
import {Parts} from '@site/src/widgets/shared/Parts';
import {
  SIZE_UNIT_LABELS,
  SIZE_UNITS,
  TIME_UNIT_LABELS,
  TIME_UNITS,
} from '@site/src/widgets/shared/logic/measure';
import {useQueryState} from '@site/src/widgets/shared/useQueryState';
import {optionsOf, Widget} from '@site/src/widgets/shared/Widget';
import styles from '@site/src/widgets/shared/styles.module.css';
import {
  CHOOSER_SCHEMA,
  chooseMode,
  DEADLINES,
  MODELS,
  readChooserForm,
  TRAFFIC,
  YES_NO,
  type ReasonKind,
  type Standing,
} from './logic';

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
  own: 'Our own trained model',
  foundation: 'A foundation model, used through an API',
  classical: 'A small classical model (scikit-learn, XGBoost)',
};
const GPU_LABELS = {no: 'No', yes: 'Yes'};
const MANAGE_LABELS = {no: 'No, as little as possible', yes: 'Yes'};

const STANDING: Record<Standing, {tone: Tone; word: string}> = {
  recommended: {tone: 'ok', word: 'Recommended'},
  good: {tone: 'ok', word: 'Also a good fit'},
  weaker: {tone: 'warn', word: 'Weaker fit'},
  'ruled-out': {tone: 'fail', word: 'Ruled out'},
};
const REASON: Record<ReasonKind, string> = {
  for: 'For',
  against: 'Against',
  'rules-out': 'Rules it out',
  note: 'Note',
};

export default function ModeChooser({headingLevel = 2}: {headingLevel?: 2 | 3}): ReactNode {
  const [values, notices, set] = useQueryState(CHOOSER_SCHEMA);
  const {workload, errors} = readChooserForm(values);
  const result = workload ? chooseMode(workload) : undefined;

  const form = (
    <>
      <ChoiceField
        name="when"
        legend="When is the answer needed?"
        value={values.when}
        options={optionsOf(DEADLINES, DEADLINE_LABELS)}
        onChange={(v) => set('when', v)}
        notice={notices.when}
      />
      <ChoiceField
        name="traffic"
        legend="Traffic pattern"
        value={values.traffic}
        options={optionsOf(TRAFFIC, TRAFFIC_LABELS)}
        onChange={(v) => set('traffic', v)}
        notice={notices.traffic}
      />
      <NumberField
        name="payload"
        label="Request payload size"
        value={values.payload}
        onChange={(v) => set('payload', v)}
        error={errors.payload}
        unit={{
          label: 'Payload unit',
          value: values.payloadUnit,
          options: optionsOf(SIZE_UNITS, SIZE_UNIT_LABELS),
          onChange: (v) => set('payloadUnit', v),
          notice: notices.payloadUnit,
        }}
      />
      <NumberField
        name="duration"
        label="Processing time per request"
        value={values.duration}
        onChange={(v) => set('duration', v)}
        error={errors.duration}
        unit={{
          label: 'Processing time unit',
          value: values.durationUnit,
          options: optionsOf(TIME_UNITS, TIME_UNIT_LABELS),
          onChange: (v) => set('durationUnit', v),
          notice: notices.durationUnit,
        }}
      />
      <ChoiceField
        name="model"
        legend="The model"
        value={values.model}
        options={optionsOf(MODELS, MODEL_LABELS)}
        onChange={(v) => set('model', v)}
        notice={notices.model}
      />
      <ChoiceField
        name="gpu"
        legend="Does it need a GPU?"
        value={values.gpu}
        options={optionsOf(YES_NO, GPU_LABELS)}
        onChange={(v) => set('gpu', v)}
        notice={notices.gpu}
      />
      <ChoiceField
        name="manage"
        legend="Will the team manage instances?"
        value={values.manage}
        options={optionsOf(YES_NO, MANAGE_LABELS)}
        onChange={(v) => set('manage', v)}
        notice={notices.manage}
      />
    </>
  );

  let summary: ReactNode;
  if (!result) {
    summary = <p>Correct the field marked above to see the ranking.</p>;
  } else if (!result.recommended) {
    summary = <p>None of the six options fits this workload as described; see why below.</p>;
  } else {
    const option = getOption(result.recommended.option);
    const reasons = result.recommended.reasons
      .filter((reason) => reason.kind === 'for')
      .slice(0, 2);
    summary = (
      <p>
        Recommended: <strong>{option.name}</strong>.{' '}
        {reasons.map((reason, i) => (
          <span key={i}>
            <Parts parts={reason.parts} />{' '}
          </span>
        ))}
      </p>
    );
  }

  return (
    <Widget
      testId="mode-chooser"
      title="Which inference option fits?"
      headingLevel={headingLevel}
      intro="Describe the workload. The six options are ranked, and each verdict names the limit that decides it."
      form={form}
      summary={summary}>
      {result ? (
        <ol className={styles.ranking} aria-label="The six options, best fit first">
          {result.ranking.map((verdict) => {
            const option = getOption(verdict.option);
            const standing = STANDING[verdict.standing];
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
                  <FitBadge tone={standing.tone}>{standing.word}</FitBadge>
                </span>
                <ul className={styles.reasons}>
                  {verdict.reasons.map((reason, i) => (
                    <li key={i} data-kind={reason.kind}>
                      <span className={styles.reasonKind}>{REASON[reason.kind]}:</span>{' '}
                      <Parts parts={reason.parts} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      ) : null}
    </Widget>
  );
}
