// Writes FSRS reference vectors (fuzz on by default) in the schema of shared/fsrs/README.md, using ts-fsrs itself.
// Usage: npm install ts-fsrs@5.4.2 (in some folder), then from that folder:
//   node <this file> [seed] [histories] [--no-fuzz] > src/test/resources/fsrs/vectors-fuzz.json
// The bundled file was made with the defaults (seed 4242, 45 histories, fuzz on).
import { createRequire } from 'node:module';

const require = createRequire(process.cwd() + '/');
const { fsrs, createEmptyCard, dateDiffInDays, FSRSVersion } = require('ts-fsrs');

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fuzz = !process.argv.includes('--no-fuzz');
const seed = Number(args[0] ?? 4242);
const historyCount = Number(args[1] ?? 45);
// mulberry32: tiny seeded PRNG so the file can be regenerated identically.
let state = seed >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const DAY = 86400000;
const MIN = 60000;
const customW = [0.4, 1.1, 3.2, 12.5, 6.9, 0.62, 1.9, 0.035, 1.65, 0.13, 1.05, 1.7, 0.08, 0.31, 1.9, 0.45, 2.3, 0.42, 0.18, 0.11, 0.35];
const modes = [
  { mode: 'steps_default', learning_steps: ['1m', '10m'], relearning_steps: ['10m'], enable_short_term: true, maximum_interval: 36500, w: null },
  { mode: 'no_steps', learning_steps: [], relearning_steps: [], enable_short_term: true, maximum_interval: 36500, w: null },
  { mode: 'long_term', learning_steps: ['1m', '10m'], relearning_steps: ['10m'], enable_short_term: false, maximum_interval: 36500, w: null },
  { mode: 'steps_multi_max365', learning_steps: ['1m', '10m', '1h'], relearning_steps: ['10m', '1h'], enable_short_term: true, maximum_interval: 365, w: null },
  { mode: 'custom_w', learning_steps: ['1m', '10m'], relearning_steps: ['10m'], enable_short_term: true, maximum_interval: 36500, w: customW },
];
const retentions = [0.9, 0.8, 0.95];

const configs = [];
const schedulers = new Map();
for (const m of modes) {
  for (const r of retentions) {
    const params = {
      request_retention: r, maximum_interval: m.maximum_interval, enable_fuzz: fuzz,
      enable_short_term: m.enable_short_term, learning_steps: m.learning_steps, relearning_steps: m.relearning_steps,
    };
    if (m.w) params.w = m.w;
    const f = fsrs(params);
    const id = `${m.mode}@${r}`;
    schedulers.set(id, f);
    configs.push({
      id, mode: m.mode, note: fuzz ? 'fuzz on' : 'fuzz off', request_retention: r, maximum_interval: m.maximum_interval, enable_fuzz: fuzz,
      enable_short_term: m.enable_short_term, learning_steps: m.learning_steps, relearning_steps: m.relearning_steps,
      scheduler: m.enable_short_term ? 'BasicScheduler' : 'LongTermScheduler', w_input: m.w, w: Array.from(f.parameters.w),
      decay: -f.parameters.w[20], interval_modifier: f.interval_modifier,
    });
  }
}

const profiles = {
  normal: [0.1, 0.1, 0.65, 0.15],
  struggling: [0.35, 0.25, 0.35, 0.05],
  easy: [0.03, 0.07, 0.5, 0.4],
};
const rate = (profile) => {
  let u = rand();
  const weights = profiles[profile];
  for (let g = 0; g < 4; g++) {
    if (u < weights[g]) return g + 1;
    u -= weights[g];
  }
  return 4;
};

const histories = [];
const end = Date.UTC(2150, 0, 1);
for (let id = 0; id < historyCount; id++) {
  const config = configs[id % configs.length];
  const f = schedulers.get(config.id);
  const profile = pick(Object.keys(profiles));
  const created = Date.UTC(2020, 0, 1) + Math.floor(rand() * 4 * 365 * DAY);
  let card = createEmptyCard(new Date(created));
  const steps = [];
  const count = 8 + Math.floor(rand() * 33);
  let now = created;
  for (let i = 0; i < count; i++) {
    let gap = null;
    if (i > 0) {
      gap = pick(['on_due', 'on_due', 'early', 'late', 'long_gap', 'same_day', 'cross_midnight']);
      const due = card.due.getTime();
      const wait = Math.max(due - now, MIN);
      if (gap === 'on_due') now = due;
      else if (gap === 'early') now = now + Math.floor(wait * (0.3 + 0.6 * rand()));
      else if (gap === 'late') now = due + Math.floor(rand() * 20 * DAY);
      else if (gap === 'long_gap') now = due + Math.floor((100 + rand() * 1400) * DAY);
      else if (gap === 'same_day') now = now + Math.floor(rand() * 3 * 3600000);
      else now = Math.floor(Math.max(due, now) / DAY + 1) * DAY + Math.floor(rand() * 10 * MIN); // just after a UTC midnight
      now = Math.max(now, card.last_review.getTime() + 1);
    }
    if (now >= end) break;
    const review = new Date(now);
    const rating = rate(profile);
    const t = card.state === 0 || !card.last_review ? 0 : dateDiffInDays(card.last_review, review);
    const r = card.state === 0 ? null : f.forgetting_curve(t, card.stability);
    const rGet = f.get_retrievability(card, review, false);
    const stateBefore = card.state;
    card = f.next(card, review, rating).card;
    steps.push({
      i, gap_kind: gap, review_ms: now, review_iso: review.toISOString(), rating, state_before: stateBefore,
      elapsed_days: t, r, r_get: rGet, stability: card.stability, difficulty: card.difficulty, state: card.state,
      scheduled_days: card.scheduled_days, due_ms: card.due.getTime(), learning_steps: card.learning_steps,
      reps: card.reps, lapses: card.lapses, last_review_ms: card.last_review.getTime(),
    });
  }
  histories.push({ id, config: config.id, profile, created_ms: created, steps });
}

process.stdout.write(JSON.stringify({
  schema_version: 1, generator: 'src/test/fsrs-oracle/generate-fuzz-vectors.mjs',
  library: { name: 'ts-fsrs', version: FSRSVersion.split(' ')[0].slice(1), fsrs_version_string: FSRSVersion, node: process.version },
  seed, configs, upstream_checks: [], histories,
}) + '\n');
