// Debian's Chromium for Lighthouse, through chrome-launcher, stopped with the script however it
// ends: chrome-launcher starts it in a process group of its own and stops it only on SIGINT, so a
// script ended otherwise (a timeout's SIGTERM, an uncaught error) left the browser running.
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { stopWithThisProcess } from './local-serving.mjs';

export async function launchChromeForLighthouse() {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  stopWithThisProcess(chrome.process);
  return chrome;
}
