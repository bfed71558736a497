import { Phone } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSection } from '../../../domain/plan';
import { callOrder } from '../../../domain/rules/callTree';
import { INCIDENT_LEVELS, type IncidentLevel } from '../../../domain/sections/alarm';
import { personPhones } from '../../../domain/sections/people';
import { useListSection } from '../../forms/useSection';
import type { ListItem } from '../../store/sectionsSlice';

function titleOf(sectionKey: string, item: ListItem | undefined): string {
  const section = findSection(sectionKey);
  const field = section?.kind === 'list' ? section.titleField : 'name';
  return item ? String(item[field] ?? '') : '';
}

/** Who is called for an incident of a chosen level, in order, main contact before deputy, with their numbers. */
export function CallTreeView() {
  const { t } = useTranslation();
  const entries = useListSection('callTree');
  const roles = useListSection('roles');
  const people = useListSection('people');
  const [level, setLevel] = useState<IncidentLevel | ''>('');
  if (!entries || !roles || !people) return null;

  const calls = callOrder(entries, roles, level || null);
  const personById = new Map(people.map((person) => [person.id, person]));

  return (
    <section className="call-tree" aria-labelledby="call-tree-title">
      <h3 id="call-tree-title">{t('risksIncidents.callTree.title')}</h3>
      <label className="call-tree-level">
        {t('risksIncidents.callTree.forLevel')}{' '}
        <select value={level} onChange={(event) => setLevel(event.target.value as IncidentLevel | '')}>
          <option value="">{t('risksIncidents.callTree.allLevels')}</option>
          {INCIDENT_LEVELS.map((option) => (
            <option key={option} value={option}>
              {t(`choices.incidentLevel.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {entries.length === 0 && roles.length > 0 && <p className="muted">{t('risksIncidents.callTree.fromRoles')}</p>}
      {calls.length === 0 ? (
        <p className="muted">{t('risksIncidents.callTree.empty')}</p>
      ) : (
        <ol className="call-tree-list">
          {calls.map((call, index) => {
            const entry = entries.find((e) => e.id === call.entryId);
            return (
              <li key={call.entryId ?? `${call.roleId}-${index}`}>
                <strong>
                  {titleOf(
                    'roles',
                    roles.find((role) => role.id === call.roleId),
                  ) || call.roleId}
                </strong>
                {entry?.label ? <span className="muted"> — {String(entry.label)}</span> : null}
                {call.fromLevel ? (
                  <span className="level-badge">{t(`choices.incidentLevel.${call.fromLevel}`)}</span>
                ) : null}
                {call.contacts.length === 0 ? (
                  <p className="muted">{t('risksIncidents.callTree.noContacts')}</p>
                ) : (
                  <ul>
                    {call.contacts.map((contact) => {
                      const person = personById.get(contact.personId);
                      const phones = person
                        ? personPhones(person, { includePrivate: false }).map((phone) => phone.number)
                        : [];
                      return (
                        <li key={contact.personId}>
                          {titleOf('people', person) || contact.personId}{' '}
                          <span className="muted">({t(`risksIncidents.callTree.${contact.kind}`)})</span>
                          {phones.length > 0 && (
                            <span className="call-phones">
                              <Phone size={14} aria-hidden="true" /> {phones.join(' · ')}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
