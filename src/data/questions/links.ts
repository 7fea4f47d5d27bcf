import {GUIDE_PAGES, type GuideLink, type GuidePage} from './types';

/** Headings every option page shares, by anchor; other sections name their title. */
const COMMON_SECTIONS: Record<string, string> = {
  'how-a-request-flows': 'How a request flows',
  'key-limits': 'Key limits',
  pricing: 'Pricing',
  'use-cases': 'Use cases',
  'when-to-use-it': 'When to use it',
  'when-not-to-use-it': 'When not to use it',
  'exam-traps': 'Exam traps',
  'compared-with-its-nearest-neighbours': 'Compared with its nearest neighbours',
};

/**
 * A link to a section of the guide. The anchor is the heading's id as Docusaurus writes it; a
 * test reads the pages' headings and fails if the anchor or the title does not match.
 */
export function see(page: GuidePage, anchor: string, title?: string): GuideLink {
  return {path: GUIDE_PAGES[page], anchor, title: title ?? COMMON_SECTIONS[anchor] ?? anchor};
}
