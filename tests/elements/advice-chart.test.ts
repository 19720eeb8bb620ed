import {
  type AdviceModel,
  type AdviceState,
  type Assessments,
  type Criterion,
  createAssessmentCache,
  defineModel,
  type EvaluationStats,
  type NumberFactor,
  rank,
  tippingPoints,
} from '@advice-kit/core';
import type { AdviceChartElement, AdviceModuleElement } from '@advice-kit/elements';
import { html } from 'lit';
import { afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { loadChartData, seriesOf } from '../../packages/elements/src/chart/series.js';
import { formatCriterion } from '../../packages/elements/src/shared/format.js';
import { clubDefinition, clubModel, failingModel, noneEligibleModel, slowModel } from './fixtures.js';
import { expectAccessible, mount, record, settle, shadow, unmountAll } from './helpers.js';

afterEach(unmountAll);

/** The Chart.js instance and markers the element holds (internal, read by tests only). */
interface Internals {
  chart?: {
    canvas: HTMLCanvasElement | null;
    chartArea: { left: number; top: number; right: number; bottom: number };
    currentDevicePixelRatio: number;
    scales: { x: { min: number; max: number; getPixelForValue(value: number): number } };
    draw(): void;
    update(mode?: string): void;
    options: { animation: unknown };
    data: { datasets: { label?: string; data: { x: number; y: number | null }[] }[] };
  };
  drawing?: {
    markers: { marks: { kind: string; at: number; number: number; cross?: { x: number; y: number } }[]; person: { value: number } | null };
  };
}
const internals = (el: Element) => el as unknown as Internals;

const cost = clubDefinition.criteria.find((c) => c.id === 'cost') as Criterion;

async function mountChart(
  model: AdviceModel = clubModel,
  {
    locale = 'nl',
    width,
    attrs = { factor: 'visits', criterion: 'cost' },
  }: { locale?: 'nl' | 'en'; width?: number; attrs?: Record<string, string> } = {},
): Promise<{ module: AdviceModuleElement; el: AdviceChartElement }> {
  const module = await mount(
    model,
    html`<advice-module><advice-chart factor=${attrs.factor ?? ''} criterion=${attrs.criterion ?? ''}></advice-chart></advice-module>`,
    { locale, ...(width ? { width } : {}) },
  );
  return { module, el: module.querySelector('advice-chart') as AdviceChartElement };
}

/** Scrolls the chart into view and waits until Chart.js has drawn it. */
async function chartDrawn(el: AdviceChartElement) {
  el.scrollIntoView();
  await expect.poll(() => internals(el).chart, { timeout: 5000 }).toBeTruthy();
  return internals(el).chart as NonNullable<Internals['chart']>;
}

async function setState(module: AdviceModuleElement, change: (s: AdviceState) => AdviceState) {
  module.state = change(module.state as AdviceState);
  await settle(module);
}

/** Pixels in the plot area within `tolerance` of the colour `hex`. */
function pixelsOf(chart: NonNullable<Internals['chart']>, hex: string, tolerance = 24): number {
  const canvas = chart.canvas as HTMLCanvasElement;
  const ratio = chart.currentDevicePixelRatio;
  const { left, top, right, bottom } = chart.chartArea;
  const image = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
    Math.floor(left * ratio),
    Math.floor(top * ratio),
    Math.ceil((right - left) * ratio),
    Math.ceil((bottom - top) * ratio),
  );
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const d = image.data;
    if (
      (d[i + 3] ?? 0) > 200 &&
      Math.abs((d[i] ?? 0) - r) <= tolerance &&
      Math.abs((d[i + 1] ?? 0) - g) <= tolerance &&
      Math.abs((d[i + 2] ?? 0) - b) <= tolerance
    ) {
      count++;
    }
  }
  return count;
}

