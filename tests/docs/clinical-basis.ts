import { AFTERCARE } from '../../src/domain/after/aftercare';
import {
  CLOSING_BP_WINDOW_MS,
  CLOSING_CHECK_IN_MS,
  CLOSING_SOURCES,
  criterionName,
  RISING_BY,
  type ClosingCriterionId,
} from '../../src/domain/after/closing-criteria';
import { DO_NOT_DOSE_BP } from '../../src/domain/escalation/predose-rules';
import { isSourceKey, SOURCES, type SourceKey } from '../../src/domain/clinical/sources';
import { defaultEmergencyNumber } from '../../src/domain/contacts/emergency-number';
import {
  CHOKING_STEPS,
  CPR_RATE_PER_MIN,
  CPR_STEPS,
  GASPING_IS_NOT_BREATHING,
  RECOVERY_STEPS,
} from '../../src/domain/escalation/first-aid';
import { AVOID, FIRESIDE, groundingPrompts } from '../../src/domain/escalation/grounding';
import { ESCALATION_LIMITS as L } from '../../src/domain/escalation/history';
import { PROVIDER_LIMIT_MS } from '../../src/domain/escalation/prompt-state';
import { GAP_LIMITS, RECHECK_AIRWAY } from '../../src/domain/escalation/provider-gap-rules';
import { SIGN_LIMITS } from '../../src/domain/escalation/signs';
import type { Tier } from '../../src/domain/escalation/rule-kit';
import { ESCALATION_RULES } from '../../src/domain/escalation/rules';
import { BP_WARNING_SIGNS } from '../../src/domain/escalation/situations';
import { DEFAULT_LABEL } from '../../src/domain/protocol/defaults-basis';
import { MAX_INTERVAL_MIN, MIN_MONITORING_MIN } from '../../src/domain/protocol/limits';
import { DEFAULT_PROTOCOL } from '../../src/domain/protocol/protocol';
import { CRISIS_WORDS } from '../../src/domain/review/crisis-lines';
import { INSTRUMENTS, PHQ9_ITEM9_INDEX } from '../../src/domain/review/self-check-items';

// Renders docs/clinical-basis.md from the code that runs: the rule tables, thresholds, closing
// criteria, first-aid steps, aftercare, grounding lines, crisis lines and sources. The test next
// to it fails when the committed file differs (`npm run docs` rewrites it), so the document a
// clinician audits is always the logic the app applies.

const MIN = 60_000;
const TIER_HEADING: Record<Tier, string> = {
  emergency: 'Call emergency services now',
  'call-provider': 'Call the provider',
  support: 'Support the patient',
};

const keys = (ks: readonly string[]): string =>
  ks.length === 0 ? 'Sitwell’s own practical advice' : ks.map((k) => `[${k}]`).join(' ');
const bp = (l: { systolic: number; diastolic: number }) => `${l.systolic}/${l.diastolic}`;
const numbered = (steps: readonly string[]) => steps.map((s, i) => `${i + 1}. ${s}`);

function intro(): string[] {
  return [
    '# Clinical basis',
    '',
    'Every escalation rule, threshold and safety sentence in Sitwell, each with the public sources it',
    'rests on. This file is generated from the code the app runs (`src/domain`) by `npm run docs`, and',
    '`npm run check` fails when it is out of date, so what you read here is what Sitwell does.',
    'Sources are cited by key, e.g. [AHA-HTN]; the keys are listed at the end with their addresses.',
    '',
    'Sitwell supports the provider’s plan. It does not diagnose and gives no dosing advice. Where a',
    'value is marked “default”, it is Sitwell’s conservative choice, shown as a default in the app, and',
    'the provider’s protocol file can set it. A source marked weak is read conservatively.',
    '',
  ];
}

