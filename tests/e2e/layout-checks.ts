import { expect, type Page } from '@playwright/test';

// Layout checks run on every screen at each size: nothing scrolls sideways, nothing is cut off,
// and every link and button is a target of at least 44 × 44 CSS px (WCAG 1.4.4, 1.4.10, 2.5.5).

/** What the page measured: problems in words, empty when all is well. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const vw = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > vw + 1) {
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} px in ${vw} px`);
    }
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const s = getComputedStyle(el);
      // Transparent means hidden on purpose (a file input whose drop zone is its label).
      return s.visibility !== 'hidden' && s.display !== 'none' && s.opacity !== '0';
    };
    // Content that scrolls on purpose (wide tables) and hidden helpers are not layout faults.
    const skip = (el: Element): boolean =>
      !!el.closest('.table-scroll, .visually-hidden, svg, dialog:not([open]), [hidden]');
    for (const el of Array.from(
      document.querySelectorAll('main *, dialog[open] *, .banner, .alarm-strip'),
    )) {
      if (skip(el) || !shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > vw + 1 || r.left < -1)
        out.push(
          `${name(el)} runs off screen (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`,
        );
      const s = getComputedStyle(el);
      const clips = s.overflowX === 'hidden' || s.overflowX === 'clip';
      if (clips && el.scrollWidth > el.clientWidth + 1)
        out.push(`${name(el)} cuts off its content`);
    }
    for (const el of Array.from(document.querySelectorAll('a[href], button, summary'))) {
      if (skip(el) || !shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 43.5 || r.height < 43.5) {
        out.push(`${name(el)} is ${Math.round(r.width)} × ${Math.round(r.height)} px`);
      }
    }
    return out;
  });
}

/** The screen `label` has no layout problem at the current size. */
export async function expectGoodLayout(page: Page, label: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  expect(await layoutProblems(page), `layout of ${label}`).toEqual([]);
}
