// Renders the social card (static/img/social-card.png) and the README screenshot
// (.github/screenshot.png) with the same Chromium the tests use. Run after `npm run build`:
//   node scripts/make-images.mjs
import {spawn} from 'node:child_process';
import path from 'node:path';
import {setTimeout as wait} from 'node:timers/promises';
import {chromium} from 'playwright-core';
import {launchOptions} from './browser.mjs';
import {root} from './steps.mjs';

const port = 3401;
const server = spawn(
  'npx',
  ['docusaurus', 'serve', '--no-open', '--host', '127.0.0.1', '--port', String(port)],
  {cwd: root, stdio: 'ignore'},
);
try {
  await wait(3000);
  const browser = await chromium.launch(launchOptions());

  const card = await browser.newPage({viewport: {width: 1200, height: 630}});
  await card.goto(`http://127.0.0.1:${port}/`);
  const body = [
    'margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center',
    'padding:0 90px;box-sizing:border-box;background:#232f3e;color:#fff;font-family:system-ui,sans-serif',
  ].join(';');
  await card.setContent(`<!doctype html><html><body style="${body}">
    <div style="display:flex;align-items:center;gap:28px">
      <img src="http://127.0.0.1:${port}/img/logo.svg" width="120" height="120" alt="">
      <div style="font-size:68px;font-weight:800;letter-spacing:-1px">AWS Inference Guide</div>
    </div>
    <div style="margin-top:36px;font-size:36px;line-height:1.35;max-width:980px;color:#e6edf3">
      Batch Transform, Real-Time, Serverless, Asynchronous, Bedrock and Lambda:
      every limit sourced, with calculators to check your workload.
    </div>
    <div style="margin-top:40px;height:8px;width:220px;background:#ff9900;border-radius:4px"></div>
  </body></html>`);
  await card.waitForLoadState('networkidle');
  await card.screenshot({path: path.join(root, 'static', 'img', 'social-card.png')});

  const page = await browser.newPage({viewport: {width: 1280, height: 800}, colorScheme: 'light'});
  await page.goto(`http://127.0.0.1:${port}/docs/tools/payload-estimator?kind=image&imageSize=5`);
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.screenshot({path: path.join(root, '.github', 'screenshot.png')});
  await browser.close();
} finally {
  server.kill();
}
