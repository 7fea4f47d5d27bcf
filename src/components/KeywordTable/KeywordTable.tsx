import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {getOption} from '@site/src/data';
import {EXAM_KEYWORDS} from '@site/src/data/keywords';
import DataTable from '@site/src/components/DataTable';
import styles from './styles.module.css';

/** The words exam questions use, and the option each points to, generated from the data module. */
export default function KeywordTable(): ReactNode {
  return (
    <DataTable
      testId="keyword-table"
      caption="Words in an exam question, and the option they point to."
      columns={['The question says', 'Think of']}>
      {EXAM_KEYWORDS.map((row) => {
        const option = getOption(row.option);
        return (
          <tr key={row.option} data-option={row.option}>
            <td>{row.phrases.map((phrase) => `“${phrase}”`).join(', ')}</td>
            <td>
              <Link to={option.path}>{option.name}</Link>
              {row.basis ? (
                <span className={styles.basis}>
                  {row.basis.quote ? <q>{row.basis.quote}</q> : row.basis.text}{' '}
                  <a href={row.basis.source}>{row.basis.sourceTitle}</a>
                </span>
              ) : null}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