function facts(): string[] {
  return [
    '## The facts the rules rest on',
    '',
    '- The sitter checks on the patient every 10–15 minutes; at-home programs require a sober adult to',
    '  stay, but nothing verifies the check-ins happen. Sessions last about 2 hours, rarely 3–6.',
    '  [MB-help] [PTM-doc] [MKH] [NL-set]',
    '- Responsiveness is asked on a lay ladder taken from MOAA/S levels 5 to 2 (name in a normal voice,',
    '  loudly, then a shake). The lower levels need a painful stimulus, which a sitter must never use:',
    '  no response to shaking is an emergency. [MOAAS] [AVPU]',
    '- Dissociation is expected; a patient saying “I can’t breathe” may be dissociating, so the sitter',
    '  looks at the chest, not the words. [ASKP] [Reddit-IV]',
    '- Normal adult breathing is 12–20 breaths a minute, counted for 30 seconds and doubled. 8 or fewer,',
    '  pauses over 10 seconds, blue or grey lips, not rousable, a seizure, or vomiting while not fully',
    '  awake need emergency services. [SFW] [BTI] [USC]',
    '- Someone who does not respond and is not breathing normally needs emergency services and',
    '  hands-only CPR at once; gasping is not breathing (it occurs early in about 40 % of cardiac',
    '  arrests). [AHA-CPR] [ERC] [Bobrow-2008]',
    '- Esketamine raises blood pressure, peaking about 40 minutes after the dose and lasting about',
    '  4 hours; 8–19 % of patients rose by 40 systolic or 25 diastolic or more. Before dosing, 140/90 is',
    '  the label’s general guide to weigh delaying. [SPR-label] [USMed]',
    '- A reading of 180/120 or more is re-measured after about 5 minutes. Still that high without',
    '  symptoms: contact the clinician promptly. With chest pain, shortness of breath, back pain,',
    '  numbness or weakness, a change in vision or difficulty speaking: call emergency services and do',
    '  not wait. [AHA-HTN]',
    '- Face drooping, arm weakness or difficulty speaking are stroke signs; they are not expected',
    '  effects of ketamine, unlike the altered perception of dissociation. [AHA-stroke] [SPR-label]',
    '- The label warns of sedation, dissociation, respiratory depression, abuse and misuse, and suicidal',
    '  thoughts and behaviours; alcohol, benzodiazepines and opioids add to sedation. [SPR-label] [PMF]',
    '- Talk of suicide or self-harm: the 988 Suicide & Crisis Lifeline in the US (call or text 988);',
    '  emergency services when in immediate danger; never leave the person alone. [988]',
    '- Monitoring lasts at least 2 hours after the dose; most patients are ready at 90 minutes. No',
    '  driving or machinery until the next day after restful sleep. [SPR-hcp] [SPR-poster] [ZenPsych]',
    '- Emergency numbers depend on the region, not the language; the sitter confirms the number once.',
    '  A number written “+44 (0)20 …” is dialled without the 0. [ITU-E123]',
    '',
  ];
}

