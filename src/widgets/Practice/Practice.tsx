import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {getOption, OPTION_IDS, type OptionId} from '@site/src/data';
import {getCaseStudy, getQuestion, QUESTIONS, type Question} from '@site/src/data/questions';
import {QuestionText, QuestionView} from '@site/src/widgets/Practice/Question';
import {buildFlashcards} from '@site/src/widgets/Practice/logic/flashcards';
import {recordAnswer} from '@site/src/widgets/Practice/logic/progress';
import {
  isComplete,
  scoreQuestion,
  scoreSet,
  type Answer,
  type SetScore,
} from '@site/src/widgets/Practice/logic/scoring';
import {available, retryMissed, selectQuestions} from '@site/src/widgets/Practice/logic/select';
import {
  PRACTICE_SCHEMA,
  readLinkedIds,
  readSettings,
  writeOptions,
  type Feedback,
} from '@site/src/widgets/Practice/logic/settings';
import {useHistory} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistorySelector} from '@docusaurus/theme-common';
import {useQueryState} from '@site/src/widgets/shared/useQueryState';
import {ChoiceGroup, RadioGroup, Warning} from './ChoiceGroup';
import {ProgressPanel} from './ProgressPanel';
import {useProgress} from './useProgress';
import styles from './styles.module.css';

const EXAM_LABELS: Record<string, string> = {
  any: 'Both',
  'AIF-C01': 'AI Practitioner (AIF-C01)',
  'MLA-C01': 'ML Engineer Associate (MLA-C01)',
};

const FEEDBACK_LABELS: Record<Feedback, string> = {
  immediate: 'After each question',
  end: 'At the end of the set',
};

interface Run {
  questions: Question[];
  answers: Record<string, Answer>;
  /** Questions whose answer has been checked (immediate feedback). */
  checked: string[];
  result?: SetScore;
  feedback: Feedback;
  /** A retry of the questions missed in the set before. */
  retry: boolean;
}

