// Renders public/icons/logo.svg into the PNG icons the manifest and iOS need, with Chromium.
// Run by hand after changing the logo: `node scripts/make-icons.mjs`. The PNGs are committed.
import { chromium } from '@playwright/test';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const svg = await readFile(new URL('../public/icons/logo.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();

async function render(file, size, { padding = 0, background = 'transparent' } = {}) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  await page.setContent(
    `<body style="margin:0;background:${background}">
       <div style="width:${size}px;height:${size}px;display:grid;place-items:center">
         <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div>
       </div></body>`,
  );
  await page.screenshot({
    path: `public/icons/${file}`,
    omitBackground: background === 'transparent',
  });
}

await render('icon-192.png', 192);
await render('icon-512.png', 512);
// Maskable icons are cropped to a circle of 80 % of the size: keep the logo in that safe zone.
await render('maskable-512.png', 512, { padding: 72, background: '#1f4e79' });
await render('apple-touch-icon.png', 180, { background: '#1f4e79' });
await render('favicon-32.png', 32);
await browser.close();

// favicon.ico holding one PNG image (allowed since Windows Vista; every browser reads it).
const png = await readFile('public/icons/favicon-32.png');
const header = Buffer.alloc(22);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18); // offset of the image
await writeFile('public/favicon.ico', Buffer.concat([header, png]));
await rm('public/icons/favicon-32.png');
