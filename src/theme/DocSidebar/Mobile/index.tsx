import {useState, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import DocSidebarMobile from '@theme-original/DocSidebar/Mobile';
import type {Props} from '@theme/DocSidebar/Mobile';

/**
 * The docs sidebar inside the phone menu, wrapped so that it is handed to the menu when the reader
 * first opens it. The theme hands it over right after hydration, and the handing-over compares
 * strings with `localeCompare`, whose first call loads the browser's collation data: a long task
 * on every page a phone opens, for a menu most readers never open.
 */
export default function DocSidebarMobileWhenOpened(props: Props): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [opened, setOpened] = useState(false);
  if (shown && !opened) setOpened(true);
  return opened ? <DocSidebarMobile {...props} /> : null;
}
