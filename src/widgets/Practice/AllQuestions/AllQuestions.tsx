import type {ReactNode} from 'react';
import {getOption, OPTION_IDS} from '@site/src/data';
import {CASE_STUDIES, questionsOfCaseStudy, QUESTIONS} from '@site/src/data/questions';
import {QuestionText, QuestionView} from '@site/src/widgets/Practice/Question';
import styles from '@site/src/widgets/Practice/styles.module.css';

/**
 * Every question of the bank as text, each answer and explanation in a <details>: readable with
 * or without JavaScript, and printable. Questions are grouped by the first option they test;
 * case studies come last, whole.
 */
export default function AllQuestions(): ReactNode {
  const single = QUESTIONS.filter((q) => q.caseStudy === undefined);
  return (
    <div data-testid="all-questions">
      {OPTION_IDS.map((option) => {
        const own = single.filter((q) => q.options[0] === option);
        return (
          <section key={option} aria-labelledby={`questions-${option}`}>
            <h2 id={`questions-${option}`}>
              {getOption(option).name} ({own.length})
            </h2>
            {own.map((question, index) => (
              <QuestionView
                key={question.id}
                question={question}
                workload={question.workload}
                label={`${getOption(option).name}, question ${index + 1}`}
                mode="static"
              />
            ))}
          </section>
        );
      })}
      <section aria-labelledby="questions-case-studies">
        <h2 id="questions-case-studies">Case studies ({CASE_STUDIES.length})</h2>
        {CASE_STUDIES.map((study) => {
          const questions = questionsOfCaseStudy(study.id);
          return (
            <section key={study.id} aria-labelledby={`case-${study.id}`}>
              <h3 id={`case-${study.id}`}>{study.title}</h3>
              <div className={styles.scenario}>
                <p>
                  <QuestionText text={study.scenario} workload={study.workload} />
                </p>
              </div>
              {questions.map((question, index) => (
                <QuestionView
                  key={question.id}
                  question={question}
                  workload={question.workload ?? study.workload}
                  label={`${study.title}, question ${index + 1} of ${questions.length}`}
                  mode="static"
                />
              ))}
            </section>
          );
        })}
      </section>
    </div>
  );
}
