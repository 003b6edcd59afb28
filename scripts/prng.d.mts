// Type declarations for scripts/prng.mjs (imported by the TypeScript benchmark seeds).
/** A function returning numbers in [0, 1), the same sequence for the same seed (mulberry32). */
export function prng(seed: number): () => number;
