import {useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {OptionId} from '@site/src/data';
import type {Question} from '@site/src/data/questions/types';
import {isComplete, scoreQuestion, type Answer} from '@site/src/widgets/Practice/logic/scoring';
import {checkYourself} from '@site/src/widgets/Practice/logic/select';
import {QuestionView} from '@site/src/widgets/Practice/Question';
import styles from './styles.module.css';

interface Props {
  option: OptionId;
  /**
   * The option's own question module (not the whole bank), so that the page loads only the
   * questions it can show.
   */
  bank: readonly Question[];
}

/**
 * A few questions at the end of an option's page, answered in place. Without JavaScript (and
 * before it loads) each question is text with its answer and explanation in a <details>.
 */
export default function CheckYourself({option, bank}: Props): ReactNode {
  const questions = checkYourself(bank, option);
  const browser = useIsBrowser();
  return (
    <div className={styles.check} data-testid="check-yourself">
      {questions.map((question, index) => (
        <OneQuestion
          key={question.id}
          question={question}
          label={`Question ${index + 1} of ${questions.length}`}
          interactive={browser}
        />
      ))}
      <p>
        More questions, with a score and flashcards:{' '}
        <Link to="/docs/practice">practise for the exam</Link>.
      </p>
    </div>
  );
}

function OneQuestion({
  question,
  label,
  interactive,
}: {
  question: Question;
  label: string;
  interactive: boolean;
}): ReactNode {
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [checked, setChecked] = useState(false);
  const [tried, setTried] = useState(false);
  if (!interactive)
    return (
      <QuestionView question={question} workload={question.workload} label={label} mode="static" />
    );
  const complete = isComplete(question, answer);
  const score = checked ? scoreQuestion(question, answer) : undefined;
  return (
    <div className={styles.one}>
      <QuestionView
        question={question}
        workload={question.workload}
        label={label}
        mode={checked ? 'review' : 'answer'}
        answer={answer}
        onAnswer={(next) => {
          setAnswer(next);
          setTried(false);
        }}
        score={score}
      />
      <div className={styles.actions}>
        {checked ? (
          <button
            type="button"
            className={styles.button}
            onClick={() => {
              setChecked(false);
              setAnswer(undefined);
            }}
            aria-label={`Try again: ${label}`}>
            Try again
          </button>
        ) : (
          <button
            type="button"
            className={styles.button}
            onClick={() => (complete ? setChecked(true) : setTried(true))}
            aria-label={`Check the answer: ${label}`}>
            Check the answer
          </button>
        )}
        <p className={styles.status} aria-live="polite">
          {score
            ? score.correct
              ? 'Correct. The explanation is below.'
              : 'Not correct. The explanation is below.'
            : tried
              ? 'Answer the question in full first.'
              : ''}
        </p>
      </div>
    </div>
  );
}
