/** The bench's table and its last line: one JSON object with every figure (issue 4). */

export type Figures = Record<string, number | boolean | null>;

/** A budget: the figure's name, a test, and how it reads in the table. */
export interface Budget {
  key: string;
  ok: (f: Figures) => boolean | null;
  text: string;
}

const num = (f: Figures, k: string): number | null => {
  const v = f[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

function check(f: Figures, k: string, test: (v: number) => boolean): boolean | null {
  const v = num(f, k);
  return v === null ? null : test(v);
}

/** The budgets of issue 4, checked against the base (1,000-alias gazetteer shipped) figures. */
export const BUDGETS: Budget[] = [
  {
    key: 'annotate_1mb_ms',
    ok: (f) => check(f, 'annotate_1mb_ms', (v) => v <= 3 * (num(f, 'floor_1mb_ms') ?? 0)),
    text: '≤ 3 × floor',
  },
  {
    key: 'markjs_1mb_ms',
    ok: (f) => check(f, 'markjs_1mb_ms', (v) => v / (num(f, 'annotate_1mb_ms') ?? Infinity) >= 20),
    text: '≥ 20 × annotate',
  },
  { key: 'max_task_ms', ok: (f) => check(f, 'max_task_ms', (v) => v <= 50), text: '≤ 50' },
  {
    key: 'first_highlight_ms',
    ok: (f) => check(f, 'first_highlight_ms', (v) => v <= 100),
    text: '≤ 100',
  },
  {
    key: 'matcher_mb_s_1000',
    ok: (f) => check(f, 'matcher_mb_s_1000', (v) => v >= 50),
    text: '≥ 50',
  },
  { key: 'content_gzip_kb', ok: (f) => check(f, 'content_gzip_kb', (v) => v <= 40), text: '≤ 40' },
  {
    key: 'hover_card_p95_ms',
    ok: (f) => check(f, 'hover_card_p95_ms', (v) => v <= 50),
    text: '≤ 50',
  },
  {
    key: 'search_p95_ms_10k',
    ok: (f) => check(f, 'search_p95_ms_10k', (v) => v <= 16),
    text: '≤ 16',
  },
  {
    key: 'install_10k_ms',
    ok: (f) => check(f, 'install_10k_ms', (v) => v <= 2000),
    text: '≤ 2000',
  },
];

function cell(v: number | boolean | null | undefined): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(1);
  return v === undefined ? '' : String(v);
}

/** Print the table (figure, value, value at 20k aliases, budget, met) and then the JSON line. */
export function printReport(f: Figures): void {
  const keys = Object.keys(f).filter((k) => !k.endsWith('_20k'));
  const budgets = new Map(BUDGETS.map((b) => [b.key, b]));
  const rows = keys.map((k) => {
    const b = budgets.get(k);
    const ok = b?.ok(f);
    return [
      k,
      cell(f[k]),
      cell(f[`${k}_20k`]),
      b?.text ?? '',
      ok === undefined ? '' : ok === null ? 'n/a' : ok ? 'yes' : 'NO',
    ];
  });
  const head = ['figure', 'value', '20k aliases', 'budget', 'met'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(JSON.stringify(f));
}
