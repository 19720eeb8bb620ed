/**
 * The only module of study mode that imports Chart.js: loaded with a dynamic
 * `import()` when the findings first show a chart, so no other screen
 * downloads it. A strip chart: every participant's value per version, and
 * the mean as a bar across.
 */
import { Chart, Legend, LinearScale, PointElement, ScatterController, Tooltip } from 'chart.js';

let registered = false;

export interface StripSeries {
  readonly label: string;
  readonly color: string;
  readonly values: readonly number[];
  readonly mean: number | null;
}

/** A strip chart on `canvas`; `names` label the x positions 0, 1…; `format` writes a value as the tables do. */
export function stripChart(canvas: HTMLCanvasElement, series: readonly StripSeries[], format: (v: number) => string): Chart {
  if (!registered) {
    Chart.register(ScatterController, PointElement, LinearScale, Legend, Tooltip);
    registered = true;
  }
  // A fixed spread, not a random one: the same data draws the same picture every time.
  const spread = (i: number, n: number) => (n <= 1 ? 0 : ((i / (n - 1)) * 2 - 1) * 0.18);
  return new Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        ...series.map((s, k) => ({
          label: s.label,
          data: s.values.map((v, i) => ({ x: k + spread(i, s.values.length), y: v })),
          backgroundColor: s.color,
          borderColor: s.color,
          pointRadius: 5,
        })),
        ...series.flatMap((s, k) =>
          s.mean === null
            ? []
            : [
                {
                  label: `${s.label}: ${format(s.mean)}`,
                  data: [{ x: k, y: s.mean }],
                  pointStyle: 'line' as const,
                  pointRadius: 28,
                  borderWidth: 3,
                  borderColor: '#1a1a1a',
                  backgroundColor: '#1a1a1a',
                },
              ],
        ),
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: 2,
      scales: {
        x: {
          type: 'linear',
          min: -0.5,
          max: series.length - 0.5,
          afterBuildTicks: (axis) => {
            axis.ticks = series.map((_, i) => ({ value: i }));
          },
          ticks: { callback: (v) => series[Number(v)]?.label ?? '' },
          grid: { display: false },
        },
        y: { ticks: { callback: (v) => format(Number(v)) } },
      },
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: (c) => format(c.parsed.y ?? 0) } } },
    },
  });
}
