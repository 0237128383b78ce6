// axe-core in a real browser: the default rules plus the WCAG 2.2 AA tags, on every state a person
// reaches (first load, an event, an actor, the article reader, filters applied, a phone). Nothing is
// excluded: a violation anywhere on the page fails the test and names the rule and the elements.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { loadDataset, sortedEvents } from './dataset.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs the default rules and then the WCAG 2.2 AA tags (withTags alone would drop best practices). */
async function expectNoViolations(page: Page) {
  // Wait for the timeline's first draw and any panel's focus to settle before scanning.
  await expect(page.locator('.timeline-canvas .vis-timeline')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const runs = [new AxeBuilder({ page }), new AxeBuilder({ page }).withTags(WCAG_TAGS)];
  const report: string[] = [];
  for (const builder of runs) {
    const { violations } = await builder.analyze();
    for (const v of violations) {
      const targets = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`);
      report.push(`${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n${targets.join('\n')}`);
    }
  }
  expect([...new Set(report)].join('\n\n')).toBe('');
}

for (const colorScheme of ['light', 'dark'] as const)
  test.describe(`axe finds no violations (${colorScheme} theme)`, () => {
    test.use({ colorScheme });
    // Two full axe runs per state take over 30 s on a busy 2-core machine.
    test.slow();

    test('on first load', async ({ page }) => {
      await page.goto('./');
      await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('with an event selected', async ({ page, request }) => {
      const event = sortedEvents(await loadDataset(request))[0]!;
      await page.goto(`./?event=${event.id}`);
      await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('with an actor selected', async ({ page, request }) => {
      const dataset = await loadDataset(request);
      const actor = dataset.actors.find((a) => a.offices.length > 0) ?? dataset.actors[0]!;
      await page.goto(`./?actor=${actor.id}`);
      await expect(page.getByRole('region', { name: 'Actor details' })).toBeVisible();
      await expectNoViolations(page);
    });

    test('with the article reader open', async ({ page, request }) => {
      const event = sortedEvents(await loadDataset(request))[0]!;
      await page.goto(`./?event=${event.id}`);
      await page
        .getByRole('region', { name: 'Event details' })
        .getByRole('button', { name: /^Read in article/ })
        .first()
        .click();
      await expect(page.getByRole('region', { name: 'Article' }).locator('mark')).toBeVisible();
      await expectNoViolations(page);
    });

    test('with filters applied: an actor, a type and a search', async ({ page, request }) => {
      const dataset = await loadDataset(request);
      const event = sortedEvents(dataset).find((e) => e.agentIds.length > 0)!;
      const actor = dataset.actors.find((a) => a.id === event.agentIds[0])!;
      const word = event.title.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w)) ?? '';
      await page.goto('./');
      await page.getByRole('combobox', { name: 'Filter by actor' }).fill(actor.name);
      await expect(page.getByRole('listbox', { name: 'Actors' })).toBeVisible();
      await expectNoViolations(page); // with the combobox's popup open
      await page.getByRole('option', { name: new RegExp(`^${escape(actor.name)} \\(`) }).click();
      await page.getByRole('button', { name: /^Types/ }).click();
      await page.getByRole('group', { name: 'Event types' }).getByRole('checkbox').first().check();
      await expectNoViolations(page); // with the Types popover (the legend) open
      await page.getByRole('searchbox', { name: 'Search events' }).fill(word);
      await expect(page).toHaveURL(/[?&]q=/);
      await page.getByRole('button', { name: 'Share' }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoViolations(page); // with the Share menu open
    });

    test.describe('on a phone', () => {
      test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

      test('with the list and then an event sheet', async ({ page, request }) => {
        const event = sortedEvents(await loadDataset(request))[0]!;
        await page.goto('./');
        await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
        await expectNoViolations(page);
        await page.goto(`./?event=${event.id}`);
        await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
        await expectNoViolations(page);
      });
    });
  });

/** Written out the way a person says it: "2017-01-15" → "15 January 2017" (own code, not the app's). */
test.describe('announcements, dates, text size and motion', () => {
  test('a selection is announced politely with its date in words, as rows and panels write it', async ({
    page,
    request,
  }) => {
    const event = sortedEvents(await loadDataset(request)).find((e) => e.precision === 'day' && !e.endDate)!;
    const day = toWords(event.date);
    await page.goto('./');
    const row = page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: new RegExp(escape(event.title)) })
      .first();
    // The date comes first, in words; Chromium puts a space before each comma (grid items).
    await expect(row).toHaveAccessibleName(new RegExp(`^${escape(day)} ?, ${escape(event.title)} ?, `));
    await row.click();
    const live = page.locator('[aria-live="polite"]').filter({ hasText: /^Selected: / });
    await expect(live).toHaveText(`Selected: ${event.title}, ${day}`);
    await expect(live).toHaveAttribute('role', 'status');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('definition').first()).toHaveText(day);
  });

  test('main reading text is at least 16px: list titles, quotes, the article', async ({ page, request }) => {
    const event = sortedEvents(await loadDataset(request))[0]!;
    await page.goto(`./?event=${event.id}`);
    const fontSize = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const row = page.getByRole('list', { name: 'Events' }).getByRole('button').first();
    expect(await fontSize(row.getByText(event.title, { exact: true }))).toBeGreaterThanOrEqual(16);
    const details = page.getByRole('region', { name: 'Event details' });
    expect(await fontSize(details.locator('blockquote').first())).toBeGreaterThanOrEqual(16);
    await details
      .getByRole('button', { name: /^Read in article/ })
      .first()
      .click();
    const mark = page.getByRole('region', { name: 'Article' }).locator('mark');
    expect(await fontSize(mark.locator('xpath=..'))).toBeGreaterThanOrEqual(16);
  });

  test('with reduced motion, "Zoom in" jumps in one step; without, it animates', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./');
    await expect(
      page.locator('.timeline-canvas .vis-time-axis .vis-text:not(.vis-measure)').first(),
    ).toBeVisible();
    // Let the first view settle (vis draws, then the app's own fit a frame later), so only the
    // zoom's frames are counted.
    await page.waitForTimeout(600);
    // Before and after: nothing in between.
    expect(await getZoomFrames(page)).toBe(2);
    await expect(page).toHaveURL(/[?&]from=.*&to=/);

    // The same measure sees the animation when motion is allowed, so it can fail.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('./');
    await expect(
      page.locator('.timeline-canvas .vis-time-axis .vis-text:not(.vis-measure)').first(),
    ).toBeVisible();
    await page.waitForTimeout(600);
    // At least one state between before and after: on a loaded machine a 300 ms animation may
    // get only a frame or two, but a jump never gets any.
    expect(await getZoomFrames(page)).toBeGreaterThan(2);
  });
});

function toWords(isoDay: string) {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Distinct states of the time axis, frame by frame, from a click on "Zoom in" until it settles. */
async function getZoomFrames(page: Page) {
  return page.evaluate(async () => {
    const labels = () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.timeline-canvas .vis-time-axis .vis-text:not(.vis-measure)',
        ),
      ]
        .map((label) => `${label.textContent}@${label.style.transform || label.style.left}`)
        .join('|');
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Zoom in'))!;
    const states = [labels()];
    button.click();
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const sample = () => {
        const now = labels();
        if (now !== states.at(-1)) states.push(now);
        if (performance.now() - started < 900) requestAnimationFrame(sample);
        else resolve();
      };
      requestAnimationFrame(sample);
    });
    return states.length;
  });
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
