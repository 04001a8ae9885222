// The flags Debian's Chromium runs with here (see the brief): no sandbox as root, no GPU, and
// nothing that reaches the network on its own. One list for Playwright, Lighthouse and the benches.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