function thresholds(): string[] {
  const p = DEFAULT_PROTOCOL;
  const rows: [string, string, string][] = [
    [
      'Check-in interval (default; the sitter may shorten it, never lengthen it)',
      `${p.intervalMin} min`,
      '[MB-help] [PTM-doc] [SITWELL-DEFAULT]',
    ],
    [
      'Check-in interval: the longest a provider’s protocol may set (programs check every 10–15 min)',
      `${MAX_INTERVAL_MIN} min`,
      'seed interview [MB-help]',
    ],
    [
      'Minimum monitoring after the dose (default)',
      `${p.minMonitoringMin} min`,
      '[SPR-hcp] [FDA-REMS]',
    ],
    [
      'Minimum monitoring: the shortest a provider’s protocol may set',
      `${MIN_MONITORING_MIN} min`,
      '[SPR-hcp] [FDA-REMS]',
    ],
    [
      'Pre-dose blood pressure: contact the provider before dosing above (default)',
      bp(p.preDoseBp),
      '[SPR-label] [AccelPsych]',
    ],
    [
      'Pre-dose blood pressure: do not dose at or above (Sitwell’s conservative default, not ' +
        'the provider’s to raise; see below)',
      bp(DO_NOT_DOSE_BP),
      '[SITWELL-DEFAULT] [SPR-label] [USMed] [SC-esk]',
    ],
    [
      `In-session blood pressure: call the provider above (${DEFAULT_LABEL})`,
      bp(p.sessionBp),
      '[SPR-label] [SC-esk]',
    ],
    [
      'Rise from the pre-dose reading: call the provider',
      `+${bp(L.riseBp)}`,
      '[SPR-label] [USMed]',
    ],
    ['Very high reading: re-measure after 5 minutes', `≥ ${bp(L.crisisBp)}`, '[AHA-HTN]'],
    [
      `Heart rate: call the provider outside (${DEFAULT_LABEL})`,
      `${p.heartRate.min}–${p.heartRate.max} a minute`,
      '[SITWELL-DEFAULT]',
    ],
    [
      `Oxygen saturation: emergency below (${DEFAULT_LABEL})`,
      `${p.spo2Min} %`,
      '[SPR-hcp] [SITWELL-DEFAULT]',
    ],
    ['Breathing: emergency at or below', `${L.slowBreathing} breaths a minute`, '[BTI] [USC]'],
    [
      'Responsiveness: call the provider when this many steps worse',
      `${L.responseDropSteps}`,
      '[MOAAS] [SITWELL-DEFAULT]',
    ],
    [
      'Distress not settled after grounding began: call the provider',
      `${L.distressSettleMs / MIN} min (the re-check falls due then)`,
      '[Zendo] [SITWELL-DEFAULT]',
    ],
    [
      'Breathing: call the provider outside the normal range',
      `${GAP_LIMITS.normalBreathing.min}–${GAP_LIMITS.normalBreathing.max} a minute`,
      '[SFW]',
    ],
    [
      `Oxygen saturation: call the provider below (${DEFAULT_LABEL})`,
      `${GAP_LIMITS.spo2Normal} %`,
      '[SITWELL-DEFAULT]',
    ],
    [
      'Noisy breathing while drowsy: re-check after repositioning',
      `${RECHECK_AIRWAY.minutes} min`,
      '[RCEM] [NHS-Zana] [SITWELL-DEFAULT]',
    ],
    [
      `Confusion or changed vision counts as expected dissociation for (${DEFAULT_LABEL})`,
      `${SIGN_LIMITS.expectedDissociationMs / MIN} min after the dose`,
      '[SPR-label] [TripSit-wiki] [SITWELL-DEFAULT]',
    ],
    [
      'A reading of 180/120 or more still stands for (unless a lower one follows)',
      `${SIGN_LIMITS.recentBpMs / MIN} min`,
      '[AHA-HTN] [SITWELL-DEFAULT]',
    ],
    [
      'Time to reach the provider, from the first unanswered provider prompt, before Sitwell ' +
        'alarms and says call emergency services',
      `${PROVIDER_LIMIT_MS / MIN} min`,
      '[AHA-HTN] [SITWELL-DEFAULT]',
    ],
    [
      'Planned blood-pressure re-checks after the dose (default)',
      p.bpRecheckMin.map((m) => `${m} min`).join(', '),
      '[SPR-hcp] [FDA-REMS]',
    ],
    [
      'Closing check-in must be no older than',
      `${CLOSING_CHECK_IN_MS / MIN} min`,
      '[SITWELL-DEFAULT]',
    ],
    [
      'Closing blood pressure must be no older than',
      `${CLOSING_BP_WINDOW_MS / MIN} min`,
      '[SPR-hcp]',
    ],
    ['Closing blood pressure counts as rising when up by', `${bp(RISING_BY)}`, '[SITWELL-DEFAULT]'],
    ['Hands-only CPR beat', `${CPR_RATE_PER_MIN} a minute`, '[AHA-CPR] [ERC]'],
  ];
  return [
    '## Thresholds and defaults',
    '',
    '| What | Value | Sources |',
    '| --- | --- | --- |',
    ...rows.map(([what, value, src]) => `| ${what} | ${value} | ${src} |`),
    '',
    `Emergency number before the sitter sets one: ${['US', 'CA', 'MX', 'GB', 'AU', 'NZ', 'JP', 'FR']
      .map((r) => `${r} ${defaultEmergencyNumber(r)}`)
      .join(', ')}, 112 elsewhere; the sitter confirms it once. [ITU-E123] [SITWELL-DEFAULT]`,
    '',
  ];
}

