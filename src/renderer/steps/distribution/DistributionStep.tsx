import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useListSection, useSingletonSection } from '../../forms/useSection';
import { StepFindings } from '../../findings/StepFindings';

/** Who holds an off-line copy of the plan, in which form and which version; the related documents and their copies. */
export function DistributionStep() {
  const { t } = useTranslation();
  // Loaded so the documents' fallback-location picker can show names.
  useListSection('locations');
  const current = String(useSingletonSection('organisation').data?.planVersion ?? '').trim();
  return (
    <div className="distribution-step">
      <p className="current-version">
        {current ? t('peoplePlaces.currentVersion', { version: current }) : t('peoplePlaces.noCurrentVersion')}
      </p>
      <StepFindings step="distribution" />
      <ListSectionEditor
        section="distribution"
        columns={['holder', 'holderName', 'form', 'versionHeld']}
        rowFlag={(copy) => {
          const held = String(copy.versionHeld ?? '').trim();
          return current && held && held !== current ? t('peoplePlaces.outdatedCopy') : null;
        }}
      />
      <h3>{t('lists.documents.title')}</h3>
      <p className="muted">{t('standards.documents.intro')}</p>
      <ListSectionEditor section="documents" columns={['title', 'kind', 'paperCopy', 'copyLocations']} />
    </div>
  );
}