const toggle = (el: Element, name = 'Toon als tabel') => shadow(el).getByRole('button', { name });
const resources = () => performance.getEntriesByType('resource').map((e) => e.name);
const loadedChartJs = () => resources().filter((name) => /chart-setup|chart__js|\/chart\.js\//.test(name));

beforeAll(() => {
  performance.setResourceTimingBufferSize(100_000);
});

describe('<advice-chart>', () => {
  // Keep this test first: once loaded, Chart.js stays loaded for the rest of the file.
  it('loads Chart.js only when the chart first comes into view, and reports that view once it has been seen', async () => {
    const module = await mount(
      clubModel,
      html`<div class="box" hidden><advice-module><advice-chart factor="visits" criterion="cost"></advice-chart></advice-module></div>`,
    );
    const el = module.querySelector('advice-chart') as AdviceChartElement;
    const views = record<{ view: string; factorId?: string; criterionId?: string }>(module, 'advice-view');
    await settle(module);
    expect(el.shadowRoot?.querySelector('canvas')).not.toBeNull(); // the data is there...
    expect(internals(el).chart).toBeUndefined(); // ...but nothing is drawn while hidden
    expect(loadedChartJs()).toEqual([]);
    expect(views).toHaveLength(0);

    (module.parentElement as HTMLElement).hidden = false;
    await chartDrawn(el);
    expect(loadedChartJs().some((name) => name.includes('chart-setup'))).toBe(true);
    await expect.poll(() => views.length, { timeout: 10_000 }).toBe(1);
    expect(views.map((e) => e.detail)).toEqual([{ view: 'chart', factorId: 'visits', criterionId: 'cost' }]);

    await setState(module, (s) => ({ ...s, situation: { ...s.situation, visits: 15 } }));
    expect(views).toHaveLength(1);
    await userEvent.click(toggle(el));
    expect(views.map((e) => e.detail.view)).toEqual(['chart', 'chart-table']);
  });

  it('paints the lines of the open options on the canvas', async () => {
    const { el } = await mountChart();
    const chart = await chartDrawn(el);
    // Pay per visit (#1d4ed8) and monthly pass (#b45309) have lines; the yearly pass is open to members only.
    await expect.poll(() => pixelsOf(chart, '#1d4ed8'), { timeout: 3000 }).toBeGreaterThan(100);
    await expect.poll(() => pixelsOf(chart, '#b45309'), { timeout: 3000 }).toBeGreaterThan(100);
    expect(pixelsOf(chart, '#047857')).toBe(0);
    expect(chart.data.datasets.map((d) => d.label)).toEqual(['Betalen per keer', 'Maandpas', 'Jaarpas']);
    expect(chart.data.datasets[2]?.data.every((p) => p.y === null)).toBe(true);
  });

  it("shows the core's numbers in the table and the chart, and the core's thresholds", async () => {
    const { module, el } = await mountChart();
    await setState(module, (s) => ({ ...s, weights: { cost: 1, flexibility: 0 } }));
    const chart = await chartDrawn(el);
    await userEvent.click(toggle(el));
    expect(toggle(el).getAttribute('aria-pressed')).toBe('true');
    // The yearly pass is open nowhere for a non-member: no column of "not available", the caption says so.
    const table = shadow(el).getByRole('table', {
      name: 'Kosten per maand van Betalen per keer en Maandpas, van 0 tot 20 keer per maand. In deze situatie niet mogelijk: Jaarpas.',
    });
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(21);
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Keer per maand', 'Betalen per keer', 'Maandpas']);
    for (const [x, row] of rows.entries()) {
      expect(row.querySelector('th')?.textContent?.trim().split(/\s/)[0]).toBe(String(x));
      const result = await rank(clubModel, { visits: x }, { cost: 1, flexibility: 0 });
      const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent?.trim());
      clubModel.options.forEach((option, j) => {
        const ranked = result.ranking.find((r) => r.optionId === option.id);
        const value = ranked?.eligible ? ranked.values.cost : undefined;
        if (j < 2) expect(cells[j]).toBe(value === undefined ? 'niet mogelijk' : formatCriterion(cost, value, 'nl'));
        expect(chart.data.datasets[j]?.data[x]).toEqual({ x, y: value ?? null });
      });
    }
    // The cost lines of paying per visit and the monthly pass cross at 10 visits.
    const forty = formatCriterion(cost, 40, 'nl');
    expect(forty).toMatch(/^€\s40,00$/);
    expect(Array.from(rows[10]?.querySelectorAll('td') ?? []).map((td) => td.textContent?.trim())).toEqual([forty, forty]);

    // With only cost counting, the advice changes just past the crossing, where the core says it does:
    // a price crossing, ringed where the lines meet (10 visits, € 40).
    const tipping = await tippingPoints(clubModel, { visits: 6 }, { cost: 1, flexibility: 0 }, 'visits');
    expect(tipping.thresholds.map((t) => [t.at, t.from, t.to])).toEqual([[11, 'visit', 'month']]);
    expect(internals(el).drawing?.markers.marks).toEqual([{ kind: 'price', number: 1, at: 11, cross: { x: 10, y: 40 } }]);
    expect(rows[11]?.querySelector('th')?.textContent).toContain('(advies verandert)');
    expect(rows[6]?.querySelector('th')?.textContent).toContain('(uw antwoord)');
    const canvas = el.shadowRoot?.querySelector('canvas') as HTMLCanvasElement;
    expect(canvas.getAttribute('aria-label')).toMatch(
      /^Kosten per maand van Betalen per keer en Maandpas, van 0 tot 20 keer per maand\. In deze situatie niet mogelijk: Jaarpas\. U ziet het deel rond uw antwoord: 3 tot 9 keer per maand, €\s15 tot €\s45\. Vanaf 11 keer per maand is Maandpas goedkoper dan Betalen per keer\. Daarom raden wij vanaf daar Maandpas aan\. Uw antwoord: 6 keer per maand\.$/,
    );
    // The key under the chart says the same, numbered as the tag above the plot.
    expect(el.shadowRoot?.querySelector('[part=marks]')?.textContent).toContain(
      'Vanaf 11 keer per maand is Maandpas goedkoper dan Betalen per keer.',
    );
  });

  it('follows changes of the situation', async () => {
    const { module, el } = await mountChart();
    const chart = await chartDrawn(el);
    await setState(module, (s) => ({ ...s, situation: { ...s.situation, visits: 15, member: true } }));
    expect(internals(el).chart).toBe(chart); // updated, not rebuilt
    expect(internals(el).drawing?.markers.person?.value).toBe(15);
    expect(chart.data.datasets[2]?.data[0]).toEqual({ x: 0, y: 30 });
    expect(el.shadowRoot?.querySelector('canvas')?.getAttribute('aria-label')).toContain('Jaarpas, van 0 tot 20 keer per maand.');
    expect(el.shadowRoot?.querySelector('canvas')?.getAttribute('aria-label')).toContain('Uw antwoord: 15 keer per maand.');
  });

  it("moves the answer's marker on a layer of its own: the chart is not redrawn when only the answer moves", async () => {
    // Reduced motion: Chart.js draws each picture once, not over the frames of an animation.
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    onTestFinished(async () => {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    });
    const { module, el } = await mountChart();
    await chartDrawn(el);
    // The whole chart: around the answer, a move of the answer also moves the part shown.
    await userEvent.click(shadow(el).getByRole('button', { name: 'Toon de hele grafiek' }));
    await settle(el);
    const chart = internals(el).chart as NonNullable<Internals['chart']>;
    const overlay = el.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.overlay') as HTMLCanvasElement;
    expect(overlay.getAttribute('aria-hidden')).toBe('true');
    expect(overlay.width).toBe(chart.canvas?.width);
    const ratio = chart.currentDevicePixelRatio;
    const middle = Math.round(((chart.chartArea.top + chart.chartArea.bottom) / 2) * ratio);
    // Opaque pixels of the layer in a column at `value`, in the middle of the plot (clear of the label).
    const markedAt = (value: number) => {
      const x = Math.round(chart.scales.x.getPixelForValue(value) * ratio);
      const column = (overlay.getContext('2d') as CanvasRenderingContext2D).getImageData(x - 2, middle - 10, 5, 20).data;
      return column.filter((_, i) => i % 4 === 3 && (column[i] ?? 0) > 200).length;
    };
    expect(markedAt(6)).toBeGreaterThan(0);
    expect(markedAt(15)).toBe(0);

    let draws = 0;
    const draw = chart.draw.bind(chart);
    chart.draw = () => {
      draws++;
      draw();
    };
    await setState(module, (s) => ({ ...s, situation: { ...s.situation, visits: 15 } }));
    expect(internals(el).drawing?.markers.person?.value).toBe(15);
    expect(markedAt(15)).toBeGreaterThan(0);
    expect(markedAt(6)).toBe(0);
    expect(draws).toBe(0);
    // A move that also moves a threshold redraws the chart, and the layer with it.
    await setState(module, (s) => ({ ...s, situation: { ...s.situation, visits: 4, member: true } }));
    expect(draws).toBeGreaterThan(0);
    expect(markedAt(4)).toBeGreaterThan(0);
  });

  it('keeps the axes still while the answer moves within the part shown, and moves only their ends when it leaves it', async () => {
    const { module, el } = await mountChart();
    const chart = await chartDrawn(el);
    const label = () => el.shadowRoot?.querySelector('canvas')?.getAttribute('aria-label') ?? '';
    expect(label()).toContain('U ziet het deel rond uw antwoord: 3 tot 9 keer per maand');
    const lines = chart.data.datasets[0];
    let updates = 0;
    const update = chart.update.bind(chart);
    chart.update = (mode) => {
      updates++;
      update(mode);
    };
    // 6 → 7: still well inside 3–9, so the chart keeps its axes and only the marker moves.
    await setState(module, (s) => ({ ...s, situation: { ...s.situation, visits: 7 } }));
    expect(internals(el).drawing?.markers.person?.value).toBe(7);
    expect(updates).toBe(0);
    expect([chart.scales.x.min, chart.scales.x.max]).toEqual([3, 9]);
    expect(label()).toContain('U ziet het deel rond uw antwoord: 3 tot 9 keer per maand');
    expect(label()).toContain('Uw antwoord: 7 keer per maand.');
    // 7 → 12: outside it, so the part moves around the new answer; the chart keeps its lines and moves the ends of its axes.
    await setState(module, (s) => ({ ...s, situation: { ...s.situation, visits: 12 } }));
    expect(updates).toBe(1);
    expect(chart.data.datasets[0]).toBe(lines);
    expect([chart.scales.x.min, chart.scales.x.max]).toEqual([9, 15]);
    expect(label()).toContain('U ziet het deel rond uw antwoord: 9 tot 15 keer per maand');
  });

  it('is operable with the keyboard and named for assistive technology', async () => {
    const { el } = await mountChart();
    await chartDrawn(el);
    expect(shadow(el).getByRole('img', { name: /^Kosten per maand van Betalen per keer en Maandpas/ })).toBeTruthy();
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.tab();
    const whole = shadow(el).getByRole('button', { name: 'Toon de hele grafiek' });
    expect(el.shadowRoot?.activeElement).toBe(whole);
    expect(whole.getAttribute('aria-pressed')).toBe('false');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(whole.getAttribute('aria-pressed')).toBe('true');
    await userEvent.tab();
    const button = toggle(el);
    expect(el.shadowRoot?.activeElement).toBe(button);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(shadow(el).queryByRole('table')).toBeNull();

    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(shadow(el).getByRole('table', { name: /^Kosten per maand/ })).toBeTruthy();
    expect(shadow(el).getByRole('region', { name: 'Tabel met de cijfers van de grafiek' })).toBeTruthy();
    expect(el.shadowRoot?.querySelector<HTMLElement>('.figure')?.hidden).toBe(true);

    await userEvent.keyboard(' ');
    await settle(el);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(shadow(el).queryByRole('table')).toBeNull();
    expect(el.shadowRoot?.querySelector<HTMLElement>('.figure')?.hidden).toBe(false);
  });

  it('speaks English', async () => {
    const { el } = await mountChart(clubModel, { locale: 'en' });
    await chartDrawn(el);
    expect(shadow(el).getByRole('img').getAttribute('aria-label')).toMatch(
      /^Cost a month of Pay per visit and Monthly pass, from 0 to 20 times a month\. Not possible in this situation: Yearly pass\. You see the part around your answer: 3 to 9 times a month, €15 to €45\. From 11 times a month, Monthly pass is the cheapest \(cheaper than Pay per visit\)\. The advice does not change here\. From 16 times a month, we advise Monthly pass instead of Pay per visit\. The prices do not cross here: this comes from what matters to you\. Your answer: 6 times a month\.$/,
    );
    await userEvent.click(toggle(el, 'Show as table'));
    const table = shadow(el).getByRole('table', { name: /^Cost a month/ });
    expect(table.querySelector('thead th')?.textContent?.trim()).toBe('Times a month');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'Times a month',
      'Pay per visit',
      'Monthly pass',
    ]);
    expect(table.querySelector('tbody tr td')?.textContent?.trim()).toBe(formatCriterion(cost, 0, 'en'));
  });

  it('honours reduced motion', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    try {
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
      const { el } = await mountChart();
      const chart = await chartDrawn(el);
      expect(chart.options.animation).toBe(false);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
    const { el } = await mountChart();
    expect((await chartDrawn(el)).options.animation).not.toBe(false);
  });

  it('says it is busy while a slow model answers', async () => {
    const module = await mount(
      slowModel(400),
      html`<advice-module><advice-chart factor="visits" criterion="cost"></advice-chart></advice-module>`,
    );
    const el = module.querySelector('advice-chart') as AdviceChartElement;
    await expect.poll(() => shadow(el).queryByRole('status')?.textContent, { timeout: 2000 }).toBe('Het advies wordt berekend…');
    await chartDrawn(el);
    expect(shadow(el).queryByRole('status')).toBeNull();
  });

  it('shows an error with a retry that recovers', async () => {
    const model = failingModel();
    const errors = record<{ source: string }>(document, 'advice-error');
    const { el } = await mountChart(model);
    const alert = shadow(el).getByRole('alert');
    expect(alert.textContent).toContain('Het advies kon niet worden berekend.');
    expect(errors.some((e) => e.detail.source === 'advice-chart')).toBe(true);
    expect(el.shadowRoot?.querySelector('canvas')).toBeNull();
    await expectAccessible(el);

    model.fail.value = false;
    await userEvent.click(shadow(el).getByRole('button', { name: 'Opnieuw proberen' }));
    await settle(el.closest('advice-module') as Element);
    expect(shadow(el).queryByRole('alert')).toBeNull();
    await chartDrawn(el);
  });

  it('explains what is wrong instead of drawing nothing', async () => {
    const unknownFactor = (await mountChart(clubModel, { attrs: { factor: 'nope', criterion: 'cost' } })).el;
    expect(unknownFactor.shadowRoot?.textContent).toContain('Deze grafiek verwijst naar een vraag die niet bestaat (nope).');
    const choice = (await mountChart(clubModel, { attrs: { factor: 'region', criterion: 'cost' } })).el;
    expect(choice.shadowRoot?.textContent).toContain('„Waar woont u?” is zo');
    const unknownCriterion = (await mountChart(clubModel, { attrs: { factor: 'visits', criterion: 'speed' } })).el;
    expect(unknownCriterion.shadowRoot?.textContent).toContain('iets om te vergelijken dat niet bestaat (speed)');
    const closed = (await mountChart(noneEligibleModel)).el;
    expect(closed.shadowRoot?.textContent).toContain('Geen van de mogelijkheden past bij deze situatie.');
    expect(closed.shadowRoot?.querySelector('canvas')).toBeNull();
    for (const el of [unknownFactor, choice, unknownCriterion, closed]) await expectAccessible(el);

    const alone = document.createElement('advice-chart');
    alone.setAttribute('factor', 'visits');
    alone.setAttribute('criterion', 'cost');
    alone.lang = 'nl';
    document.body.append(alone);
    await alone.updateComplete;
    expect(alone.shadowRoot?.textContent).toContain('Dit onderdeel werkt alleen binnen een adviesmodule.');
    alone.remove();
  });

  it('destroys the chart when it leaves the page', async () => {
    const { el } = await mountChart();
    const chart = await chartDrawn(el);
    el.remove();
    expect(internals(el).chart).toBeUndefined();
    expect(chart.canvas).toBeNull(); // Chart.js's destroy() releases the canvas
  });

  it('stays quiet once removed, even when asked to update, and draws again when put back', async () => {
    const { module, el } = await mountChart();
    await chartDrawn(el);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    let renders = 0;
    const host = el as unknown as { render(): unknown; requestUpdate(): void };
    const render = host.render.bind(el);
    host.render = () => {
      renders++;
      return render();
    };
    // Removed while (or after) Chart.js loads, an update used to ask for the next one without end:
    // a loop of microtasks that blocks the page, so the count is read after a bounded number of them.
    host.requestUpdate();
    for (let i = 0; i < 200; i++) await Promise.resolve();
    const counted = renders;
    if (counted > 1) host.requestUpdate = () => {}; // break a loop, so that a failure here cannot hang the run
    expect(counted).toBe(1);

    parent.append(el);
    await settle(module);
    expect(await chartDrawn(el)).toBeTruthy();
  });

  it('has no accessibility violations with the chart and with the table', async () => {
    const { el } = await mountChart();
    await chartDrawn(el);
    await expectAccessible(el);
    await userEvent.click(toggle(el));
    await expectAccessible(el);
  });

  it('fits 320 px without horizontal scrolling and stays accessible', async () => {
    const { el } = await mountChart(clubModel, { width: 320 });
    const chart = await chartDrawn(el);
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect((chart.canvas as HTMLCanvasElement).getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    await expectAccessible(el);
    await userEvent.click(toggle(el));
    const box = el.shadowRoot?.querySelector('.table-box') as HTMLElement;
    expect(box.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expectAccessible(el);
  });
});