function beforeTheDose(): string[] {
  const p = DEFAULT_PROTOCOL;
  const severe = ESCALATION_RULES.find((r) => r.id === 'bp-predose-severe');
  return [
    '## Blood pressure before the dose: which threshold applies',
    '',
    `Two published numbers meet before the dose. The esketamine label gives ${bp(p.preDoseBp)} as`,
    'a general guide to weigh delaying the dose; it gives no higher do-not-dose number, and no',
    'at-home program publishes one. The AHA calls 180/120 or more a hypertensive crisis, with or',
    'without a dose: re-measure after about 5 minutes, contact the clinician promptly, and call',
    'emergency services with any warning sign. The 180/110 Sitwell uses is not a label instruction.',
    'It is where a subcutaneous esketamine study counted transient rises (above 180 systolic or 110',
    'diastolic, in 14 of 70 patients), and Sitwell uses it as its own conservative default. [SPR-label]',
    '[AHA-HTN] [SC-esk] [SITWELL-DEFAULT]',
    '',
    'So before the dose:',
    '',
    `- **Above the protocol’s pre-dose limit (default ${bp(p.preDoseBp)})**: hold the dose and`,
    '  contact the provider; the dose goes ahead only with their approval, recorded in',
    '  preparation. [SPR-label] [AccelPsych]',
    `- **${bp(DO_NOT_DOSE_BP)} or more**: do not give the dose; Sitwell records no approval.`,
    '  The line is lower than the AHA’s 120 diastolic because the dose itself raises blood pressure',
    `  (by ${L.riseBp.systolic} systolic or ${L.riseBp.diastolic} diastolic or more in 8–19 % of`,
    '  patients, peaking about 40 minutes after it): a bottom number of 110 before the dose may',
    '  pass 120 after it. [SPR-label] [USMed] [SC-esk] [SITWELL-DEFAULT]',
    '- **The reading is not lost**: “Record this reading and keep watching” starts the session',
    '  without a dose, with the reading as its first entry (marked as before the dose), so the rules',
    '  run on it as on any reading: a bottom number of 110–119 with the top under 180 is',
    `  \`${severe?.id ?? ''}\` (do not dose, call the provider, re-measure in 5 minutes, and the`,
    '  provider’s 10 minutes with their fallback to emergency services); 180/120 or more follows the',
    '  crisis path exactly as in the session (warning-sign questions, any sign → emergency, else the',
    '  provider and a 5-minute re-measure). [AHA-HTN] [SITWELL-DEFAULT]',
    '- **The in-session limit waits for the dose**: `bp-session-limit` and the session’s words',
    '  (“when the dose was taken”) apply from the recorded dose on; before it, the call script says',
    '  the dose has not been given and the emergency card says no ketamine was given. Confusion or',
    '  changed vision before a held dose is never counted as expected dissociation. [SPR-label]',
    '  [AHA-stroke]',
    '',
  ];
}

function rules(): string[] {
  const out = [
    '## Escalation rules',
    '',
    'Checked after every check-in, reading and “Something’s wrong” answer. The most urgent tier is',
    'shown first; within a tier, in this order. The id is what the log records.',
    '',
  ];
  for (const tier of ['emergency', 'call-provider', 'support'] as const) {
    out.push(`### ${TIER_HEADING[tier]}`, '');
    for (const r of ESCALATION_RULES.filter((x) => x.tier === tier)) {
      const said = /re-?check|measure again/i.test(r.summary);
      const recheck = r.recheck && !said ? ` Re-check in ${r.recheck.minutes} minutes.` : '';
      out.push(`- \`${r.id}\`: ${r.summary}${recheck} ${keys(r.sourceKeys)}`);
    }
    out.push('');
  }
  out.push(
    `Warning signs asked after every reading of ${bp(L.crisisBp)} or more [AHA-HTN] [SPR-label]: ` +
      `${BP_WARNING_SIGNS.map((s) => s.label.toLowerCase()).join('; ')}.`,
    '',
  );
  return out;
}

