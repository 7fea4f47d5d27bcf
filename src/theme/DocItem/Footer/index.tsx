import type {ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {WrapperProps} from '@docusaurus/types';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import {feedbackUrl} from './feedback';
import styles from './styles.module.css';

type Props = WrapperProps<typeof FooterType>;

// Change: after the edit link and last-updated date, ask whether the page was useful. Each answer
// is a plain link to a prefilled GitHub issue form; the site runs no script for it and sends nothing.
export default function FooterWrapper(props: Props): ReactNode {
  const {metadata} = useDoc();
  const {siteConfig} = useDocusaurusContext();
  const repositoryUrl = `https://github.com/${siteConfig.organizationName ?? ''}/${siteConfig.projectName ?? ''}`;
  const page = {
    repositoryUrl,
    pageTitle: metadata.title,
    pageUrl: `${siteConfig.url}${metadata.permalink}`,
  };
  return (
    <>
      <Footer {...props} />
      <section
        className={styles.feedback}
        aria-labelledby="page-feedback-question"
        data-print="hide"
        data-testid="page-feedback">
        <h2 id="page-feedback-question" className={styles.question}>
          Was this page useful?
        </h2>
        <ul className={styles.answers}>
          <li>
            <a className={styles.answer} href={feedbackUrl({...page, useful: true})}>
              Yes
            </a>
          </li>
          <li>
            <a className={styles.answer} href={feedbackUrl({...page, useful: false})}>
              No
            </a>
          </li>
        </ul>
        <p className={styles.hint}>Either answer opens a short, prefilled form on GitHub.</p>
      </section>
    </>
  );
}
