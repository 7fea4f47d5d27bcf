/** Where the reader's progress is kept: this browser only. */
export const PROGRESS_KEY = 'aws-inference-guide-progress';

/** The stored progress as text, or null (none, or a browser that refuses storage). */
export function readStoredProgress(): string | null {
  try {
    return window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null;
  }
}

/** This browser holds progress, which the server's HTML cannot show. */
export const hasStoredProgress = (): boolean => readStoredProgress() !== null;
