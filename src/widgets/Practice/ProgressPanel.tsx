import {useRef, useState, type ReactNode} from 'react';
import {getOption, OPTION_IDS} from '@site/src/data';
import {EXAMS, QUESTIONS} from '@site/src/data/questions';
import {BOXES} from '@site/src/widgets/Practice/logic/leitner';
import {
  emptyProgress,
  exportProgress,
  importProgress,
  mergeProgress,
  summarize,
  MAX_IMPORT_CHARS,
  type ProgressTally,
} from '@site/src/widgets/Practice/logic/progress';
import type {ProgressStore} from './useProgress';
import styles from './styles.module.css';

interface Props {
  store: ProgressStore;
  headingLevel?: 2 | 3;
}

function tally(t: ProgressTally): string {
  return `${t.mastered} of ${t.questions} right at the last try (${t.attempted} tried)`;
}

/** Progress per option, per exam and per flashcard box; reset, export and import. */
export function ProgressPanel({store, headingLevel = 2}: Props): ReactNode {
  const {progress, loaded, notice, replace, cardIds} = store;
  const bank = QUESTIONS;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const summary = summarize(progress, bank, cardIds);
  const questionIds = new Set(bank.map((q) => q.id));
  const cards = new Set(cardIds);

  const download = () => {
    const text = exportProgress(progress, Date.now());
    const url = URL.createObjectURL(new Blob([text], {type: 'application/json'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'aws-inference-guide-progress.json';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage('Progress exported as aws-inference-guide-progress.json.');
  };

  const reset = () => {
    replace(emptyProgress());
    setConfirming(false);
    setMessage('Progress reset.');
  };

  const load = async (chosen: File | undefined) => {
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_CHARS * 4) {
      setMessage('Not imported: the file is too large to be a progress file.');
      return;
    }
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      setMessage('Not imported: the file could not be read.');
      return;
    }
    const result = importProgress(text, {now: Date.now(), questionIds, cardIds: cards});
    if (!result.ok) {
      setMessage(`Not imported: ${result.error}`);
      return;
    }
    replace(mergeProgress(progress, result.progress));
    setMessage(['Progress imported and joined with this browser’s.', ...result.notes].join(' '));
    if (file.current) file.current.value = '';
  };

  return (
    <section className={styles.panel} aria-labelledby="progress-heading" data-testid="progress">
      <Heading id="progress-heading">Your progress</Heading>
      <p className={styles.note}>
        Kept in this browser only (localStorage): no account, nothing sent anywhere.
      </p>
      {notice ? <p className={styles.warning}>{notice}</p> : null}
      {!loaded ? (
        <p>Your progress shows here when you start practising.</p>
      ) : (
        <>
          <p data-testid="progress-overall">Questions: {tally(summary.overall)}.</p>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption>Questions by option and exam</caption>
              <thead>
                <tr>
                  <th scope="col">Option or exam</th>
                  <th scope="col">In the bank</th>
                  <th scope="col">Tried</th>
                  <th scope="col">Right at the last try</th>
                </tr>
              </thead>
              <tbody>
                {OPTION_IDS.map((id) => {
                  const t = summary.byOption[id];
                  return (
                    <tr key={id} data-option={id}>
                      <th scope="row">{getOption(id).name}</th>
                      <td>{t.questions}</td>
                      <td>{t.attempted}</td>
                      <td>{t.mastered}</td>
                    </tr>
                  );
                })}
                {EXAMS.map((exam) => {
                  const t = summary.byExam[exam];
                  return (
                    <tr key={exam} data-exam={exam}>
                      <th scope="row">{exam}</th>
                      <td>{t.questions}</td>
                      <td>{t.attempted}</td>
                      <td>{t.mastered}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p data-testid="progress-cards">
            Flashcards: {summary.cards.new} new
            {BOXES.map((box) => `, ${summary.cards[box]} in box ${box}`).join('')}.
          </p>
        </>
      )}
      <div className={styles.actions}>
        <button type="button" className={styles.button} onClick={download} disabled={!loaded}>
          Export progress
        </button>
        <label className={styles.fileLabel}>
          Import progress (JSON file)
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            className={styles.file}
            disabled={!loaded}
            onChange={(event) => void load(event.currentTarget.files?.[0])}
          />
        </label>
        {confirming ? (
          <>
            <button type="button" className={styles.button} onClick={reset}>
              Yes, forget my progress
            </button>
            <button type="button" className={styles.button} onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className={styles.button}
            disabled={!loaded}
            onClick={() => {
              setConfirming(true);
              setMessage('Reset forgets every answer and flashcard box in this browser. Sure?');
            }}>
            Reset progress
          </button>
        )}
      </div>
      <p className={styles.status} aria-live="polite" data-testid="progress-message">
        {message}
      </p>
    </section>
  );
}
