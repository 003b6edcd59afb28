import { useEffect, useMemo, useState } from 'preact/hooks';
import { FileDropZone } from '../components/common/FileDropZone';
import { ProblemList } from '../components/common/ProblemList';
import { ProtocolEditor } from '../components/before/ProtocolEditor';
import { ProtocolValues } from '../components/before/ProtocolValues';
import { ScreenHeading } from '../components/common/ScreenHeading';
import { dayDateTime } from '../domain/format/time';
import { stripBidiControls } from '../domain/parse/bidi';
import { groupDigits, type ImportProblem } from '../domain/parse/untrusted-json';
import { decodeProtocolFragment, isProtocolFragment } from '../domain/protocol/fragment';
import type { Protocol, ProtocolRecord } from '../domain/protocol/protocol';
import { protocolInForce } from '../domain/protocol/stored';
import { MAX_PROTOCOL_FILE_BYTES, validateProtocolText } from '../domain/protocol/validation';
import type { ClinicLink } from '../domain/protocol/clinic';
import { clinicLinkProblem } from '../domain/relay/clinic-key';
import { now } from '../platform/clock';
import { sha256Hex } from '../platform/crypto';
import { goBack } from '../platform/router';
import { useSessionSnapshot } from '../state/services';
import { useSetting } from '../state/use-setting';

/** The URL fragment, kept current; `clear` removes it without adding a history entry. */
function useHash(): [string, () => void] {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const update = (): void => setHash(location.hash);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  const clear = (): void => {
    history.replaceState(history.state, '', location.pathname);
    setHash('');
  };
  return [hash, clear];
}

/**
 * The provider's protocol: every value and where it came from; import from a file or a link; reset.
 */
