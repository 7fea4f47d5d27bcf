// Shows the update banner in a root of its own at the end of the page: loaded only when a new
// version is waiting, so it costs nothing before then.
import React from 'react';
import {createRoot, type Root} from 'react-dom/client';
import PwaReloadPopup from '@theme/PwaReloadPopup';

let root: Root | undefined;
let shown = 0;

export function renderUpdateBanner(onReload: () => void): void {
  if (!root) {
    const container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  }
  // A fresh banner for each new version, even after the reader dismissed the last one.
  shown += 1;
  root.render(<PwaReloadPopup key={shown} onReload={onReload} />);
}
