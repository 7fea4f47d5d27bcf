/** The practice logic: scoring, choosing questions, flashcards, spaced repetition and progress. */
export * from './flashcards';
export * from './leitner';
export * from './progress';
export * from './random';
export * from './scoring';
export * from './select';
