import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import type { ListItem } from '../../store/sectionsSlice';

/** The validation checks of one playbook: what to check after recovery, and the result to expect. */
export function PlaybookChecks({ scenario }: { scenario: ListItem }) {
  const { t } = useTranslation();
  const ofThisPlaybook = useCallback((check: ListItem) => check.scenario === scenario.id, [scenario.id]);
  return (
    <section className="playbook-checks" aria-labelledby="playbook-checks-title">
      <h3 id="playbook-checks-title">
        {t('lists.playbookChecks.title')}: {String(scenario.title || t('common.unnamed'))}
      </h3>
      <p className="muted">{t('standards.checks.intro')}</p>
      <ListSectionEditor
        section="playbookChecks"
        columns={['check', 'expected', 'role']}
        only={['check', 'expected', 'role']}
        itemFilter={ofThisPlaybook}
        newItem={{ scenario: scenario.id }}
      />
    </section>
  );
}
