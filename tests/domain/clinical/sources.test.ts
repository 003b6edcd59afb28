import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AFTERCARE } from '../../../src/domain/after/aftercare';
import { CLOSING_SOURCES } from '../../../src/domain/after/closing-criteria';
import { isSourceKey, SOURCES, sourceFor } from '../../../src/domain/clinical/sources';
import { AVOID, FIRESIDE, groundingPrompts, SAY } from '../../../src/domain/escalation/grounding';
import { ESCALATION_RULES } from '../../../src/domain/escalation/rules';

// The keys of the clinical facts Sitwell was built from ("NHS via Zana" is written NHS-Zana here).
const FACTS_KEYS = [
  'MB-help',
  'PTM-doc',
  'MB-find',
  'MB-TLO',
  'MKH',
  'NL-set',
  'Santomarco',
  'MOAAS',
  'AVPU',
  'CADSS',
  'ASKP',
  'SFW',
  'BTI',
  'USC',
  'RCEM',
  'SPR-label',
  'USMed',
  'SPR-hcp',
  'FDA-REMS',
  'SPR-poster',
  'AccelPsych',
  'SC-esk',
  'HRS',
  'PMF',
  'JNJ-PMF',
  'ZenPsych',
  'Zendo',
  'MAPS-Zendo',
  'MAPS-FS',
  'PSP',
  'Mighty',
  'TripSit-wiki',
  'Innerwell',
  'Reddit-KT',
  'Reddit-TK',
  'Reddit-IV',
  'NHS-Zana',
  '988',
];

// Added after the first clinical review (the facts file's last section).
const REVIEW_KEYS = [
  'AHA-HTN',
  'AHA-CPR',
  'ERC',
  'Bobrow-2008',
  'RedCross',
  'AHA-stroke',
  'ITU-E123',
];

// Not in the facts file's list: the instruments behind the patient's self-checks.
const INSTRUMENT_KEYS = ['PHQ-9', 'GAD-7'];

describe('sources', () => {
  it('holds every source of the facts file, the review, the instruments and the Sitwell default', () => {
    const expected = [...FACTS_KEYS, ...REVIEW_KEYS, ...INSTRUMENT_KEYS, 'SITWELL-DEFAULT'];
    expect(Object.keys(SOURCES).sort()).toEqual(expected.sort());
  });

  it('gives every source a title and an address', () => {
    for (const [key, s] of Object.entries(SOURCES)) {
      expect(s.title.trim().length, key).toBeGreaterThan(0);
      expect(s.where.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('marks the weak sources of the facts file', () => {
    const weak = Object.entries(SOURCES)
      .filter(([, s]) => 'weak' in s && s.weak)
      .map(([k]) => k);
    expect(weak.sort()).toEqual(['HRS', 'SFW']);
  });

  it('describes the Sitwell default honestly', () => {
    expect(SOURCES['SITWELL-DEFAULT'].title).toMatch(
      /Sitwell's conservative default; the provider may change it/,
    );
  });

  it('rejects unknown keys', () => {
    expect(isSourceKey('NOPE')).toBe(false);
    expect(isSourceKey('toString')).toBe(false);
    expect(sourceFor('NOPE')).toBeUndefined();
    expect(sourceFor('BTI')?.where).toContain('betheinfluencemarin.org');
  });
});

describe('every cited source key exists', () => {
  for (const rule of ESCALATION_RULES) {
    it(`rule ${rule.id}`, () => {
      expect(rule.sourceKeys.length).toBeGreaterThan(0);
      // Typed keys could still be bypassed with a cast; this check is at run time.
      for (const key of rule.sourceKeys as readonly string[])
        expect(isSourceKey(key), `${rule.id}: ${key}`).toBe(true);
    });
  }

  it('grounding lines and the peer line', () => {
    const { do: doLines } = groundingPrompts({ touchAgreed: true });
    const declined = groundingPrompts({ touchAgreed: false }).avoid;
    const lines = [...SAY, ...doLines, ...AVOID, ...declined];
    for (const line of lines) {
      expect(line.sourceKeys.length, line.id).toBeGreaterThan(0);
      for (const key of line.sourceKeys as readonly string[])
        expect(isSourceKey(key), `${line.id}: ${key}`).toBe(true);
    }
    for (const key of FIRESIDE.sourceKeys as readonly string[])
      expect(isSourceKey(key), key).toBe(true);
  });

  it('marks protocol thresholds as Sitwell defaults', () => {
    for (const id of ['spo2-low', 'bp-session-limit', 'heart-rate', 'distress-unsettled']) {
      const rule = ESCALATION_RULES.find((r) => r.id === id);
      expect(rule?.sourceKeys, id).toContain('SITWELL-DEFAULT');
    }
  });
});

// The facts file the team keeps beside the repo; CI has a copy of it next to the clone.
const FACTS_FILE = new URL('../../../../shared/domain-facts.md', import.meta.url);

describe('no rule, threshold or line cites a key the clinical facts lack', () => {
  const allowed = new Set<string>([...FACTS_KEYS, ...REVIEW_KEYS, 'SITWELL-DEFAULT']);
  const cited: [string, readonly string[]][] = [
    ...ESCALATION_RULES.map((r): [string, readonly string[]] => [`rule ${r.id}`, r.sourceKeys]),
    ...Object.entries(CLOSING_SOURCES).map(([id, k]): [string, readonly string[]] => [
      `closing ${id}`,
      k,
    ]),
    ...AFTERCARE.map((a): [string, readonly string[]] => [`aftercare ${a.id}`, a.sources]),
  ];

  it('cites only facts-file keys or the labelled Sitwell default', () => {
    const unknown = cited.flatMap(([where, keys]) =>
      keys.filter((k) => !allowed.has(k)).map((k) => `${where}: ${k}`),
    );
    expect(unknown).toEqual([]);
  });

  it('cites no weak source that a stronger one replaced (HRS → AHA-HTN)', () => {
    expect(cited.filter(([, keys]) => keys.includes('HRS')).map(([w]) => w)).toEqual([]);
  });

  it('has every key in the facts file itself, when the file is beside the repo', () => {
    // A clone on its own carries the keys above; where the facts file is present, they must match.
    const text = existsSync(FACTS_FILE) ? readFileSync(FACTS_FILE, 'utf8') : undefined;
    const missing = text
      ? [...FACTS_KEYS, ...REVIEW_KEYS].filter(
          (k) => !text.includes(k === 'NHS-Zana' ? 'NHS via Zana' : k),
        )
      : [];
    expect(missing).toEqual([]);
  });
});