function audit(): string[] {
  return [
    '## What changed after the clinical audit',
    '',
    'A clinical read of the rules against the facts found places where a sitter could be left',
    'waiting when the facts say call emergency services, and places where an old sign escalated a',
    'new reading. What the rules do now, and why:',
    '',
    '- **The provider’s 10 minutes** count from the first unanswered provider prompt of an episode.',
    '  A re-check that prompts again does not restart them, and a later support prompt (grounding, a',
    '  loud-voice re-check, vomiting care) does not close them: a lower tier never closes a higher',
    '  one. Only an outcome closes the episode (reached; not reached → emergency; resolved), or an',
    '  emergency prompt taking over. “I can’t reach them” with time left is logged as a try; the',
    '  screen says try again or leave a message, and call emergency services at once if anything',
    '  gets worse. When the 10 minutes run out Sitwell logs the `provider-unreachable` prompt, opens',
    '  the emergency screen and alarms like a check-in falling due (tone, vibration, notification).',
    '  [AHA-HTN] [SITWELL-DEFAULT]',
    '- **Every reading of 180/120 or more**, first or repeat, asks the warning-sign questions, one',
    '  tap each, “None of these” included, with no way round them; the provider script says what was',
    '  answered. The questions now include the label’s hypertensive-encephalopathy signs: sudden',
    '  severe headache, seizure, reduced consciousness. A crisis reading also no longer fires the',
    '  session-limit and rise prompts, so the screen gives one instruction and one re-measure time.',
    '  [AHA-HTN] [SPR-label]',
    '- **Signs are read from now**: this check-in or answer, and an emergency still open. A sign from',
    '  an emergency already marked resolved, or one that never opened an emergency, does not turn a',
    '  new reading into an emergency; a lower reading supersedes an earlier crisis reading. The',
    '  screen names what the rule relied on (e.g. “Blood pressure 186/124; Back pain”), and the log',
    '  keeps it. [AHA-HTN] [AHA-stroke]',
    '- **Preparation counts**: alcohol, a benzodiazepine, an opioid or another sedative recorded as',
    '  taken today raise a check-in one tier: a loud-voice answer calls the provider, a shake or',
    '  slowed breathing is an emergency. The emergency card and call script say “ketamine and',
    '  alcohol”, never “as prescribed”, when that is so. [SPR-label] [PMF]',
    '- **Distress has its own re-check** 15 minutes after the grounding prompt, so distress that',
    '  goes on reaches the provider then, not at whatever check-in falls next. [Zendo]',
    '  [SITWELL-DEFAULT]',
    '- **What was not noticed before**: breathing 9–11 or over 20 a minute and oxygen 90–94 % call',
    '  the provider; pale and clammy while fully alert calls the provider; noisy breathing while',
    '  drowsy means reposition first and re-check in 2 minutes, and only if still noisy an',
    '  emergency; water is offered only to someone who answers their name (choking risk); the',
    '  quick check-in says it did not rouse them; refusing check-ins, aggression and overheating',
    '  are new situations whose words stay at “call the provider; if anyone is in danger, call',
    '  emergency services”, because the facts hold nothing more specific. [SFW] [RCEM] [NHS-Zana]',
    '  [BTI] [USC] [MB-help] [SITWELL-DEFAULT]',
    '- **Resolving an emergency is confirmed** (from a new sitter’s walk through the app): “Mark',
    '  emergency resolved” asks “Is the emergency over?” and how it ended (breathing normally',
    '  again, the ambulance came, a false alarm, …). Only the confirmation closes the emergency for',
    '  the rules, so its signs stop counting for new readings; the answer is kept in the log and',
    '  every file, so the provider learns how it ended. [SITWELL-DEFAULT]',
    '- **The situations list** keeps its rules and tiers, but is one list in the order of urgency',
    '  and how often it happens (not breathing, no response, choking, then distress), each answer',
    '  marked with its tier in words, so the common and the urgent are on the first screen.',
    '  [SITWELL-DEFAULT]',
    '- **Sources**: every rule cites a key of the clinical facts, or is labelled Sitwell’s',
    '  conservative default (the provider may change it). The weak home-BP source [HRS] is no longer',
    '  cited; the AHA’s hypertensive-crisis guidance replaces it. A test fails if a rule cites a key',
    '  the facts lack. Provider protocols with check-ins beyond 15 minutes or monitoring under 2',
    '  hours are refused with the reason.',
    '',
  ];
}