/** The practice page: choose a set, answer it, see the score and the review, retry what was missed. */
export default function Practice(): ReactNode {
  const [values, notices, update] = useQueryState(PRACTICE_SCHEMA);
  const history = useHistory();
  const settings = readSettings(values);
  const cardIds = useMemo(() => buildFlashcards().map((card) => card.id), []);
  const store = useProgress(cardIds);
  const [run, setRun] = useState<Run>();
  const [announce, setAnnounce] = useState('');
  const questionsHeading = useRef<HTMLHeadingElement>(null);
  const scoreHeading = useRef<HTMLHeadingElement>(null);
  // Where focus goes after the next render: the new set, or the score.
  const focus = useRef<'questions' | 'score'>(undefined);
  const max = available(QUESTIONS, settings.filter);
  // Read after hydration only, so that the server's HTML and the first render agree.
  const browser = useIsBrowser();
  const search = useHistorySelector((h) => h.location.search);
  const linked = (browser ? readLinkedIds(search) : [])
    .map((id) => getQuestion(id))
    .filter((q): q is Question => q !== undefined);

  useEffect(() => {
    if (focus.current === 'questions') questionsHeading.current?.focus();
    if (focus.current === 'score') scoreHeading.current?.focus();
    focus.current = undefined;
  });

  const start = (questions: Question[], retry: boolean) => {
    setRun({questions, answers: {}, checked: [], feedback: settings.feedback, retry});
    setAnnounce(
      questions.length === 0
        ? 'No question matches these settings.'
        : `A set of ${questions.length} questions is ready below.`,
    );
    focus.current = 'questions';
  };

  const check = (question: Question) => {
    if (!run) return;
    const score = scoreQuestion(question, run.answers[question.id]);
    setRun({...run, checked: [...run.checked, question.id]});
    store.update((p) => recordAnswer(p, question.id, score.correct, Date.now()));
    setAnnounce(score.correct ? 'Correct.' : 'Not correct: the explanation is below the question.');
  };

  const finish = () => {
    if (!run) return;
    const result = scoreSet(run.questions, run.answers);
    const already = new Set(run.checked);
    store.update((p) =>
      result.scores.reduce(
        (acc, s) =>
          already.has(s.questionId) ? acc : recordAnswer(acc, s.questionId, s.correct, Date.now()),
        p,
      ),
    );
    setRun({...run, result, checked: run.questions.map((q) => q.id)});
    setAnnounce(`Score: ${result.correct} of ${result.total} correct (${result.percent} percent).`);
    focus.current = 'score';
  };

  const toggleOption = (id: OptionId, on: boolean) => {
    const current = settings.options.length === 0 ? [...OPTION_IDS] : settings.options;
    const next = on ? [...current, id] : current.filter((o) => o !== id);
    update('options', next.length === 0 ? 'none' : writeOptions(next));
  };
  const optionChecked = (id: OptionId) =>
    values.options === 'none'
      ? false
      : settings.options.length === 0 || settings.options.includes(id);
  const noOption = values.options === 'none';
  /** One of the settings that are a choice of values, kept in the URL, with its message. */
  const setting = (
    name: 'exam' | 'count' | 'feedback',
    legend: string,
    labelOf: (value: string) => ReactNode,
  ) => (
    <RadioGroup<string>
      legend={legend}
      name={name}
      values={PRACTICE_SCHEMA[name].values}
      labelOf={labelOf}
      value={values[name]}
      onChange={(value) => update(name, value)}>
      <Warning>{notices[name]}</Warning>
    </RadioGroup>
  );

  return (
    <section className={styles.practice} aria-label="Practice questions" data-testid="practice">
      <noscript>
        <p className={styles.warning}>
          Answering and scoring need JavaScript. Every question can still be read, with its answer
          and explanation, on the page of all questions.
        </p>
      </noscript>
      <form
        className={styles.settings}
        onSubmit={(event) => {
          event.preventDefault();
          if (linked.length > 0) start(linked, false);
          else if (!noOption)
            start(selectQuestions(QUESTIONS, settings.filter, settings.count, Math.random), false);
        }}>
        <h2>Choose a set</h2>
        {setting('exam', 'Exam', (exam) => EXAM_LABELS[exam])}
        <ChoiceGroup
          legend="Options"
          type="checkbox"
          name="options"
          choices={OPTION_IDS.map((id) => ({
            value: id,
            label: getOption(id).name,
            checked: optionChecked(id),
            onChange: (on) => toggleOption(id, on),
          }))}>
          <Warning>{values.options === 'none' ? undefined : settings.notice}</Warning>
          <Warning>{noOption ? 'Choose at least one option.' : undefined}</Warning>
        </ChoiceGroup>
        {setting('count', 'Number of questions', (count) => count)}
        {setting('feedback', 'Answers', (feedback) => FEEDBACK_LABELS[feedback as Feedback])}
        {linked.length > 0 ? (
          <p className={styles.warning} data-testid="linked-questions">
            This link chooses {linked.length === 1 ? 'one question' : `${linked.length} questions`};
            the exam, options and number above do not apply.{' '}
            <button
              type="button"
              className={styles.button}
              onClick={() => {
                const params = new URLSearchParams(search);
                params.delete('ids');
                const rest = params.toString();
                history.replace({search: rest === '' ? '' : `?${rest}`});
              }}>
              Choose by settings instead
            </button>
          </p>
        ) : null}
        <p className={styles.note}>
          {noOption
            ? 'No option chosen.'
            : `${max} questions match. A case study's questions come together.`}
        </p>
        <button type="submit" className={styles.primary} disabled={noOption && linked.length === 0}>
          {run ? 'Start a new set' : 'Start'}
        </button>
      </form>
      <p className="visually-hidden" aria-live="polite" data-testid="practice-status">
        {announce}
      </p>
      {run ? (
        <RunView
          run={run}
          questionsHeading={questionsHeading}
          scoreHeading={scoreHeading}
          onAnswer={(id, answer) => setRun({...run, answers: {...run.answers, [id]: answer}})}
          onCheck={check}
          onFinish={finish}
          onRetry={() => {
            if (run.result) start(retryMissed(run.questions, run.result), true);
          }}
        />
      ) : null}
      <ProgressPanel store={store} />
    </section>
  );
}

