import { writable, type Observable } from '../lib/observable';

// Alarm tones generated with Web Audio (no audio files, works offline). Patterns follow the
// spirit of IEC 60601-1-8: a gentle single chime before due, a three-pulse "check-in due"
// burst, and a faster, higher five-pulse (3 + 2) "urgent" burst that is clearly different.

/** Which sound is playing. */
export type ToneLevel = 'due' | 'urgent';

interface Pulse {
  at: number; // seconds from burst start
  freq: number;
  dur: number;
}

const DUE_BURST: Pulse[] = [
  { at: 0, freq: 523, dur: 0.18 },
  { at: 0.25, freq: 659, dur: 0.18 },
  { at: 0.5, freq: 784, dur: 0.3 },
];
const URGENT_BURST: Pulse[] = [0, 0.15, 0.3, 0.75, 0.9].map((at) => ({ at, freq: 988, dur: 0.1 }));
const PERIOD_MS: Record<ToneLevel, number> = { due: 5000, urgent: 2500 };

/** Whether sound can play (a tap has unlocked it) and which alarm tone is looping. */
export interface SoundState {
  ready: boolean;
  level: ToneLevel | undefined;
}

let ctx: AudioContext | undefined;
let loop: { level: ToneLevel; quiet: boolean; timer: ReturnType<typeof setInterval> } | undefined;
let metronome: ReturnType<typeof setInterval> | undefined;
const state = writable<SoundState>({ ready: false, level: undefined });

/** The sound state, to read and to watch. */
export const sound: Observable<SoundState> = state;

function changed(): void {
  const ready = ctx?.state === 'running';
  const level = loop?.level;
  const now = state.get();
  if (now.ready !== ready || now.level !== level) state.set({ ready, level });
}

/** Create or resume the audio context. Call from a tap: browsers only allow sound after one. */
export async function unlockAudio(): Promise<boolean> {
  try {
    ctx ??= new AudioContext();
    ctx.onstatechange = changed;
    if (ctx.state !== 'running') await ctx.resume();
  } catch {
    return false;
  } finally {
    changed();
  }
  return ctx?.state === 'running';
}

/** Whether sound can play right now (false until a tap has unlocked it in this page). */
export function audioReady(): boolean {
  return ctx?.state === 'running';
}

function playBurst(pulses: Pulse[], volume: number): void {
  if (!ctx || ctx.state !== 'running') return;
  const t0 = ctx.currentTime + 0.02;
  for (const p of pulses) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'triangle';
    osc.frequency.value = p.freq;
    // Short ramps avoid clicks, which sound harsher than the tone itself.
    gain.gain.setValueAtTime(0, t0 + p.at);
    gain.gain.linearRampToValueAtTime(volume, t0 + p.at + 0.02);
    gain.gain.setValueAtTime(volume, t0 + p.at + p.dur - 0.03);
    gain.gain.linearRampToValueAtTime(0, t0 + p.at + p.dur);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0 + p.at);
    osc.stop(t0 + p.at + p.dur + 0.01);
  }
}

/** The gentle one-minute chime: one soft tone, once. */
export function playChime(): void {
  playBurst([{ at: 0, freq: 660, dur: 0.6 }], 0.15);
}

/**
 * Start (or switch to) the looping alarm at `level`; it loops until `stopAlarmTone`. `quiet`
 * plays it softer, for a check-in falling due while an emergency is being handled.
 */
export function startAlarmTone(level: ToneLevel, quiet = false): void {
  if (loop?.level === level && loop.quiet === quiet) return;
  stopAlarmTone();
  const volume = (level === 'urgent' ? 0.6 : 0.4) * (quiet ? 0.35 : 1);
  const burst = (): void => playBurst(level === 'urgent' ? URGENT_BURST : DUE_BURST, volume);
  burst();
  loop = { level, quiet, timer: setInterval(burst, PERIOD_MS[level]) };
  changed();
}

/** A short click every beat, for chest compressions at `perMinute` (100–120) [AHA-CPR]. */
export function startMetronome(perMinute: number): void {
  stopMetronome();
  const click = (): void => playBurst([{ at: 0, freq: 1200, dur: 0.05 }], 0.5);
  click();
  metronome = setInterval(click, 60_000 / perMinute);
}

/** Stop the compression metronome. */
export function stopMetronome(): void {
  if (metronome !== undefined) clearInterval(metronome);
  metronome = undefined;
}

/** Stop the looping alarm. */
export function stopAlarmTone(): void {
  if (!loop) return;
  clearInterval(loop.timer);
  loop = undefined;
  changed();
}

/** The tone currently looping, if any. */
export function alarmToneLevel(): ToneLevel | undefined {
  return loop?.level;
}
