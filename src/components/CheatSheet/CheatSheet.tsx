import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {OPTIONS} from '@site/src/data';
import type {ExamId} from '@site/src/data/questions';
import {
  cheatSheet,
  sourceLabel,
  type SheetLimit,
  type SheetPart,
  type SheetValue,
} from '@site/src/lib/cheatSheet';
import PrintButton from './PrintButton';
import styles from './styles.module.css';

/** The path of an exam's sheet, as the docs plugin writes it from the file name. */
export function sheetPath(exam: ExamId): string {
  return `/docs/cheat-sheet/${exam.toLowerCase()}`;
}

/** The words of a trap's link on screen (print leaves the links out): the page it leads to. */
function trapPage(path: string): string {
  const option = OPTIONS.find((o) => o.path === path);
  return option ? `${option.shortName} exam traps` : 'The guide';
}

function footnoteId(exam: ExamId, n: number): string {
  return `${exam.toLowerCase()}-source-${n}`;
}

/** A value from the limits module, with the number of its source in the footnotes. */
function Value({value, exam}: {value: SheetValue; exam: ExamId}): ReactNode {
  return (
    <>
      <span
        className={styles.value}
        data-limit-id={value.limit}
        data-which={value.which}
        data-format={value.format}>
        {value.text}
      </span>
      <sup className={styles.note} data-footnote="">
        <a href={`#${footnoteId(exam, value.footnote)}`} aria-label={`source ${value.footnote}`}>
          {value.footnote}
        </a>
      </sup>
    </>
  );
}

/** A limit's older or conflicting values, after its current one. */
function Others({limit, exam}: {limit: SheetLimit; exam: ExamId}): ReactNode {
  return limit.others.map((other) => (
    <span key={other.which} className={styles.other}>
      {other.which === 'conflicting' ? 'disputed, another AWS page: ' : 'was '}
      <Value value={other} exam={exam} />
      {other.until ? (
        <>
          {' until '}
          <span data-date="">{other.until}</span>
        </>
      ) : null}
    </span>
  ));
}

function LimitCell({limit, exam}: {limit: SheetLimit; exam: ExamId}): ReactNode {
  return (
    <>
      <Value value={limit.current} exam={exam} />
      <Others limit={limit} exam={exam} />
    </>
  );
}

function Parts({parts, exam}: {parts: SheetPart[]; exam: ExamId}): ReactNode {
  return parts.map((part, index) =>
    part.kind === 'text' ? (
      <span key={index}>{part.text}</span>
    ) : (
      <Value key={index} value={part.value} exam={exam} />
    ),
  );
}

/** A section of the sheet under its heading; `scroll` lets a wide table scroll on its own. */
function Section({
  id,
  title,
  className,
  scroll = false,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  scroll?: boolean;
  children: ReactNode;
}): ReactNode {
  return (
    <section className={className}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {scroll ? (
        <div className={styles.scroll} tabIndex={0} role="region" aria-labelledby={id}>
          {children}
        </div>
      ) : (
        children
      )}
    </section>
  );
}

/**
 * One exam's cheat sheet, generated from the data modules: reads as a page on screen, prints on
 * one A4 or Letter page in black and white.
 */
export default function CheatSheet({exam}: {exam: ExamId}): ReactNode {
  const sheet = cheatSheet(exam);
  const {siteConfig} = useDocusaurusContext();
  const site = `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, '');
  const rows: {label: string; cell: (o: (typeof sheet.options)[number]) => ReactNode}[] = [
    {label: 'Style', cell: (o) => o.styles},
    {label: 'Largest request', cell: (o) => <LimitCell limit={o.payload} exam={exam} />},
    {label: 'Longest processing', cell: (o) => <LimitCell limit={o.time} exam={exam} />},
    {label: 'Scales to zero', cell: (o) => o.scalesToZero},
    {label: 'GPU', cell: (o) => o.gpu},
    {label: 'Own model', cell: (o) => o.ownModel},
    {label: 'Monitoring', cell: (o) => o.monitoring},
    {label: 'Billed for', cell: (o) => o.pricing},
  ];
  return (
    <div className={styles.sheet} data-testid="cheat-sheet" data-exam={exam}>
      <div className={styles.header}>
        <p className={styles.meta}>
          {sheet.exam.name} (<span data-exam="">{exam}</span>). Values as read at AWS up to{' '}
          <span data-date="">{sheet.checkedUpTo}</span>. This sheet:{' '}
          <a href={`${site}${sheetPath(exam)}`} data-url="">{`${site}${sheetPath(exam)}`}</a>
        </p>
        <PrintButton />
      </div>

      <Section id={`${exam}-options`} title="The six options side by side" scroll>
        <table className={styles.options} data-testid="sheet-options">
          <thead>
            <tr>
              <td />
              {sheet.options.map((o) => (
                <th key={o.id} scope="col" data-option={o.id}>
                  <Link to={o.path}>{o.shortName}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {sheet.options.map((o) => (
                  <td key={o.id}>{row.cell(o)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Section>

      <div className={styles.flow}>
        <Section id={`${exam}-limits`} title="More limits that decide questions" scroll>
          <table className={styles.limits} data-testid="sheet-limits">
            <thead>
              <tr>
                <th scope="col">Limit</th>
                <th scope="col">Value</th>
                <th scope="col">
                  <abbr title="Practice questions whose answer turns on it">Qs</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {sheet.limits.map((limit) => (
                <tr key={limit.id} data-limit-row={limit.id}>
                  <th scope="row" data-quantity="">
                    {limit.subject}: {limit.quantity}
                  </th>
                  <td>
                    <LimitCell limit={limit} exam={exam} />
                  </td>
                  <td data-count={limit.id}>{limit.questions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
        <Section id={`${exam}-keywords`} title="The question says, think of">
          <dl className={styles.keywords} data-testid="sheet-keywords">
            {sheet.keywords.map((row) => (
              <div key={row.option}>
                <dt>
                  <Link to={row.path}>{row.shortName}</Link>
                </dt>
                <dd>{row.phrases.map((phrase) => `“${phrase}”`).join(', ')}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section id={`${exam}-traps`} title="Traps">
          <ul className={styles.traps} data-testid="sheet-traps">
            {sheet.traps.map((trap) => (
              <li key={trap.id}>
                <Parts parts={trap.parts} exam={exam} />{' '}
                <Link className={styles.more} to={`${trap.link.path}#${trap.link.anchor}`}>
                  {trapPage(trap.link.path)}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      </div>

      <Section id={`${exam}-sources`} title="Sources" className={styles.sources}>
        <p className={styles.sourceLine}>
          Paths start at docs.aws.amazon.com unless a host is given. Every value with AWS’s words
          and the date it was read:{' '}
          <a href={`${site}/docs/limits`} data-url="">{`${site}/docs/limits`}</a>
        </p>
        <ol className={styles.sourceList}>
          {sheet.sources.map((url, index) => (
            <li key={url} id={footnoteId(exam, index + 1)} data-source="">
              <a href={url}>{sourceLabel(url)}</a>
            </li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