function RunView({
  run,
  questionsHeading,
  scoreHeading,
  onAnswer,
  onCheck,
  onFinish,
  onRetry,
}: {
  run: Run;
  questionsHeading: React.RefObject<HTMLHeadingElement | null>;
  scoreHeading: React.RefObject<HTMLHeadingElement | null>;
  onAnswer: (id: string, answer: Answer) => void;
  onCheck: (question: Question) => void;
  onFinish: () => void;
  onRetry: () => void;
}): ReactNode {
  const [tried, setTried] = useState<string>();
  const {questions, result} = run;
  const shownStudies = new Set<string>();
  return (
    <div className={styles.run}>
      <h2 ref={questionsHeading} tabIndex={-1} className={styles.focusable}>
        {run.retry ? 'The questions you missed' : 'Your set'} ({questions.length}{' '}
        {questions.length === 1 ? 'question' : 'questions'})
      </h2>
      {questions.length === 0 ? (
        <p>No question matches these settings. Choose another exam or more options.</p>
      ) : null}
      {result ? <Score result={result} heading={scoreHeading} onRetry={onRetry} /> : null}
      {result ? <h2>Review</h2> : null}
      {questions.map((question, index) => {
        const study =
          question.caseStudy === undefined ? undefined : getCaseStudy(question.caseStudy);
        const first = study !== undefined && !shownStudies.has(study.id);
        if (study) shownStudies.add(study.id);
        const checked = run.checked.includes(question.id);
        const answer = run.answers[question.id];
        const label = `Question ${index + 1} of ${questions.length}`;
        return (
          <div key={question.id} className={styles.item}>
            {study ? (
              <div className={styles.scenario}>
                <p>
                  <strong>
                    Case study: {study.title}
                    {first ? '' : ' (continued)'}
                  </strong>
                </p>
                <p>
                  <QuestionText text={study.scenario} workload={study.workload} />
                </p>
              </div>
            ) : null}
            <QuestionView
              question={question}
              workload={question.workload ?? study?.workload}
              label={label}
              mode={checked ? 'review' : 'answer'}
              answer={answer}
              onAnswer={(next) => {
                onAnswer(question.id, next);
                if (tried === question.id) setTried(undefined);
              }}
              score={checked ? scoreQuestion(question, answer) : undefined}
            />
            {run.feedback === 'immediate' && !checked ? (
              <div className={styles.actions}>
                <button
                  type="button"
                  className={styles.button}
                  onClick={() =>
                    isComplete(question, answer) ? onCheck(question) : setTried(question.id)
                  }
                  aria-label={`Check the answer: ${label}`}>
                  Check the answer
                </button>
                {tried === question.id ? (
                  <span className={styles.warningInline}>Answer the question in full first.</span>
                ) : null}
              </div>
            ) : null}
          </div>
        );
      })}
      {!result && questions.length > 0 ? (
        <div className={styles.actions}>
          <button type="button" className={styles.primary} onClick={onFinish}>
            Finish and see the score
          </button>
          <span className={styles.note}>
            {run.answers ? Object.keys(run.answers).length : 0} of {questions.length} answered;
            unanswered questions count as wrong.
          </span>
        </div>
      ) : null}
    </div>
  );
}

function Score({
  result,
  heading,
  onRetry,
}: {
  result: SetScore;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onRetry: () => void;
}): ReactNode {
  const options = OPTION_IDS.filter((id) => result.byOption[id].total > 0);
  return (
    <div className={styles.score} data-testid="practice-score">
      <h2 ref={heading} tabIndex={-1} className={styles.focusable}>
        Score: {result.correct} of {result.total} ({result.percent} percent)
      </h2>
      <ul>
        {options.map((id) => (
          <li key={id}>
            {getOption(id).name}: {result.byOption[id].correct} of {result.byOption[id].total}
          </li>
        ))}
      </ul>
      {result.missed.length > 0 ? (
        <button type="button" className={styles.primary} onClick={onRetry}>
          Retry the {result.missed.length === 1 ? 'question' : `${result.missed.length} questions`}{' '}
          I missed
        </button>
      ) : (
        <p>Every question right.</p>
      )}
    </div>
  );
}
