import { ActionRecord } from '../components/ActionRecord';
import { ScreenHeading } from '../components/ScreenHeading';
import { dialHref } from '../domain/contacts/contacts';
import { telHref } from '../domain/contacts/emergency-number';
import { readingLines } from '../domain/escalation/emergency-card';
import { actionsSince, latestEscalation, ruleWording } from '../domain/escalation/status';
import type { Wording } from '../domain/escalation/wording';
import { formatDuration } from '../domain/format/duration';
import { clockTime } from '../domain/format/time';
import { useNow } from '../platform/clock';
import { navigate, PATHS } from '../platform/router';
import { useSessionStore } from '../state/services';
import { useActiveSession } from '../state/use-active-session';
import { useContacts } from '../state/use-contacts';

const hhmm = (at: number): string => clockTime(at);

/** Call the provider: who and how, what to tell them, and a record of the call. */
export default function ProviderScreen() {
  const store = useSessionStore();
  const now = useNow(1000);
  const view = useActiveSession(now);
  const contacts = useContacts(view?.session);
  if (!view) return null;
  const last = latestEscalation(view.entries);
  // Only a provider-tier warning says why; reached another way, the sitter describes what they see.
  const shown = last?.data.tier === 'call-provider' ? last : undefined;
  const ruleIds = shown?.data.ruleIds ?? [];
  const wordings = ruleIds.map(ruleWording).filter((w): w is Wording => w !== undefined);
  const providerTel = telHref(contacts.providerPhone);
  const backupTel = telHref(contacts.backupPhone);
  const who = contacts.providerName || 'the provider';
  const { doseAt } = view.fold;
  const readings = readingLines(view.fold.latestVitals, hhmm);
  const meanwhile = [...new Set(wordings.map((w) => w.meanwhile).filter((m): m is string => !!m))];

  return (
    <main class="stack" aria-labelledby="provider-heading">
      <ScreenHeading id="provider-heading">Call the provider</ScreenHeading>
      {shown ? (
        <div class="banner warn">
          {wordings.map((w) => (
            <p key={w.reason}>
              <strong>{w.reason}</strong>
            </p>
          ))}
          <p class="small">Noted at {hhmm(shown.at)}.</p>
        </div>
      ) : (
        <p>Call the provider whenever something worries you.</p>
      )}
      {providerTel ? (
        <a class="call-link provider-call" href={providerTel}>
          Call {who} ({contacts.providerPhone})
        </a>
      ) : (
        <div class="banner error" role="status">
          <p>
            <strong>No phone number for the provider is set.</strong> Add it under Contacts; it is
            kept for every session.
          </p>
          <button onClick={() => navigate(PATHS.contacts)}>Add the provider’s number</button>
        </div>
      )}
      {meanwhile.map((m) => (
        <p key={m}>{m}</p>
      ))}

      <section class="card" aria-labelledby="tell-heading">
        <h2 id="tell-heading">What to tell them</h2>
        <ul>
          {wordings.map((w) => w.tell && <li key={w.tell}>{w.tell}</li>)}
          {wordings.length === 0 && (
            <li>What you see now, in your own words, and what you have tried.</li>
          )}
          <li>
            Time since the dose:{' '}
            {doseAt !== undefined
              ? `${formatDuration(now - doseAt)} (taken at ${hhmm(doseAt)})`
              : 'not recorded'}
          </li>
          {readings.length > 0 ? (
            readings.map((r) => <li key={r}>{r}</li>)
          ) : (
            <li>No measurements recorded yet.</li>
          )}
        </ul>
      </section>

      <button
        class="block"
        onClick={() =>
          void store.append({
            kind: 'escalation-action',
            data: { action: 'called-provider', ruleIds },
          })
        }
      >
        I’ve called the provider
      </button>
      <ActionRecord
        actions={actionsSince(view.entries, shown ?? last).filter(
          (a) => a.data.action === 'called-provider',
        )}
      />

      {backupTel && (
        <p>
          Can’t reach them? Backup contact:{' '}
          <a href={backupTel}>
            {contacts.backupName || 'Call backup'} ({contacts.backupPhone})
          </a>
        </p>
      )}
      <p>
        If things get worse, or you are unsure, call emergency services:{' '}
        <a href={dialHref(contacts.emergencyNumber)}>Call {contacts.emergencyNumber}</a>
      </p>
      <button class="block" onClick={() => navigate(PATHS.session)}>
        Back to the timer
      </button>
    </main>
  );
}
