import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getLimit, OPTIONS, type SourcedFact} from '@site/src/data';
import Limit from '@site/src/components/Limit';
import styles from './styles.module.css';

const LABEL = {yes: 'Yes', no: 'No', partly: 'Partly', unstated: 'Not stated'} as const;

function Fact({fact}: {fact: SourcedFact & {value: keyof typeof LABEL}}): ReactNode {
  return (
    <>
      <a href={fact.source} className={styles.fact}>
        {LABEL[fact.value]}
      </a>
      <span className={styles.detail}>{fact.text}</span>
    </>
  );
}

/** The six options side by side, generated from the data module. */
export default function SummaryTable(): ReactNode {
  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="summary-table">
        <caption>
          The six ways to run inference on AWS. Every value links to its AWS source.
        </caption>
        <thead>
          <tr>
            <th scope="col">Inference type</th>
            <th scope="col">Service</th>
            <th scope="col">Style</th>
            <th scope="col">Max request payload</th>
            <th scope="col">Max processing time</th>
            <th scope="col">Scales to zero</th>
            <th scope="col">GPU</th>
            <th scope="col">Data Capture and monitoring</th>
            <th scope="col">Pricing basis</th>
            <th scope="col">Best for</th>
          </tr>
        </thead>
        <tbody>
          {OPTIONS.map((option) => (
            <tr key={option.id} data-option={option.id}>
              <th scope="row">
                <Link to={option.path}>{option.name}</Link>
              </th>
              <td>{option.service}</td>
              <td>{option.styles.join(', ')}</td>
              <td className={styles.number}>
                <Limit id={option.maxPayload} />
                <span className={styles.detail}>{getLimit(option.maxPayload).quantity}</span>
              </td>
              <td className={styles.number}>
                <Limit id={option.maxProcessing} format="duration" />
                <span className={styles.detail}>{getLimit(option.maxProcessing).quantity}</span>
              </td>
              <td>
                <Fact fact={option.scalesToZero} />
              </td>
              <td>
                <Fact fact={option.gpu} />
              </td>
              <td>
                <Fact fact={option.monitoring} />
              </td>
              <td>
                <a href={option.pricing.source}>{option.pricing.text}</a>
              </td>
              <td>{option.bestFor}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