function firstAid(): string[] {
  return [
    '## First aid as the emergency screen shows it',
    '',
    'Hands-only CPR [AHA-CPR] [ERC]:',
    '',
    ...numbered(CPR_STEPS),
    '',
    `${GASPING_IS_NOT_BREATHING} [Bobrow-2008]`,
    '',
    'Recovery position, for someone who does not respond but breathes normally [NHS-Zana] [RCEM]:',
    '',
    ...numbered(RECOVERY_STEPS),
    '',
    'Choking [RedCross] [AHA-CPR]:',
    '',
    ...numbered(CHOKING_STEPS),
    '',
  ];
}

function closing(): string[] {
  const ids = Object.keys(CLOSING_SOURCES) as ClosingCriterionId[];
  return [
    '## Ending the session',
    '',
    'Each criterion is shown with its state; the sitter can still end with a reason, which is logged.',
    '',
    ...ids.map((id) => `- ${criterionName(id)} ${keys(CLOSING_SOURCES[id])}`),
    '',
    'Aftercare, shown when the session ends:',
    '',
    ...AFTERCARE.flatMap((a) => [
      `- **${a.title}**: ${a.text} ${keys(a.sources)}`,
      ...(a.list ?? []).map((item) => `  - ${item}`),
    ]),
    '',
  ];
}

function support(): string[] {
  const lines = new Map<string, { text: string; sourceKeys: readonly string[] }>();
  for (const touchAgreed of [true, false, undefined]) {
    const g = groundingPrompts({ touchAgreed, answersName: true });
    for (const l of [...g.say, ...g.do]) lines.set(`${l.id}:${l.text}`, l);
  }
  const avoid = new Map<string, { text: string; sourceKeys: readonly string[] }>();
  for (const l of [...AVOID, ...groundingPrompts({ touchAgreed: true }).avoid]) avoid.set(l.id, l);
  return [
    '## Grounding, peer support and crisis lines',
    '',
    'What to say and do:',
    '',
    ...[...lines.values()].map((l) => `- ${l.text} ${keys(l.sourceKeys)}`),
    '',
    'What not to do:',
    '',
    ...[...avoid.values()].map((l) => `- ${l.text} ${keys(l.sourceKeys)}`),
    '',
    `${FIRESIDE.name} (${FIRESIDE.mnemonic}, ${FIRESIDE.phone}): ${FIRESIDE.note} ${keys(FIRESIDE.sourceKeys)}`,
    '',
    `Self-checks: ${Object.values(INSTRUMENTS)
      .map(
        (i) =>
          `${i.name} (bands ${i.bands.map((b) => `${b.min}–${b.max} ${b.label.toLowerCase()}`).join(', ')}) ${keys(i.sourceKeys)}`,
      )
      .join('; ')}.`,
    '',
    `Any answer above “not at all” to PHQ-9 item ${PHQ9_ITEM9_INDEX + 1} shows at once, on the same ` +
      `screen: “${CRISIS_WORDS.lifeline}” “${CRISIS_WORDS.emergency}” ${keys(CRISIS_WORDS.sourceKeys)}`,
    '',
  ];
}

/** Every source key cited anywhere in this document. */
export function citedKeys(doc: string): Set<string> {
  return new Set([...doc.matchAll(/\[([A-Za-z0-9-]+)\]/g)].map((m) => m[1] ?? ''));
}

function sources(cited: Set<string>): string[] {
  const all = Object.entries(SOURCES) as [
    SourceKey,
    { title: string; where: string; weak?: boolean },
  ][];
  return [
    '## Sources',
    '',
    '| Key | Source | Where |',
    '| --- | --- | --- |',
    ...all
      .filter(([k]) => cited.has(k))
      .map(([k, s]) => `| ${k} | ${s.title}${s.weak ? ' (weak)' : ''} | ${s.where} |`),
    '',
  ];
}

/** The whole document. */
export function renderClinicalBasis(): string {
  const body = [
    ...intro(),
    ...facts(),
    ...thresholds(),
    ...beforeTheDose(),
    ...rules(),
    ...audit(),
    ...firstAid(),
    ...closing(),
    ...support(),
  ].join('\n');
  const cited = new Set([...citedKeys(body)].filter(isSourceKey));
  return `${body}\n${sources(cited).join('\n')}`;
}
