import {useState, type ReactNode} from 'react';
import type {Question} from '@site/src/data/questions/types';
import {
  isComplete,
  scoreQuestion,
  type Answer,
} from '@site/src/widgets/Practice/logic/questionScore';
import {QuestionView} from '@site/src/widgets/Practice/Question';
import practice from '@site/src/widgets/Practice/styles.module.css';
import styles from './styles.module.css';

export interface QuestionsProps {
  questions: readonly Question[];
  /** Answerable in place; otherwise text with each answer in a <details>, as without JavaScript. */
  interactive: boolean;
}

/** The block's questions. Loaded only when the block is about to be read (see index.tsx). */
export default function Questions({questions, interactive}: QuestionsProps): ReactNode {
  return questions.map((question, index) => {
    const label = `Question ${index + 1} of ${questions.length}`;
    return interactive ? (
      <OneQuestion key={question.id} question={question} label={label} />
    ) : (
      <QuestionView
        key={question.id}
        question={question}
        workload={question.workload}
        label={label}
        mode="static"
      />
    );
  });
}

function OneQuestion({question, label}: {question: Question; label: string}): ReactNode {
  const [answer, setAnswer] = useState<Answer | undefined>();
  const [checked, setChecked] = useState(false);
  const [tried, setTried] = useState(false);
  const complete = isComplete(question, answer);
  const score = checked ? scoreQuestion(question, answer) : undefined;
  const tryAgain = () => {
    setChecked(false);
    setAnswer(undefined);
  };
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
      <div className={practice.actions}>
        {checked ? (
          <button
            type="button"
            className={practice.primary}
            onClick={tryAgain}
            aria-label={`Try again: ${label}`}>
            Try again
          </button>
        ) : (
          <button
            type="button"
            className={practice.primary}
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
