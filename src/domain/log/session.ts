import type { Contacts } from '../contacts/contacts';
import type { ClinicLink } from '../protocol/clinic';
import type { Protocol } from '../protocol/protocol';
import type { SessionDigest } from './session-digest';

/** A monitored session. Everything about its course lives in its entries. */
export interface SessionRecord {
  id: string;
  createdAt: number;
  status: 'active' | 'ended';
  /** The protocol in force when the session started, so later edits don't rewrite history. */
  protocol: Protocol;
  /** Contacts and emergency-card details as they were at the start. */
  contacts: Contacts;
  people: { sitterName: string; patientName?: string };
  schemaVersion: number;
  /** Figures for lists, written when the session ends (or backfilled); absent on older records. */
  digest?: SessionDigest;
  /** Shared live with the clinic, as the sitter and the patient agreed; absent when not. */
  live?: LiveShare;
}

/** What the sitter and the patient agreed to share live, and with whom. */
export interface LiveShare {
  clinic: ClinicLink;
  /** The patient's choices, as for an export: their private entries go only when ticked. */
  includePatientWords: boolean;
  includePatientEntries: boolean;
  agreedAt: number;
}
