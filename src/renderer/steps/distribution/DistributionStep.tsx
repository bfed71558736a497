import { useTranslation } from 'react-i18next';
import { ListSectionEditor } from '../../forms/ListSectionEditor';
import { useSingletonSection } from '../../forms/useSection';
import { StepFindings } from '../../findings/StepFindings';

/** Who holds an off-line copy of the plan, in which form and which version. */
export function DistributionStep() {
  const { t } = useTranslation();
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
    </div>
  );
}
