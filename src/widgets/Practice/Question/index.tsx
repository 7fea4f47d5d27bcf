import {useEffect, useId, useRef, useState, type ReactNode, type Ref} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {renderText, type Text} from '@site/src/data/questions/text';
import type {
  MatchingQuestion,
  OrderingQuestion,
  Question,
  Workload,
} from '@site/src/data/questions/types';
import type {Answer, Mark, QuestionScore} from '@site/src/widgets/Practice/logic/questionScore';
import {own} from '@site/src/widgets/Practice/logic/own';
import {QuestionText} from './QuestionText';
import practice from '@site/src/widgets/Practice/styles.module.css';
import fields from '@site/src/widgets/shared/Fields/styles.module.css';
import styles from './styles.module.css';

const smallButton = clsx(practice.button, styles.small);

export {QuestionText};

/**
 * - `static`: the question as text, its answer and explanation in a <details> (no script needed).
 * - `answer`: the reader answers: radio or checkbox groups, ordering by buttons, matching by selects.
 * - `review`: the answer given, locked, with what was right and wrong and why.
 */
export type Mode = 'static' | 'answer' | 'review';

interface Props {
  question: Question;
  workload?: Workload;
  /** "Question 3 of 10". */
  label: string;
  mode: Mode;
  answer?: Answer;
  onAnswer?: (answer: Answer) => void;
  score?: QuestionScore;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const letter = (index: number): string => LETTERS[index] ?? String(index + 1);

/** One question in any of the exam formats. */
export function QuestionView({
  question,
  workload,
  label,
  mode,
  answer,
  onAnswer,
  score,
}: Props): ReactNode {
  const locked = mode !== 'answer';
  const set = (next: Answer) => {
    if (!locked) onAnswer?.(next);
  };
  const title = (
    <>
      <span className={styles.number}>{label}</span>{' '}
      <QuestionText text={question.stem} workload={workload} />
    </>
  );
  if (mode === 'static') {
    return (
      <div className={styles.question} data-question={question.id}>
        <p className={styles.stem}>{title}</p>
        <StaticChoices question={question} workload={workload} />
        <details className={styles.details}>
          <summary>Answer and explanation</summary>
          <Explanation question={question} workload={workload} />
        </details>
      </div>
    );
  }
  let body: ReactNode;
  switch (question.format) {
    case 'multiple-choice':
    case 'multiple-response': {
      const multiple = question.format === 'multiple-response';
      const chosen =
        answer?.format === 'multiple-choice'
          ? [answer.choice]
          : answer?.format === 'multiple-response'
            ? answer.choices
            : [];
      body = (
        <Choices
          question={question}
          workload={workload}
          title={title}
          multiple={multiple}
          chosen={chosen}
          locked={locked}
          marks={score?.marks}
          onToggle={(id, on) => {
            if (!multiple) set({format: 'multiple-choice', choice: id});
            else {
              const next = on
                ? [...chosen.filter((c) => c !== id), id]
                : chosen.filter((c) => c !== id);
              set({format: 'multiple-response', choices: next});
            }
          }}
        />
      );
      break;
    }
    case 'ordering':
      body = (
        <Ordering
          question={question}
          workload={workload}
          title={title}
          order={answer?.format === 'ordering' ? answer.order : initialOrder(question)}
          locked={locked}
          onChange={(order) => set({format: 'ordering', order})}
        />
      );
      break;
    case 'matching':
      body = (
        <Matching
          question={question}
          workload={workload}
          title={title}
          pairs={answer?.format === 'matching' ? answer.pairs : {}}
          locked={locked}
          marks={score?.marks}
          onChange={(pairs) => set({format: 'matching', pairs})}
        />
      );
      break;
  }
  return (
    <div
      className={clsx(styles.question, score && (score.correct ? styles.right : styles.wrong))}
      data-question={question.id}
      data-format={question.format}>
      {body}
      {mode === 'review' && score ? (
        <div className={styles.feedback} data-testid="feedback">
          <p className={styles.verdict}>
            <strong>
              {score.correct ? 'Correct.' : score.answered ? 'Not correct.' : 'Not answered.'}
            </strong>{' '}
            {question.format === 'multiple-choice' || score.correct
              ? null
              : `${score.right} of ${score.total} ${partsName(question)} right.`}
          </p>
          <Explanation
            question={question}
            workload={workload}
            answer={answer}
            marks={score.marks}
          />
        </div>
      ) : null}
    </div>
  );
}

function partsName(question: Question): string {
  if (question.format === 'ordering') return 'places';
  if (question.format === 'matching') return 'pairs';
  return 'choices';
}

/** Ordering questions with no extra items start in the order shown; others start empty. */
export function initialOrder(question: OrderingQuestion): string[] {
  return question.items.length === question.key.length ? question.items.map((i) => i.id) : [];
}

/** A button that moves one step of an ordering question; focus finds it again by its data. */
function StepButton({
  item,
  action,
  label,
  disabled,
  onClick,
  children,
}: {
  item: string;
  action: 'up' | 'down' | 'remove' | 'add';
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}): ReactNode {
  return (
    <button
      type="button"
      className={smallButton}
      data-item={item}
      data-action={action}
      disabled={disabled}
      onClick={onClick}
      aria-label={label}>
      {children}
    </button>
  );
}

/** A question's answer controls, under its stem as their legend. */
function Asked({
  title,
  ref,
  children,
}: {
  title: ReactNode;
  ref?: Ref<HTMLFieldSetElement>;
  children: ReactNode;
}): ReactNode {
  return (
    <fieldset className={styles.fieldset} ref={ref}>
      <legend className={styles.stem}>{title}</legend>
      {children}
    </fieldset>
  );
}

const MARK_WORDS: Record<Mark, string> = {
  right: 'your choice, correct',
  wrong: 'your choice, incorrect',
  missed: 'correct, not chosen',
};

function Choices({
  question,
  workload,
  title,
  multiple,
  chosen,
  locked,
  marks,
  onToggle,
}: {
  question: Extract<Question, {choices: unknown}>;
  workload?: Workload;
  title: ReactNode;
  multiple: boolean;
  chosen: readonly string[];
  locked: boolean;
  marks?: Record<string, Mark>;
  onToggle: (id: string, on: boolean) => void;
}): ReactNode {
  const name = useId();
  return (
    <Asked title={title}>
      <div className={styles.choices}>
        {question.choices.map((choice, index) => {
          const mark = marks?.[choice.id];
          return (
            <label
              key={choice.id}
              className={clsx(styles.choice, mark && styles[mark])}
              data-choice={choice.id}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={choice.id}
                checked={chosen.includes(choice.id)}
                disabled={locked}
                onChange={(event) => onToggle(choice.id, event.currentTarget.checked)}
              />
              <span>
                {letter(index)}. <QuestionText text={choice.text} workload={workload} />
                {mark ? <span className={styles.mark}> ({MARK_WORDS[mark]})</span> : null}
              </span>
            </label>
          );
        })}
      </div>
    </Asked>
  );
}

function Ordering({
  question,
  workload,
  title,
  order,
  locked,
  onChange,
}: {
  question: OrderingQuestion;
  workload?: Workload;
  title: ReactNode;
  order: readonly string[];
  locked: boolean;
  onChange: (order: string[]) => void;
}): ReactNode {
  const box = useRef<HTMLFieldSetElement>(null);
  const [focus, setFocus] = useState<{item: string; action: string} | null>(null);
  const [said, setSaid] = useState('');
  const items = new Map(question.items.map((item) => [item.id, item]));
  const placed = order.filter((id) => items.has(id));
  const spare = question.items.filter((item) => !placed.includes(item.id));
  const size = question.key.length;
  const full = placed.length >= size;
  const plain = (id: string) => {
    const item = items.get(id);
    return item ? renderText(item.text, workload) : id;
  };

  useEffect(() => {
    if (!focus || !box.current) return;
    const wanted = box.current.querySelector<HTMLButtonElement>(
      `[data-item="${focus.item}"][data-action="${focus.action}"]`,
    );
    const fallback = box.current.querySelector<HTMLButtonElement>(
      `[data-item="${focus.item}"]:not(:disabled)`,
    );
    (wanted && !wanted.disabled ? wanted : fallback)?.focus();
    setFocus(null);
  }, [focus]);

  const move = (id: string, to: number, action: string) => {
    const next = placed.filter((x) => x !== id);
    next.splice(to, 0, id);
    onChange(next);
    setFocus({item: id, action});
    setSaid(`“${plain(id)}” is now step ${to + 1} of ${size}.`);
  };
  const remove = (id: string) => {
    onChange(placed.filter((x) => x !== id));
    setFocus({item: id, action: 'add'});
    setSaid(`“${plain(id)}” removed from the order.`);
  };

  return (
    <Asked title={title} ref={box}>
      <p className={styles.hint}>
        {spare.length > 0 && question.items.length > size
          ? `Choose ${size} of the ${question.items.length} steps with “Add”, then put them in ` +
            `order with “Up” and “Down”.`
          : `Put the ${size} steps in order with “Up” and “Down”.`}
      </p>
      <p className={styles.listName}>
        Your order ({placed.length} of {size} places filled)
      </p>
      {placed.length === 0 ? (
        <p className={styles.empty}>No step chosen yet.</p>
      ) : (
        <ol className={styles.order}>
          {placed.map((id, index) => (
            <li key={id} data-item-row={id}>
              <span className={styles.itemText}>
                <QuestionText text={items.get(id)?.text ?? id} workload={workload} />
              </span>
              {locked ? null : (
                <span className={styles.buttons}>
                  <StepButton
                    item={id}
                    action="up"
                    label={`Up: move “${plain(id)}” up`}
                    disabled={index === 0}
                    onClick={() => move(id, index - 1, 'up')}>
                    Up
                  </StepButton>
                  <StepButton
                    item={id}
                    action="down"
                    label={`Down: move “${plain(id)}” down`}
                    disabled={index === placed.length - 1}
                    onClick={() => move(id, index + 1, 'down')}>
                    Down
                  </StepButton>
                  {question.items.length > size ? (
                    <StepButton
                      item={id}
                      action="remove"
                      label={`Remove: “${plain(id)}”`}
                      onClick={() => remove(id)}>
                      Remove
                    </StepButton>
                  ) : null}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {spare.length > 0 ? (
        <>
          <p className={styles.listName}>Not in your order</p>
          <ul className={styles.spare}>
            {spare.map((item) => (
              <li key={item.id}>
                <span className={styles.itemText}>
                  <QuestionText text={item.text} workload={workload} />
                </span>
                {locked ? null : (
                  <span className={styles.buttons}>
                    <StepButton
                      item={item.id}
                      action="add"
                      label={`Add: “${plain(item.id)}”`}
                      disabled={full}
                      onClick={() => move(item.id, placed.length, 'up')}>
                      Add
                    </StepButton>
                  </span>
                )}
              </li>
            ))}
          </ul>
          {full && !locked ? (
            <p className={styles.hint}>All places are filled: remove a step to use another.</p>
          ) : null}
        </>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </Asked>
  );
}

function Matching({
  question,
  workload,
  title,
  pairs,
  locked,
  marks,
  onChange,
}: {
  question: MatchingQuestion;
  workload?: Workload;
  title: ReactNode;
  pairs: Readonly<Record<string, string>>;
  locked: boolean;
  marks?: Record<string, Mark>;
  onChange: (pairs: Record<string, string>) => void;
}): ReactNode {
  const id = useId();
  return (
    <Asked title={title}>
      <div className={styles.pairs}>
        {question.prompts.map((prompt) => {
          const mark = marks?.[prompt.id];
          return (
            <div key={prompt.id} className={clsx(styles.pair, mark && styles[mark])}>
              <label htmlFor={`${id}-${prompt.id}`}>
                <QuestionText text={prompt.text} workload={prompt.workload ?? workload} />
              </label>
              <select
                id={`${id}-${prompt.id}`}
                className={clsx(fields.select, styles.select)}
                value={own(pairs, prompt.id) ?? ''}
                disabled={locked}
                onChange={(event) => onChange({...pairs, [prompt.id]: event.currentTarget.value})}>
                <option value="">Choose…</option>
                {question.responses.map((response) => (
                  <option key={response.id} value={response.id}>
                    {renderText(response.text, workload)}
                  </option>
                ))}
              </select>
              {mark ? (
                <span className={styles.mark}>
                  {mark === 'right' ? 'Correct' : mark === 'wrong' ? 'Incorrect' : 'Not answered'}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </Asked>
  );
}

/** The choices or items of a question as plain text, for the static view. */
function StaticChoices({question, workload}: {question: Question; workload?: Workload}): ReactNode {
  switch (question.format) {
    case 'multiple-choice':
    case 'multiple-response':
      return <TextList entries={question.choices} workload={workload} lettered />;
    case 'ordering':
      return (
        <>
          <p className={styles.hint}>
            Choose {question.key.length} of these steps and put them in order:
          </p>
          <TextList entries={question.items} workload={workload} />
        </>
      );
    case 'matching':
      return (
        <>
          <p className={styles.hint}>Match each of these:</p>
          <TextList entries={question.prompts} workload={workload} />
          <p className={styles.hint}>with one of these (a response may fit several or none):</p>
          <TextList entries={question.responses} workload={workload} />
        </>
      );
  }
}

/** A piece of a question: a choice, an item, a prompt or a response. */
interface Entry {
  id: string;
  text: Text;
  why?: Text;
  /** A prompt's own scenario numbers. */
  workload?: Workload;
}

/** Texts as a plain list, for the static view. */
function TextList({
  entries,
  workload,
  lettered = false,
}: {
  entries: readonly Entry[];
  workload?: Workload;
  lettered?: boolean;
}): ReactNode {
  const items = entries.map((entry) => (
    <li key={entry.id}>
      <QuestionText text={entry.text} workload={entry.workload ?? workload} />
    </li>
  ));
  return lettered ? (
    <ol className={styles.staticList} type="a">
      {items}
    </ol>
  ) : (
    <ul className={styles.staticList}>{items}</ul>
  );
}

/** An entry in bold and why it is (or is not) part of the answer. */
function Reasoned({text, why, workload}: {text: Text; why?: Text; workload?: Workload}): ReactNode {
  return (
    <>
      <strong>
        <QuestionText text={text} workload={workload} />.
      </strong>
      <Why text={why} workload={workload} />
    </>
  );
}

/** The entries that belong nowhere in the key, under a title; nothing when there are none. */
function Unkeyed({
  title,
  entries,
  workload,
}: {
  title: string;
  entries: readonly Entry[];
  workload?: Workload;
}): ReactNode {
  if (entries.length === 0) return null;
  return (
    <>
      <p className={styles.listName}>{title}</p>
      <ul className={styles.reasons}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Reasoned text={entry.text} why={entry.why} workload={workload} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Why({text, workload}: {text?: Text; workload?: Workload}): ReactNode {
  return text === undefined ? null : (
    <span className={styles.why}>
      {' '}
      <QuestionText text={text} workload={workload} />
    </span>
  );
}

/** The key, why each part is right or wrong, the explanation and where the guide teaches it. */
export function Explanation({
  question,
  workload,
  answer,
  marks,
}: {
  question: Question;
  workload?: Workload;
  answer?: Answer;
  marks?: Record<string, Mark>;
}): ReactNode {
  let parts: ReactNode;
  switch (question.format) {
    case 'multiple-choice':
    case 'multiple-response': {
      const keys: readonly string[] =
        question.format === 'multiple-choice' ? [question.key] : question.key;
      parts = (
        <ul className={styles.reasons}>
          {question.choices.map((choice, index) => {
            const keyed = keys.includes(choice.id);
            const mark = marks?.[choice.id];
            return (
              <li key={choice.id} className={keyed ? styles.keyed : undefined}>
                <strong>
                  {letter(index)}. {keyed ? 'Correct' : 'Incorrect'}
                  {mark === 'right' || mark === 'wrong' ? ', your choice' : ''}:
                </strong>{' '}
                <QuestionText text={choice.text} workload={workload} />.
                <Why text={choice.why} workload={workload} />
              </li>
            );
          })}
        </ul>
      );
      break;
    }
    case 'ordering': {
      const items = new Map(question.items.map((item) => [item.id, item]));
      const given = answer?.format === 'ordering' ? answer.order : undefined;
      const extra = question.items.filter((item) => !question.key.includes(item.id));
      parts = (
        <>
          <p className={styles.listName}>The right order:</p>
          <ol className={styles.reasons}>
            {question.key.map((id, index) => {
              const item = items.get(id);
              const yours = given?.[index];
              return (
                <li key={id} className={styles.keyed}>
                  <Reasoned text={item?.text ?? id} why={item?.why} workload={workload} />
                  {given ? (
                    <span className={styles.mark}>
                      {' '}
                      {yours === id
                        ? '(your answer put it here: correct)'
                        : yours === undefined
                          ? '(you left this place empty)'
                          : `(you put “${renderText(items.get(yours)?.text ?? yours, workload)}” here)`}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <Unkeyed title="Not part of the answer:" entries={extra} workload={workload} />
        </>
      );
      break;
    }
    case 'matching': {
      const responses = new Map(question.responses.map((r) => [r.id, r]));
      const given = answer?.format === 'matching' ? answer.pairs : undefined;
      const used = new Set(Object.values(question.key));
      parts = (
        <>
          <ul className={styles.reasons}>
            {question.prompts.map((prompt) => {
              const keyed = responses.get(question.key[prompt.id] ?? '');
              const chosen = given ? own(given, prompt.id) : undefined;
              const yours = chosen === undefined ? undefined : responses.get(chosen);
              const mark = marks?.[prompt.id];
              return (
                <li key={prompt.id} className={styles.keyed}>
                  <QuestionText text={prompt.text} workload={prompt.workload ?? workload} />:{' '}
                  <strong>
                    {keyed ? <QuestionText text={keyed.text} workload={workload} /> : null}
                  </strong>
                  .<Why text={prompt.why} workload={prompt.workload ?? workload} />
                  {mark && mark !== 'right' ? (
                    <span className={styles.mark}>
                      {' '}
                      {yours
                        ? `(you chose “${renderText(yours.text, workload)}”)`
                        : '(not answered)'}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <Unkeyed
            title="Matches none of them:"
            entries={question.responses.filter((r) => !used.has(r.id))}
            workload={workload}
          />
        </>
      );
      break;
    }
  }
  return (
    <div className={styles.explanation}>
      {parts}
      <p>
        <QuestionText text={question.explanation} workload={workload} />
      </p>
      {question.examReading ? (
        <p>
          <strong>How the exam is likely to read it:</strong>{' '}
          <QuestionText text={question.examReading} workload={workload} />
        </p>
      ) : null}
      {question.links.length > 0 ? (
        <p className={styles.links}>
          Read more:{' '}
          {question.links.map((link, index) => (
            <span key={`${link.path}#${link.anchor}`}>
              {index > 0 ? ', ' : null}
              <Link to={`${link.path}#${link.anchor}`}>{link.title}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
