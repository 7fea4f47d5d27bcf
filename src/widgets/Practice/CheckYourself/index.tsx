import {use, useEffect, useRef, useState, type ComponentType, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {onServer, SERVER_HTML, useFromServer} from '@site/src/components/Island';
import type {OptionId} from '@site/src/data';
import type {Question} from '@site/src/data/questions/types';
import type {QuestionsProps} from './Questions';
import styles from './styles.module.css';

/*
 * What an option page pays for this block up front is this file. The questions (chosen at build
 * time: src/plugins/checkYourself.ts) and the code that asks them are loaded when the block comes
 * near the screen. Until then the reader has the server's rendering: every question as text with
 * its answer in a <details>, which is also what a reader without JavaScript gets. React leaves
 * that HTML alone (an element with empty inner HTML is not hydrated), and replaces it with the
 * questions, answerable, once they have loaded.
 */

const QUESTIONS: Record<OptionId, () => Promise<{default: readonly Question[]}>> = {
  batch: () => import('@generated/check-yourself/default/batch.json'),
  realtime: () => import('@generated/check-yourself/default/realtime.json'),
  serverless: () => import('@generated/check-yourself/default/serverless.json'),
  async: () => import('@generated/check-yourself/default/async.json'),
  bedrock: () => import('@generated/check-yourself/default/bedrock.json'),
  lambda: () => import('@generated/check-yourself/default/lambda.json'),
};

interface Loaded {
  Questions: ComponentType<QuestionsProps>;
  questions: readonly Question[];
}

async function load(option: OptionId): Promise<Loaded> {
  const [code, data] = await Promise.all([import('./Questions'), QUESTIONS[option]()]);
  return {Questions: code.default, questions: data.default};
}

/** How far below the screen the block starts loading, so it is ready when the reader gets there. */
const AHEAD = '0px 0px 1000px 0px';

const serverLoads = new Map<OptionId, Promise<Loaded>>();

/** A few questions at the end of an option's page, answered in place. */
export default function CheckYourself({option}: {option: OptionId}): ReactNode {
  return (
    <div className={styles.check} data-testid="check-yourself">
      {onServer ? <ServerQuestions option={option} /> : <BrowserQuestions option={option} />}
      <p>
        More questions, with a score and flashcards:{' '}
        <Link to="/docs/practice">practise for the exam</Link>.
      </p>
    </div>
  );
}

// No <Suspense> here: while the questions load, the server waits with the whole page, and then
// writes them in place. (A boundary would have React stream them after the page, behind a script.)
function ServerQuestions({option}: {option: OptionId}): ReactNode {
  return (
    <div>
      <Static loading={serverLoads.get(option) ?? remember(option)} />
    </div>
  );
}

function remember(option: OptionId): Promise<Loaded> {
  const loading = load(option);
  serverLoads.set(option, loading);
  return loading;
}

function Static({loading}: {loading: Promise<Loaded>}): ReactNode {
  const {Questions, questions} = use(loading);
  return <Questions questions={questions} interactive={false} />;
}

function BrowserQuestions({option}: {option: OptionId}): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  // True in the render that hydrates the server's HTML, false after a client-side navigation.
  const fromServer = useFromServer();
  const [loaded, setLoaded] = useState<Loaded>();

  useEffect(() => {
    const node = box.current;
    if (!node) return;
    let live = true;
    const start = () => {
      load(option).then(
        (done) => live && setLoaded(done),
        // Offline and not cached: the text and its <details> stay, which is all the page had.
        () => undefined,
      );
    };
    // After a move within the site there is no server HTML to read meanwhile: load at once.
    if (!fromServer || !('IntersectionObserver' in window)) {
      start();
      return () => {
        live = false;
      };
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        start();
      },
      {rootMargin: AHEAD},
    );
    observer.observe(node);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [option, fromServer]);

  if (loaded)
    return (
      <div key="live">
        <loaded.Questions questions={loaded.questions} interactive />
      </div>
    );
  return fromServer ? (
    <div key="server" ref={box} dangerouslySetInnerHTML={SERVER_HTML} suppressHydrationWarning />
  ) : (
    <div key="server" ref={box}>
      <p>Loading the questions…</p>
    </div>
  );
}
