import type { Wording } from './wording-kit';

// The provider and support prompts' words. The provider screen adds, for every provider prompt,
// the 10-minute limit: not reached in time, or anything worse → emergency services.

const TITLE = 'Call the provider now';
const TELL_RESPONSE =
  'Say how they responded at the last check-in and now, and how they are breathing.';
const WORSE = 'If anything gets worse, call emergency services.';
const SIGNS_911 =
  'Any chest pain, shortness of breath, back pain, numbness or weakness, change in vision, ' +
  'difficulty speaking, sudden severe headache, seizure or growing drowsiness: call emergency ' +
  'services at once.';

/** Words for the call-the-provider tier. */
export const PROVIDER_WORDING = {
  'bp-predose-severe': {
    title: 'Do not give the dose. Call the provider',
    reason: 'Blood pressure before the dose: the bottom number is 110 or higher.',
    tell: 'Give the reading and the time, and say the dose has not been given.',
    meanwhile: `Keep them resting, sitting up. Measure again in 5 minutes. ${SIGNS_911}`,
  },
  'bp-crisis-first': {
    title: TITLE,
    reason: 'Blood pressure 180/120 or higher.',
    tell:
      'Give the reading, the time, when the dose was taken, and what they said about the ' +
      'signs.',
    meanwhile: `Keep them resting, sitting up. Measure again in 5 minutes. ${SIGNS_911}`,
    beforeDose: {
      tell:
        'Give the reading, the time, that the dose has not been given, and what they said ' +
        'about the signs.',
      meanwhile:
        `Do not give the dose. Keep them resting, sitting up. Measure again in 5 minutes. ` +
        SIGNS_911,
    },
  },
  'bp-crisis-repeat': {
    title: TITLE,
    reason: 'Blood pressure still 180/120 or higher, 5 minutes later.',
    tell: 'Give both readings with their times, when the dose was taken, and the signs answered.',
    meanwhile: `Keep them resting, sitting up. ${SIGNS_911}`,
    beforeDose: {
      tell:
        'Give both readings with their times, that the dose has not been given, and the signs ' +
        'answered.',
      meanwhile: `Do not give the dose. Keep them resting, sitting up. ${SIGNS_911}`,
    },
  },
  'bp-rise': {
    title: TITLE,
    reason: 'Blood pressure has risen a lot since before the dose.',
    tell: 'Give the reading from before the dose and this one, with the times.',
    meanwhile: `Keep them resting and measure again in 15 minutes. ${WORSE}`,
    beforeDose: {
      reason: 'Blood pressure has risen a lot since the first reading. No dose has been given.',
      tell:
        'Give the first reading and this one, with the times, and say the dose has not been ' +
        'given.',
      meanwhile:
        'Do not give the dose. ' + `Keep them resting and measure again in 15 minutes. ${WORSE}`,
    },
  },
  'bp-session-limit': {
    title: TITLE,
    reason: 'Blood pressure is above the limit for the session.',
    tell: 'Give this reading, the time, and when the dose was taken.',
    meanwhile: `Keep them resting and measure again in 15 minutes. ${WORSE}`,
  },
  'heart-rate': {
    title: TITLE,
    reason: 'Heart rate is outside the set range.',
    tell: 'Give the heart rate, the time, and any other readings.',
    meanwhile: WORSE,
  },
  'vomit-repeat': {
    title: TITLE,
    reason: 'They have vomited more than once.',
    tell: 'Say how many times and when, and how awake they are.',
    meanwhile:
      'Keep them sitting up or on their side, with a bucket and water close. If they become ' +
      'drowsy while vomiting, call emergency services.',
  },
  'breathing-noisy': {
    title: TITLE,
    reason: 'Noisy breathing, while they are awake and talking.',
    tell: 'Say what the breathing sounds like and how awake they are.',
    // Repositioning often clears it [RCEM]; if not, the airway may be at risk.
    meanwhile:
      'Help them sit up or lie on their side. If it doesn’t clear, or they become less alert, ' +
      'call emergency services.',
  },
  'breathing-unclear': {
    title: TITLE,
    reason: "Breathing looks slow or shallow, or you can't tell.",
    tell: 'Give the breaths per minute you counted and how awake they are.',
    meanwhile:
      'Count breaths for 30 seconds and double it; listen for air and look at the lips. 8 or ' +
      'fewer, or blue lips: call emergency services.',
  },
  'head-signs-early': {
    title: TITLE,
    reason: 'Confusion or changed vision within 90 minutes of the dose: often the medicine.',
    tell: 'Say what you notice, when it started, and the blood pressure.',
    meanwhile:
      'Take a blood-pressure reading now. With face drooping, weakness on one side, slurred ' +
      'speech, a sudden severe headache, or a reading of 180/120 or more: call emergency ' +
      'services.',
  },
  'response-shake': {
    title: TITLE,
    reason: 'They respond only to a shake.',
    tell: TELL_RESPONSE,
    meanwhile:
      'Put them on their side and stay with them. Check again in 5 minutes. If they stop ' +
      'responding to a shake, or their breathing changes, call emergency services.',
  },
  'loud-voice-with-depressant': {
    title: TITLE,
    reason: 'They respond only to a loud voice, and took alcohol or a sedative today.',
    tell: `${TELL_RESPONSE} Say what else they took today.`,
    meanwhile:
      'Put them on their side and stay with them. Check again in 5 minutes. If they respond ' +
      'only to a shake, or their breathing slows, call emergency services.',
  },
  'response-not-better': {
    title: TITLE,
    reason: 'Still responding only to a loud voice at the re-check.',
    tell: TELL_RESPONSE,
    meanwhile:
      'Stay with them and check again in 5 minutes. If they stop responding to a shake, call ' +
      'emergency services.',
  },
  'response-worse': {
    title: TITLE,
    reason: 'Much harder to rouse than earlier in the session.',
    tell: TELL_RESPONSE,
    meanwhile: 'Stay with them. If they stop responding to a shake, call emergency services.',
  },
  'distress-unsettled': {
    title: TITLE,
    reason: 'Still very upset 15 minutes after you began grounding.',
    tell: 'Say what they are doing and saying, and what you have tried.',
    meanwhile: `Keep grounding them; never leave them alone. ${WORSE}`,
  },
  'unsafe-behaviour': {
    title: TITLE,
    reason: 'They are trying to leave, drive or do something unsafe.',
    tell: 'Say what they are trying to do and how awake they are.',
    meanwhile:
      'Stay with them, speak calmly, and keep car keys out of reach. If they leave or start ' +
      'driving, call emergency services.',
  },
  'suicide-talk': {
    title: TITLE,
    reason: 'They are talking about suicide or self-harm.',
    tell: 'Say what they said, and how they are now.',
    meanwhile:
      'Stay with them; never leave them alone. If they try to harm themselves or you can’t keep ' +
      'them safe, call emergency services.',
    crisisLine: true,
  },
  'allergy-mild': {
    title: TITLE,
    reason: 'Hives or a rash, while breathing normally.',
    tell: 'Say where the rash is, when it began, and what they took today.',
    meanwhile:
      'If their lips, face or tongue swell, or breathing gets hard, call emergency services.',
  },
  'fall-no-head': {
    title: TITLE,
    reason: 'They fell but did not hit their head.',
    tell: 'Say how they fell and where it hurts.',
    meanwhile:
      'Help them lie down somewhere safe. If they seem less alert, vomit, or you think they did ' +
      'hit their head, call emergency services.',
  },
  'extra-dose': {
    title: TITLE,
    reason: 'They took an extra dose.',
    tell: 'Say what, how much and when.',
    meanwhile:
      'Stay with them and watch their breathing. Any slowed breathing or weaker response: call ' +
      'emergency services.',
  },
  'sedatives-taken': {
    title: TITLE,
    reason: 'They took alcohol, a sedative, an opioid or another drug.',
    tell: 'Say what, how much and when.',
    meanwhile:
      'Stay with them and watch their breathing. Any slowed breathing or weaker response: call ' +
      'emergency services.',
  },
  'sitter-unable': {
    title: 'Call your backup now',
    reason: 'You can’t carry on as the sitter.',
    tell: 'Say you need someone to take over, and how the patient is.',
    meanwhile:
      'Never leave the patient alone. If nobody can come, call the provider. If the patient is ' +
      'in danger, call emergency services.',
    backupFirst: true,
  },
  'something-else': {
    title: TITLE,
    reason: 'Something worries you.',
    tell: 'Describe what you see in your own words.',
    meanwhile: WORSE,
  },
} as const satisfies Record<string, Wording>;

/** Words for the support tier. */
export const SUPPORT_WORDING = {
  'response-loud-voice': {
    title: 'Check again in 5 minutes',
    reason: 'They respond only to a loud voice.',
    meanwhile:
      'Stay with them and watch their breathing. If they are not better at the re-check, call ' +
      'the provider. If they stop responding to a shake, call emergency services.',
  },
  grounding: {
    title: 'Help them feel safe',
    reason: 'They seem anxious, upset or agitated.',
    meanwhile:
      'Sit close, speak slowly, and remind them they are safe and this will pass. If it hasn’t ' +
      'settled in 15 minutes, call the provider.',
  },
  'vomit-care': {
    title: 'Keep them comfortable',
    reason: 'They vomited and are fully awake.',
    meanwhile:
      'Help them sit up or lie on their side, with a bucket and water close. If it happens ' +
      'again, call the provider; if they become drowsy, call emergency services.',
  },
} as const satisfies Record<string, Wording>;
