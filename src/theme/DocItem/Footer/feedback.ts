/** What a reader's answer to "Was this page useful?" prefills in the GitHub issue form. */
export interface PageFeedback {
  repositoryUrl: string;
  pageTitle: string;
  pageUrl: string;
  useful: boolean;
}

/** The issue form that collects page feedback (.github/ISSUE_TEMPLATE/page-feedback.yml). */
export const FEEDBACK_TEMPLATE = 'page-feedback.yml';

/**
 * A link to a new GitHub issue, prefilled with the page and the answer. Following it sends
 * nothing: the reader sees the form on GitHub and decides whether to submit it.
 */
export function feedbackUrl({repositoryUrl, pageTitle, pageUrl, useful}: PageFeedback): string {
  const query = new URLSearchParams({
    template: FEEDBACK_TEMPLATE,
    title: `Page feedback: “${pageTitle}” was ${useful ? 'useful' : 'not useful'}`,
    page: pageUrl,
    useful: useful ? 'Yes' : 'No',
  });
  return `${repositoryUrl.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
}
