import {startTransition, useEffect, useState, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';

/**
 * The theme's phone menu, wrapped so that it is not built while the page hydrates. The theme
 * renders the whole menu (every navbar item and the docs sidebar) as soon as a page knows it is on
 * a phone, inside the first render after hydration: one of the longest tasks a phone runs while a
 * page loads. Here it is built when the browser is idle, in interruptible slices, or at once when
 * the reader opens the menu first.
 */
export default function MobileSidebarWhenIdle(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return undefined;
    const build = () => startTransition(() => setReady(true));
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(build, 1000);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(build, {timeout: 5000});
    return () => window.cancelIdleCallback(idle);
  }, [ready]);
  return ready || shown ? <MobileSidebar /> : null;
}
