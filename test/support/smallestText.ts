import type { Page } from 'playwright-core';

/** The smallest text a reader sees on the page, in CSS pixels: SVG text scaled as its chart is shown, and the page's own text. */
export const smallestText = (page: Page): Promise<number> =>
  page.evaluate(() => {
    let smallest = Infinity;
    for (const svg of document.querySelectorAll('svg')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) * scale);
    }
    for (const e of document.querySelectorAll('p, li, td, th, small, nav a')) smallest = Math.min(smallest, parseFloat(getComputedStyle(e).fontSize));
    return smallest;
  });
