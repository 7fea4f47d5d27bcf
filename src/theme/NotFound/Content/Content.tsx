import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import {OPTIONS} from '@site/src/data';

export default function NotFoundContent({className}: Props): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1">This page does not exist</Heading>
          <p>
            The link may be old, or the page may have moved when the guide was reorganised. Try the
            search box at the top of the page, or go to one of these:
          </p>
          <ul>
            <li>
              <Link to="/docs/overview">Overview: the six options at a glance</Link>
            </li>
            {OPTIONS.map((option) => (
              <li key={option.id}>
                <Link to={option.path}>{option.name}</Link>
              </li>
            ))}
            <li>
              <Link to="/docs/limits">Every limit, with its source</Link>
            </li>
            <li>
              <Link to="/docs/tools">
                Tools: mode chooser, timeout checker, payload-size estimator
              </Link>
            </li>
          </ul>
          <p>
            If a link on this site brought you here, please{' '}
            <a href="https://github.com/aws-inference-guide/aws-inference-guide/issues/new?template=content-error.yml">
              report it
            </a>
            .
          </p>
        </div>
      </div>
    </main>
  );
}