export default function ProtocolScreen() {
  const { session } = useSessionSnapshot();
  const setting = useSetting('protocol');
  const contacts = useSetting('contacts');
  const rec = setting.value;
  const [problems, setProblems] = useState<ImportProblem[]>();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [hash, clearHash] = useHash();
  const link = useMemo(
    () => (isProtocolFragment(hash) ? decodeProtocolFragment(hash) : undefined),
    [hash],
  );

  const [linkRefused, setLinkRefused] = useState<string>();
  useEffect(() => {
    setLinkRefused(undefined);
    const clinic = link?.ok ? link.clinic : undefined;
    if (clinic) void clinicLinkProblem(clinic, location.origin, sha256Hex).then(setLinkRefused);
  }, [link]);

  const save = async (next: ProtocolRecord, done: string): Promise<boolean> => {
    const result = await setting.save(next);
    setStatus(result.ok ? done : '');
    setError(result.ok ? '' : result.message);
    return result.ok;
  };
  const apply = async (
    values: Partial<Protocol>,
    from: string,
    clinic?: ClinicLink,
  ): Promise<boolean> => {
    const n = Object.keys(values).length;
    // A clinic this app cannot send to (another origin, a fingerprint not of its key) is refused
    // with the whole protocol: the provider meant them together.
    const refused = clinic && (await clinicLinkProblem(clinic, location.origin, sha256Hex));
    if (refused) {
      setProblems([{ path: 'clinic', message: refused }]);
      setStatus('');
      return false;
    }
    return save(
      { values, importedAt: now(), ...(clinic && { clinic }) },
      `Imported ${n} setting${n === 1 ? '' : 's'} from ${from}. Everything else uses Sitwell’s ` +
        `defaults.`,
    );
  };

  const onFile = async (file: File): Promise<void> => {
    setStatus('');
    // Refused before reading, so a huge file never has to fit in memory.
    const result =
      file.size > MAX_PROTOCOL_FILE_BYTES
        ? {
            ok: false as const,
            problems: [
              {
                path: '',
                message:
                  `File size: got ${groupDigits(file.size)} bytes, must be at most ` +
                  `${groupDigits(MAX_PROTOCOL_FILE_BYTES)} bytes (64 KB).`,
              },
            ],
          }
        : validateProtocolText(await file.text());
    setProblems(result.ok ? undefined : result.problems);
    if (result.ok) await apply(result.values, `“${stripBidiControls(file.name)}”`, result.clinic);
  };

  if (!rec)
    return setting.loadError ? (
      <p class="banner error" role="alert">
        {setting.loadError}
      </p>
    ) : (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  const inForce = protocolInForce(rec);
  const setAside = inForce.refused.length > 0;
  const imported = rec.importedAt === undefined ? '' : ` (imported ${dayDateTime(rec.importedAt)})`;
  const fromProvider =
    !setAside && rec.importedAt !== undefined && Object.keys(rec.values).length > 0;

  return (
    <main class="stack" aria-labelledby="protocol-heading">
      <ScreenHeading id="protocol-heading">Provider’s protocol</ScreenHeading>
      {link && (
        <section class="card" aria-labelledby="link-heading">
          <h2 id="link-heading">A protocol from a link</h2>
          {link.ok && linkRefused ? (
            <>
              <ProblemList
                title="This link’s protocol can’t be used here. Nothing was changed."
                problems={[{ path: 'clinic', message: linkRefused }]}
              />
              <button onClick={clearHash}>Dismiss</button>
            </>
          ) : link.ok ? (
            <>
              <p>
                {link.issuedBy ? `Issued by ${link.issuedBy}` : 'The issuer is not named'}
                {link.issuedAt ? `, ${link.issuedAt}` : ''}. Applying it replaces the current
                protocol; settings it leaves out use Sitwell’s defaults.
              </p>
              {link.clinic && (
                <p>
                  For live sharing it names <strong>{link.clinic.name}</strong>. Key fingerprint:
                  <strong class="fingerprint"> {link.clinic.fingerprint}</strong>. Nothing is shared
                  until you and the patient agree before a session.
                </p>
              )}
              <ProtocolValues values={link.values} only label="Settings in the link" />
              <div class="row">
                <button
                  class="primary"
                  onClick={() =>
                    void apply(link.values, 'the link', link.clinic).then((ok) => ok && clearHash())
                  }
                >
                  Apply this protocol
                </button>
                <button onClick={clearHash}>Cancel</button>
              </div>
            </>
          ) : (
            <>
              <ProblemList
                title="This link’s protocol can’t be used. Nothing was changed."
                problems={link.problems}
              />
              <button onClick={clearHash}>Dismiss</button>
            </>
          )}
        </section>
      )}
      {session && (
        <p class="banner warn">
          A session is running: it keeps the protocol it started with. Changes here apply to the
          next session.
        </p>
      )}
      {setAside && (
        <ProblemList
          title={
            `The saved protocol${imported} can’t be used, so Sitwell’s defaults are in use. It ` +
            `is kept as it was: import a corrected protocol from the provider, or reset.`
          }
          problems={inForce.refused}
        />
      )}
      <p>
        {fromProvider
          ? `From the provider, imported ${dayDateTime(rec.importedAt!)}.`
          : setAside
            ? 'The saved protocol is set aside: Sitwell’s conservative defaults are in use.'
            : 'No protocol imported: Sitwell’s conservative defaults are in use.'}{' '}
        Ask the provider for their protocol file or link; Sitwell supports their plan and does not
        replace it.
      </p>
      {status && (
        <p class="banner ok" role="status">
          {status}
        </p>
      )}
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      <ProtocolValues
        values={setAside ? {} : rec.values}
        importedAt={rec.importedAt}
        label="Protocol in use"
        fromContacts={contacts.value}
      />

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import from a file</h2>
        {/* A drop zone, not a bare file input: its words wrap on a narrow screen. */}
        <FileDropZone
          id="protocol-file"
          title="Protocol file from the provider (.json)"
          hint="Tap to choose the file, or drop it here."
          accept=".json,application/json"
          busy={false}
          onFile={(file) => void onFile(file)}
        />
        {problems && (
          <ProblemList
            title={
              `Nothing was imported: the file has ` +
              `${problems.length === 1 ? 'a problem' : `${problems.length} problems`}. The ` +
              `protocol in use is unchanged.`
            }
            problems={problems}
          />
        )}
      </section>

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Reset</h2>
        {!confirmReset ? (
          <button onClick={() => setConfirmReset(true)}>Reset to defaults</button>
        ) : (
          <div class="row">
            <span>Remove the provider’s values and use Sitwell’s defaults?</span>
            <button
              class="danger"
              onClick={() =>
                void save({ values: {} }, 'Reset: Sitwell’s defaults are in use.').then(() =>
                  setConfirmReset(false),
                )
              }
            >
              Yes, reset
            </button>
            <button onClick={() => setConfirmReset(false)}>Keep the protocol</button>
          </div>
        )}
      </section>

      <details class="card">
        <summary>For providers: create a protocol link or file</summary>
        <ProtocolEditor
          initial={inForce.protocol}
          providerSet={fromProvider ? (Object.keys(rec.values) as (keyof Protocol)[]) : []}
          onApply={(values) => void apply(values, 'the form')}
        />
      </details>
      <button onClick={goBack}>Back</button>
    </main>
  );
}
