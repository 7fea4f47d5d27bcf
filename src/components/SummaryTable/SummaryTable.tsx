import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getLimit, OPTIONS, type SourcedFact} from '@site/src/data';
import DataTable from '@site/src/components/DataTable';
import Limit from '@site/src/components/Limit/Limit';
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

const COLUMNS = [
  'Inference type',
  'Service',
  'Style',
  'Max request payload',
  'Max processing time',
  'Scales to zero',
  'GPU',
  'Data Capture and monitoring',
  'Pricing basis',
  'Best for',
];

/** The six options side by side, generated from the data module. */
export default function SummaryTable(): ReactNode {
  return (
    <DataTable
      testId="summary-table"
      className={styles.summary}
      caption="The six ways to run inference on AWS. Every value links to its AWS source."
      columns={COLUMNS}>
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
    </DataTable>
  );
}
