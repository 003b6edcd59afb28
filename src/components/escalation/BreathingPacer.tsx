import { useState } from 'preact/hooks';
import { BOX_BREATHING, boxBreathingPhase } from '../../domain/escalation/grounding';
import { now, useNow } from '../../platform/clock';

const SIDE = 160;
const PAD = 20;
// Corners in the order the dot travels: up the left side (in), across (hold), down (out), back
// (hold).
const CORNERS: readonly [number, number][] = [
  [PAD, PAD + SIDE],
  [PAD, PAD],
  [PAD + SIDE, PAD],
  [PAD + SIDE, PAD + SIDE],
];

const prefersReducedMotion = (): boolean =>
  globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Where the dot is: along side `index`, `fraction` of the way. */
function dotAt(index: number, fraction: number): [number, number] {
  const [x0, y0] = CORNERS[index % 4]!;
  const [x1, y1] = CORNERS[(index + 1) % 4]!;
  return [x0 + (x1 - x0) * fraction, y0 + (y1 - y0) * fraction];
}

/** How far through phase `index` the guide is at `elapsed` ms, 0–1. */
function phaseFraction(elapsed: number, index: number): number {
  const ms = BOX_BREATHING.map((p) => p.seconds * 1000);
  const cycle = ms.reduce((a, b) => a + b, 0);
  const before = ms.slice(0, index).reduce((a, b) => a + b, 0);
  return Math.min(1, ((elapsed % cycle) - before) / (ms[index] ?? 1));
}

/**
 * Box breathing 4-4-4-4 paced by the clock; a text-only count when reduced motion is preferred or
 * chosen.
 */
export function BreathingPacer() {
  const [startedAt, setStartedAt] = useState<number>();
  const [textOnly, setTextOnly] = useState(prefersReducedMotion);
  return (
    <section class="card stack" aria-labelledby="pacer-heading">
      <h2 id="pacer-heading">Box breathing</h2>
      <p>
        In for 4, hold for 4, out for 4, hold for 4. It can steady you too; breathe along yourself.
      </p>
      <label class="row">
        <input
          type="checkbox"
          class="checkbox"
          checked={textOnly}
          onChange={(e) => setTextOnly(e.currentTarget.checked)}
        />
        <span>Text only, no movement</span>
      </label>
      {startedAt === undefined ? (
        <button class="primary block" onClick={() => setStartedAt(now())}>
          Start breathing guide
        </button>
      ) : (
        <>
          <Pacing startedAt={startedAt} textOnly={textOnly} />
          <button class="block" onClick={() => setStartedAt(undefined)}>
            Stop breathing guide
          </button>
        </>
      )}
    </section>
  );
}

function Pacing({ startedAt, textOnly }: { startedAt: number; textOnly: boolean }) {
  // Only this part re-renders at the pacing rate; the count follows the clock, not the tick count.
  const t = useNow(textOnly ? 250 : 100);
  const elapsed = Math.max(0, t - startedAt);
  const phase = boxBreathingPhase(elapsed);
  const [cx, cy] = dotAt(phase.index, phaseFraction(elapsed, phase.index));
  return (
    <div class="pacer">
      {!textOnly && (
        <svg
          class="pacer-svg"
          viewBox={`0 0 ${SIDE + 2 * PAD} ${SIDE + 2 * PAD}`}
          aria-hidden="true"
        >
          <rect
            x={PAD}
            y={PAD}
            width={SIDE}
            height={SIDE}
            rx="8"
            fill="none"
            stroke="currentColor"
            stroke-width="3"
          />
          <circle cx={cx} cy={cy} r="12" class="pacer-dot" />
        </svg>
      )}
      <p class="pacer-phase" role="status">
        {phase.label}
      </p>
      <p class="pacer-count" aria-hidden="true">
        {phase.secondsLeft}
      </p>
    </div>
  );
}