describe('chart series', () => {
  it('reads the criterion of every option from the rankings, null where not open', async () => {
    const results = await Promise.all([0, 10].map((x) => rank(clubModel, { visits: x })));
    const series = seriesOf(clubModel, 'visits', 'cost', [0, 10], results);
    expect(series.options.map((o) => o.values)).toEqual([
      [0, 40],
      [40, 40],
      [null, null],
    ]);
    expect(series.anyEligible).toBe(true);
  });

  it('asks a remote model in a few round trips, not one per point', async () => {
    let calls = 0;
    const wide = defineModel({
      ...clubDefinition,
      id: 'club-wide',
      factors: clubDefinition.factors.map((f) => (f.id === 'visits' ? { ...f, max: 1000 } : f)),
      assessMany: async (situations) => {
        calls++;
        return situations.map((s) => clubDefinition.assess(s) as Assessments);
      },
      breakpoints: undefined,
    });
    const stats: EvaluationStats = { evaluations: 0, batches: 0 };
    const factor = wide.factors[0] as NumberFactor;
    const data = await loadChartData(wide, { visits: 6 }, { cost: 1, flexibility: 0 }, factor, { cache: createAssessmentCache(), stats });
    expect(data.error).toBeUndefined();
    expect(data.tipping?.thresholds.map((t) => t.at)).toEqual([11]);
    expect(data.points).toContain(10);
    expect(data.points).toContain(11);
    expect(data.results).toHaveLength(data.points.length);
    expect(calls).toBeLessThan(12);
  });
});
