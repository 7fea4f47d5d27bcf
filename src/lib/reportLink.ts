/**
 * "Report this number": a link to the repository's "fix a limit" issue form
 * (.github/ISSUE_TEMPLATE/fix-a-limit.yml), prefilled through query parameters named after the
 * form's field ids. Pure, so the link can be built on the server and tested in Node.
 */

/** The issue form, in .github/ISSUE_TEMPLATE/. */
export const REPORT_FORM = 'fix-a-limit.yml';

/** The form's field ids that the link fills in. */
export const REPORT_FIELDS = ['page', 'limit', 'shown', 'cited'] as const;

export interface LimitReport {
  /** The repository's address: https://github.com/owner/name. */
  repository: string;
  /** The entry's id, with the value meant when it is not the current one. */
  id: string;
  which?: 'current' | 'previous' | 'conflicting';
  /** The value as the page shows it: "6 MB". */
  shown: string;
  /** The AWS page the guide cites for it. */
  source: string;
  /** The address of the page the reader was on. */
  page: string;
}

const WHICH_WORDS = {previous: 'older value', conflicting: 'value another AWS page states'};

/** The address of the issue form, prefilled for one value of one limit. */
export function reportLimitUrl(report: LimitReport): string {
  const which = report.which && report.which !== 'current' ? ` (${WHICH_WORDS[report.which]})` : '';
  const params = new URLSearchParams({
    template: REPORT_FORM,
    title: `Limit: ${report.id}${which}`,
    page: report.page,
    limit: `${report.id}${which}`,
    shown: report.shown,
    cited: report.source,
  });
  return `${report.repository.replace(/\/+$/, '')}/issues/new?${params.toString()}`;
}

/** The repository's address from the site's GitHub organisation and project names. */
export function repositoryUrl(organizationName?: string, projectName?: string): string {
  return `https://github.com/${organizationName ?? ''}/${projectName ?? ''}`;
}
