/* global document, getComputedStyle -- the step runs in the page. */
// Sections off screen are drawn as they come near (content-visibility: auto), which a whole-page
// picture never does: it would show them blank, where a reader scrolling sees them. Shared by the
// browser tests' screenshots and scripts/screenshot.mjs.

/** Makes every section the page leaves for later drawn now, before a whole-page picture. */
export function drawOffScreenSections(page) {
  return page.evaluate(() => {
    document.querySelectorAll('*').forEach((element) => {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    });
  });
}
