import type { RecordContacts as Contacts } from '../../domain/report/record-format';

// What a record carries besides its log: the provider it names, and the patient's other medicines
// and allergies as the sitter wrote them down. (The home address and backup contact stay home.)

/** The provider, other medicines and allergies from a record, as a description list. */
export function RecordContacts({ contacts }: { contacts: Contacts }) {
  const provider = [contacts.providerName, contacts.providerPhone].filter(Boolean).join(', ');
  const rows: [string, string][] = [
    ['Provider', provider],
    ['Other medicines', contacts.medications],
    ['Allergies', contacts.allergies],
    ['Emergency number', contacts.emergencyNumber],
  ];
  return (
    <div role="group" aria-label="Contacts and health notes">
      <dl class="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class="pre-line">{value.trim() || '—'}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
