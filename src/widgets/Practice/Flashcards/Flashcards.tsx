import {useEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {
  buildFlashcards,
  type CardKind,
  type Flashcard,
} from '@site/src/widgets/Practice/logic/flashcards';
import {onServer} from '@site/src/components/Island';
import {formatLocalDay} from '@site/src/lib/dates';
import {BOXES, dueCards, INTERVAL_DAYS, nextDue} from '@site/src/widgets/Practice/logic/leitner';
import {recordCard} from '@site/src/widgets/Practice/logic/progress';
import {RadioGroup} from '@site/src/widgets/Practice/ChoiceGroup';
import {ProgressPanel} from '@site/src/widgets/Practice/ProgressPanel';
import {useProgress} from '@site/src/widgets/Practice/useProgress';
import styles from '@site/src/widgets/Practice/styles.module.css';

const DECK_NAMES: Record<'all' | CardKind, string> = {
  all: 'All cards',
  limit: 'Limits',
  keyword: 'Exam keywords',
  change: 'Changed limits',
  dispute: 'Disputed limits',
};
const DECKS = Object.keys(DECK_NAMES) as ('all' | CardKind)[];

/** The reader's clock, read only in event handlers. */
const clock = (): number => Date.now();

function day(ms: number): string {
  return formatLocalDay(new Date(ms));
}

/**
 * Flashcards generated from the data. Leitner boxes decide what comes back: a card you knew moves
 * up a box and returns later, one you did not goes back to box 1.
 */
export default function Flashcards(): ReactNode {
  const deck = useMemo(() => buildFlashcards(), []);
  const cardIds = useMemo(() => deck.map((card) => card.id), [deck]);
  const byId = useMemo(() => new Map(deck.map((card) => [card.id, card])), [deck]);
  const store = useProgress(cardIds);
  const [kind, setKind] = useState<'all' | CardKind>('all');
  // Cards due at the start of the round come up; one answered moves to a later day and drops out.
  const [roundStart, setRoundStart] = useState<number>();
  const [shown, setShown] = useState(false);
  const [said, setSaid] = useState('');
  const front = useRef<HTMLParagraphElement>(null);
  const focusFront = useRef(false);

  const ids = useMemo(
    () => (kind === 'all' ? cardIds : deck.filter((c) => c.kind === kind).map((c) => c.id)),
    [kind, deck, cardIds],
  );
  const start = roundStart ?? store.loadedAt;
  // The server shows the round of a reader with no saved progress (a browser that holds progress
  // loads the cards at once: index.tsx); the browser, the reader's own once it has read them.
  const schedule = store.loaded ? store.progress.cards : onServer ? {} : undefined;
  const queue = schedule ? dueCards(ids, schedule, start) : undefined;
  const later = schedule ? nextDue(ids, schedule, start) : undefined;

  useEffect(() => {
    if (focusFront.current) front.current?.focus();
    focusFront.current = false;
  });

  const card: Flashcard | undefined = queue?.[0] === undefined ? undefined : byId.get(queue[0]);
  const box = card ? store.progress.cards[card.id]?.box : undefined;

  const answer = (knew: boolean) => {
    if (!card || !queue) return;
    const next = recordCard(store.progress, card.id, knew, clock());
    store.replace(next);
    const placed = next.cards[card.id]?.box ?? 1;
    const days = INTERVAL_DAYS[placed];
    setSaid(
      `${knew ? 'Known' : 'Not known yet'}: box ${placed}, back in ${days} ` +
        `${days === 1 ? 'day' : 'days'}. ${queue.length - 1} left now.`,
    );
    setShown(false);
    focusFront.current = true;
  };

  const reviewEarly = (from: number) => {
    setRoundStart(from);
    setShown(false);
    focusFront.current = true;
  };

  return (
    <section className={styles.practice} aria-label="Flashcards" data-testid="flashcards">
      <noscript>
        <p className={styles.warning}>
          Flashcards need JavaScript: they keep your boxes in this browser.
        </p>
      </noscript>
      <RadioGroup
        legend="Deck"
        name="deck"
        values={DECKS}
        labelOf={(value) =>
          `${DECK_NAMES[value]} (${value === 'all' ? deck.length : deck.filter((c) => c.kind === value).length})`
        }
        value={kind}
        onChange={setKind}
      />
      {queue === undefined ? (
        <p>The cards appear here once the page has loaded.</p>
      ) : card ? (
        <div className={styles.card} data-card={card.id}>
          <p className={styles.note}>
            {queue.length} {queue.length === 1 ? 'card' : 'cards'} due now · this one is{' '}
            {box === undefined ? 'new' : `in box ${box}`}
          </p>
          <p ref={front} tabIndex={-1} className={styles.front} data-testid="card-front">
            {card.front}
          </p>
          {shown ? (
            <div className={styles.back} data-testid="card-back">
              <p>
                <strong>{card.back}</strong>
              </p>
              {card.quote ? (
                <p>
                  AWS: <q cite={card.source}>{card.quote}</q>
                </p>
              ) : null}
              {card.details.map((detail) => (
                <p key={detail}>{detail}</p>
              ))}
              {card.source ? (
                <p>
                  Source: <a href={card.source}>{card.sourceTitle ?? card.source}</a>
                </p>
              ) : null}
              <div className={styles.actions}>
                <button type="button" className={styles.primary} onClick={() => answer(true)}>
                  I knew it
                </button>
                <button type="button" className={styles.button} onClick={() => answer(false)}>
                  I did not know it
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className={styles.primary} onClick={() => setShown(true)}>
              Show the answer
            </button>
          )}
        </div>
      ) : (
        <div className={styles.card} data-testid="round-done">
          <p>
            No card of this deck is due now.
            {later ? ` The next one comes back on ${day(later)}.` : ''}
          </p>
          {later ? (
            <button type="button" className={styles.button} onClick={() => reviewEarly(later)}>
              Review the next cards early
            </button>
          ) : null}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="card-status">
        {said}
      </p>
      <p className={styles.note}>
        Boxes and when cards come back:{' '}
        {BOXES.map(
          (b) => `box ${b} after ${INTERVAL_DAYS[b]} ${INTERVAL_DAYS[b] === 1 ? 'day' : 'days'}`,
        ).join(', ')}
        .
      </p>
      <ProgressPanel store={store} />
    </section>
  );
}
