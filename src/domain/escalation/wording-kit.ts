// The shape of one escalation prompt's words, shared by the wording tables (wording-emergency.ts,
// wording-provider.ts) and the index that gathers them (wording.ts).

/** Which step-by-step help the emergency screen shows with a prompt. */
export type EmergencySteps = 'cpr' | 'recovery' | 'ask-breathing' | 'choking';

/** What the sitter sees for one prompt. */
export interface Wording {
  /** What to do, e.g. "Call emergency services now". */
  title: string;
  /** Why, in one line. */
  reason: string;
  /** For calls: what to tell the person who answers. */
  tell?: string;
  /** What to do while waiting or before calling, and what to do if it gets worse. */
  meanwhile?: string;
  /** The first-aid steps to show (emergency prompts). */
  steps?: EmergencySteps;
  /** Show the 988 Suicide & Crisis Lifeline (US) with this prompt. */
  crisisLine?: boolean;
  /** Offer the backup contact before the provider. */
  backupFirst?: boolean;
  /** Words that replace these while no dose is given (a session started without one). */
  beforeDose?: Partial<Pick<Wording, 'reason' | 'tell' | 'meanwhile'>>;
}
