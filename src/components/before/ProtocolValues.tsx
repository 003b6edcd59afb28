import { dayDate } from '../../domain/format/time';
import { DEFAULT_LABEL, isUnsourcedDefault } from '../../domain/protocol/defaults-basis';
import { protocolValueText } from '../../domain/protocol/display';
import { PROTOCOL_FIELD_LABEL } from '../../domain/protocol/fields';
import { DEFAULT_PROTOCOL, type Protocol } from '../../domain/protocol/protocol';
import { PROTOCOL_KEYS } from '../../domain/protocol/schema';

const KEYS = PROTOCOL_KEYS;

/** Where a value came from, in words. */
function sourceText(
  key: keyof Protocol,
  fromProvider: boolean,
  importedAt: number | undefined,
): string {
  if (fromProvider)
    return importedAt !== undefined
      ? `From the provider, imported ${dayDate(importedAt)}`
      : 'From the provider';
  // [SPR-label] 140/90 is the label's general guide to weigh delaying, not a rule for every
  // patient.
  if (key === 'preDoseBp')
    return 'Default: the esketamine label’s general guide; the provider may change it';
  if (isUnsourcedDefault(key)) return DEFAULT_LABEL;
  return 'Default';
}

/**
 * Every protocol value with its source. With `only`, just the values `values` sets (an import
 * preview); otherwise provider values over the defaults (the protocol in force).
 */
export function ProtocolValues({
  values,
  importedAt,
  only = false,
  label,
  fromContacts,
}: {
  values: Partial<Protocol>;
  importedAt?: number | undefined;
  only?: boolean;
  label: string;
  /** The provider as the sitter's contacts hold it: shown where the protocol names none. */
  fromContacts?: { providerName: string; providerPhone: string };
}) {
  const shown = only ? KEYS.filter((k) => values[k] !== undefined) : KEYS;
  const effective: Partial<Protocol> = only ? values : { ...DEFAULT_PROTOCOL, ...values };
  return (
    <div role="group" aria-label={label}>
      <dl class="facts">
        {shown.map((key) => {
          const fromProvider = values[key] !== undefined;
          const contact =
            !only && !fromProvider && (key === 'providerName' || key === 'providerPhone')
              ? fromContacts?.[key].trim()
              : undefined;
          return (
            <div key={key}>
              <dt>{PROTOCOL_FIELD_LABEL[key]}</dt>
              <dd>
                <span class="pre-line">
                  {contact ||
                    protocolValueText(key, effective) ||
                    (key === 'closingBp' ? 'Same as the limit before dosing' : '')}
                </span>
                {!only && (
                  <span class={`source small ${fromProvider ? 'provider' : 'muted'}`}>
                    {contact ? 'From your contacts' : sourceText(key, fromProvider, importedAt)}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
