// The public sources behind Sitwell's rules and wording (listed in docs/clinical-basis.md).
// Keys are short and stable so a clinician can trace every rule; `where` is the address as given.

/** One source: a short title and where to find it. */
export interface Source {
  title: string;
  where: string;
  /** The facts file marks this source as weak: its values are read conservatively. */
  weak?: boolean;
}

/** Every source key a rule, threshold or piece of wording may cite. */
export const SOURCES = {
  'MB-help': {
    title: 'Mindbloom help center: the sitter during a session',
    where: 'help-center.mindbloom.com/en/articles/8895286',
  },
  'PTM-doc': {
    title: 'Peer Treatment Monitor overview',
    where: 'chooseketamine.com/peer-treatment-monitor-overview',
  },
  'MB-find': {
    title: 'Mindbloom help center: finding a sitter',
    where: 'help-center.mindbloom.com/en/articles/12285946',
  },
  'MB-TLO': {
    title: 'Mindbloom: the "Trust, Let Go, Be Open" mantra',
    where: 'mindbloom.com/blog/exploring-the-trust-let-go-be-open-tlo-mantra',
  },
  MKH: {
    title: 'My Ketamine Home: sitter guide and what to expect',
    where: 'support.myketaminehome.com/support-hub/mkh-sitter-guide-and-what-to-expect',
  },
  'NL-set': {
    title: 'Nue Life: setting up a session',
    where: 'intercom.help/nuelife/en/articles/5721945',
  },
  Santomarco: {
    title: 'Oral ketamine chaperone tips (a therapist)',
    where: 'tracysantomarco.com/oral-ketamine-chaperone-tips',
  },
  MOAAS: {
    title: 'MOAA/S sedation scale (BMC Anesthesiology)',
    where: 'bmcanesthesiol.biomedcentral.com/articles/10.1186/s12871-022-01788-1',
  },
  AVPU: {
    title: 'AVPU responsiveness scale (AHRQ Emergency Severity Index)',
    where: 'ahrq.gov/research/esi/esitab3-2.htm',
  },
  CADSS: { title: 'Clinician-Administered Dissociative States Scale', where: 'pubmed 29045915' },
  ASKP: {
    title: 'ASKP: tips for loved ones of ketamine patients',
    where: 'askp.org/patients/ketamine-treatment/tips-for-loved-ones',
  },
  SFW: {
    title: 'Respiratory rate FAQ',
    where: 'safety-first-welling.org (respiratory rate FAQ)',
    weak: true,
  },
  BTI: {
    title: 'Be The Influence: when to call 911',
    where: 'betheinfluencemarin.org (when to call 911)',
  },
  USC: {
    title: 'Bystander first aid: alcohol- and drug-related emergencies',
    where: 'uscemsc.org/bystander-first-aid/alcohol-and-drug-related-emergencies',
  },
  RCEM: {
    title: 'RCEM Learning: procedural sedation with ketamine',
    where: 'rcemlearning.org procedural sedation, ketamine',
  },
  'SPR-label': {
    title: 'Spravato (esketamine) US prescribing information',
    where: 'Spravato US prescribing information',
  },
  USMed: {
    title: 'U.S. Medicine (2021): esketamine and blood pressure',
    where: 'usmedicine.com 2021',
  },
  'SPR-hcp': {
    title: 'Spravato for healthcare professionals: dosing and monitoring',
    where: 'spravatohcp.com/dosing-spravato-trd',
  },
  'FDA-REMS': { title: 'FDA: Spravato REMS', where: 'accessdata.fda.gov REMS 386' },
  'SPR-poster': {
    title: 'Esketamine readiness-for-discharge poster',
    where: 'esketamine readiness-for-discharge poster',
  },
  AccelPsych: {
    title: 'Accelerated Psychiatry: information for providers',
    where: 'acceleratedpsychiatry.com/for-providers',
  },
  'SC-esk': {
    title: 'Subcutaneous esketamine blood-pressure study',
    where: 'subcutaneous esketamine BP study',
  },
  HRS: { title: 'General home blood-pressure guidance', where: 'home BP guidance', weak: true },
  'AHA-HTN': {
    title: 'American Heart Association: hypertensive crisis, when to call 911',
    where: 'heart.org …/hypertensive-crisis-when-you-should-call-911-for-high-blood-pressure',
  },
  'AHA-CPR': {
    title: 'American Heart Association: Hands-Only CPR',
    where: 'heart.org Hands-Only CPR',
  },
  ERC: {
    title: 'European Resuscitation Council: basic life support guidelines',
    where: 'European Resuscitation Council BLS guidelines',
  },
  'Bobrow-2008': {
    title: 'Bobrow et al. 2008: gasping during cardiac arrest',
    where: 'Circulation 118:2550',
  },
  RedCross: { title: 'American Red Cross: choking (adult)', where: 'redcross.org choking (adult)' },
  'AHA-stroke': {
    title: 'American Stroke Association: F.A.S.T. signs',
    where: 'stroke.org F.A.S.T.',
  },
  'ITU-E123': {
    title: 'ITU-T E.123: notation for telephone numbers',
    where: 'ITU-T Recommendation E.123',
  },
  PMF: {
    title: 'Spravato REMS patient monitoring form',
    where: 'Spravato REMS patient monitoring form',
  },
  'JNJ-PMF': {
    title: 'Spravato REMS patient monitoring form (Janssen)',
    where: 'Spravato REMS patient monitoring form',
  },
  ZenPsych: {
    title: 'Zen Psychiatric: full medical observation',
    where: 'zenpsychiatric.com/clinic/full-medical-observation',
  },
  Zendo: { title: 'Zendo Project: psychedelic peer support principles', where: 'zendoproject.org' },
  'MAPS-Zendo': { title: 'MAPS: Zendo Project resources', where: 'maps.org Zendo resources' },
  'MAPS-FS': {
    title: 'MAPS bulletin: Fireside Project',
    where: 'maps.org Fireside Project bulletin',
  },
  PSP: { title: 'Psychedelic Spotlight', where: 'psychedelicspotlight.com' },
  Mighty: { title: 'The Mighty', where: 'themighty.com' },
  'TripSit-wiki': {
    title: 'TripSit wiki: how to tripsit in real life',
    where: 'TripSit/wiki how-to-tripsit-in-real-life',
  },
  Innerwell: {
    title: 'Innerwell: the role of a sitter',
    where: 'helloinnerwell.com/reflections/role-of-a-sitter',
  },
  'Reddit-KT': {
    title: 'r/KetamineTherapy threads (lived experience)',
    where: 'r/KetamineTherapy',
  },
  'Reddit-TK': {
    title: 'r/TherapeuticKetamine threads (lived experience)',
    where: 'r/TherapeuticKetamine',
  },
  'Reddit-IV': {
    title: 'r/KetamineTherapy and r/TherapeuticKetamine threads on IV sessions',
    where: 'r/KetamineTherapy, r/TherapeuticKetamine',
  },
  'NHS-Zana': {
    title: 'NHS recovery-position steps, via Zana',
    where: 'zana.com/a/cpr-recovery-position',
  },
  // Added after the first clinical review of Sitwell.
  '988': {
    title:
      '988 Suicide & Crisis Lifeline (US): call or text 988; immediate danger: emergency services',
    where: '988lifeline.org',
  },
  // The patient's weekly self-checks: public-domain instruments, used with their exact wording.
  'PHQ-9': {
    title:
      'PHQ-9 depression measure (Kroenke, Spitzer, Williams; J Gen Intern Med 2001;16:606-613)',
    where: 'phqscreeners.com (public domain, no permission required)',
  },
  'GAD-7': {
    title:
      'GAD-7 anxiety measure (Spitzer, Kroenke, Williams, Löwe; Arch Intern Med 2006;166:1092-7)',
    where: 'phqscreeners.com (public domain, no permission required)',
  },
  // Not a publication: marks thresholds nobody publishes, so nobody mistakes them for one.
  'SITWELL-DEFAULT': {
    title: "Sitwell's conservative default; the provider may change it (no published number)",
    where: 'Sitwell settings (no published number)',
  },
} as const satisfies Record<string, Source>;

/** A key of SOURCES. */
export type SourceKey = keyof typeof SOURCES;

/** Whether a string names a known source. */
export function isSourceKey(key: string): key is SourceKey {
  return Object.hasOwn(SOURCES, key);
}

/** The source for a key; undefined for an unknown key. */
export function sourceFor(key: string): Source | undefined {
  return isSourceKey(key) ? SOURCES[key] : undefined;
}
