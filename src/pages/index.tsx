import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import {OPTIONS} from '@site/src/data';
import styles from './index.module.css';

const TOOLS = [
  {
    to: '/docs/tools/mode-chooser',
    title: 'Which option fits?',
    text: 'Describe the workload; get the six options ranked, each reason tied to a sourced limit.',
  },
  {
    to: '/docs/tools/timeout-checker',
    title: 'Will it time out?',
    text: 'Check a processing time against every option and every hop in front of the model.',
  },
  {
    to: '/docs/tools/payload-estimator',
    title: 'Is the request too big?',
    text: 'Estimate the size of images, text, audio or JSON, base64 included, against each limit.',
  },
];

interface Card {
  to: string;
  title: string;
  text: string;
  service?: string;
  best?: string;
}

/** A list of linked cards: the whole card is the link. */
function Cards({cards}: {cards: readonly Card[]}): ReactNode {
  return (
    <ul className={styles.cards}>
      {cards.map((card) => (
        <li key={card.to} className={styles.card}>
          <Link to={card.to} className={`${styles.cardLink} card-link`}>
            {card.service ? <span className={styles.cardService}>{card.service}</span> : null}
            <span className={styles.cardTitle}>{card.title}</span>
            <span className={styles.cardText}>{card.text}</span>
            {card.best ? <span className={styles.cardBest}>Best for: {card.best}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout title="Machine-learning inference on AWS, explained" description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <p className={styles.audience}>
            For people preparing for the AWS Certified AI Practitioner and Machine Learning Engineer
            exams, and for engineers deciding how to deploy a model.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/overview">
              Read the overview
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/tools/mode-chooser">
              Find the option for your workload
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <section aria-labelledby="options-heading" className={styles.section}>
          <Heading as="h2" id="options-heading">
            The six options
          </Heading>
          <Cards
            cards={OPTIONS.map((option) => ({
              to: option.path,
              service: option.service,
              title: option.name,
              text: option.summary,
              best: option.bestFor,
            }))}
          />
        </section>
        <section aria-labelledby="tools-heading" className={styles.section}>
          <Heading as="h2" id="tools-heading">
            Check a real workload
          </Heading>
          <Cards cards={TOOLS} />
        </section>
        <section aria-labelledby="trust-heading" className={styles.section}>
          <Heading as="h2" id="trust-heading">
            Every number has a source
          </Heading>
          <p>
            Each limit on this site links to the AWS page it comes from and shows the date it was
            checked. Where AWS pages disagree, or a limit changed and older material still has the
            old value, the guide shows both.{' '}
            <Link to="/docs/limits">See every limit in one place</Link>, or{' '}
            <Link to="/docs/limits#changed-and-disputed-limits">the ones that changed</Link>.
          </p>
        </section>
      </main>
    </Layout>
  );
}
