import {startTransition, useCallback, useEffect, useRef, useState} from 'react';
import type {useCodeWordWrap} from '@docusaurus/theme-common/internal';

type WordWrap = ReturnType<typeof useCodeWordWrap>;

/**
 * The theme's code word-wrap state (a "wrap lines" button that shows only when a block scrolls
 * sideways), measured when a block comes into view instead of right after hydration. The theme
 * measures every block of the page in the first effects after hydration, each reading forcing a
 * layout, and then re-renders every block: a long task on a page with many blocks. Here an
 * IntersectionObserver reports a block once it is laid out and visible (which also covers a block
 * in a tab that becomes visible), and the update is a transition, in slices.
 */
export function useWordWrap(): WordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useRef<HTMLPreElement>(null);

  const measure = useCallback(() => {
    const block = codeBlockRef.current;
    if (!block) return;
    const scrollable =
      block.scrollWidth > block.clientWidth || !!block.querySelector('code')?.hasAttribute('style');
    startTransition(() => setIsCodeScrollable(scrollable));
  }, []);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long tokens wrap too, so a wrapped block never scrolls sideways.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [isEnabled]);

  useEffect(() => {
    const block = codeBlockRef.current;
    if (!block || typeof IntersectionObserver !== 'function') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) measure();
    });
    observer.observe(block);
    window.addEventListener('resize', measure, {passive: true});
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [measure]);

  // The theme's button shows while wrapping is on, whatever the last measurement said.
  return {codeBlockRef, isEnabled, isCodeScrollable, toggle};
}
