// Renders the app icons in static/img/ from static/img/logo.svg with the same Chromium the tests
// use, so installing the guide shows the site's own mark. Run after changing the logo:
//   node scripts/make-icons.mjs
// - icon-192.png, icon-512.png: the logo as it is (purpose "any" in static/manifest.json)
// - icon-maskable-192.png, icon-maskable-512.png: full-bleed background, the drawing scaled into
//   the central safe circle (80 % of the width) that every launcher mask keeps
// - apple-touch-icon.png (180 px): full-bleed and opaque, as iOS expects
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {launchOptions} from './browser.mjs';
import {root} from './steps.mjs';

const logo = readFileSync(path.join(root, 'static', 'img', 'logo.svg'), 'utf8');

// The logo is a 64 × 64 rounded square (its first element) with a drawing on it.
const background = logo.match(/<rect width="64" height="64"[^>]*fill="(#[0-9a-f]{3,6})"[^>]*\/>/i);
const inner = logo.match(/<svg[^>]*>([\s\S]*)<\/svg>/);
if (!background || !inner?.[1])
  throw new Error('static/img/logo.svg no longer has the expected shape');
const drawing = inner[1].replace(background[0], '');

/** The drawing on a square background with no rounded corners, scaled around the centre. */
function fullBleed(scale) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" fill="${background[1]}"/>
  <g transform="translate(32 32) scale(${scale}) translate(-32 -32)">${drawing}</g>
</svg>`;
}

// The drawing's farthest point is about 28.5 units from the centre; the maskable safe circle has
// a radius of 25.6 units (40 % of 64): 0.8 keeps it inside with room to spare.
const icons = [
  {file: 'icon-192.png', size: 192, svg: logo, transparent: true},
  {file: 'icon-512.png', size: 512, svg: logo, transparent: true},
  {file: 'icon-maskable-192.png', size: 192, svg: fullBleed(0.8)},
  {file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.8)},
  {file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.9)},
];

const browser = await chromium.launch(launchOptions());
try {
  for (const {file, size, svg, transparent} of icons) {
    const page = await browser.newPage({viewport: {width: size, height: size}});
    const sized = svg.replace(
      /<svg /,
      `<svg style="display:block" width="${size}" height="${size}" `,
    );
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    await page.screenshot({
      path: path.join(root, 'static', 'img', file),
      omitBackground: Boolean(transparent),
    });
    await page.close();
    console.log(`static/img/${file} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
