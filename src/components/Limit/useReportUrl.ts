import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {formatValue, type ShownValue} from '@site/src/lib/limitValue';
import {reportLimitUrl, repositoryUrl} from '@site/src/lib/reportLink';

/** The "fix a limit" issue form, prefilled for this value on this page. */
export function useReportUrl(id: string, value: ShownValue): string {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  return reportLimitUrl({
    repository: repositoryUrl(siteConfig.organizationName, siteConfig.projectName),
    id,
    which: value.which,
    shown: formatValue(value),
    source: value.source,
    page: `${siteConfig.url}${pathname}`,
  });
}
