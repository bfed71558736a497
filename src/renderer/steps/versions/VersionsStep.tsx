import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';
import { IssueVersionForm } from './IssueVersionForm';
import { OutdatedCopies } from './OutdatedCopies';
import { RecordOfChanges } from './RecordOfChanges';
import { VersionComparison } from './VersionComparison';

export function VersionsStep() {
  const { t } = useTranslation();
  const overview = useStore((s) => s.versionOverview);
  const loadVersions = useStore((s) => s.loadVersions);
  const [compareFrom, setCompareFrom] = useState<string | null>(null);

  useEffect(() => {
    void loadVersions();
  }, [loadVersions]);

  if (!overview) return null;
  const newest = overview.versions[0];
  return (
    <div className="versions">
      <p className="versions-summary">
        <strong>{newest ? t('versions.current', { number: newest.number }) : t('versions.noVersion')}</strong>{' '}
        {t('versions.changesSince', { count: overview.changesSinceLast })}
      </p>
      <IssueVersionForm key={overview.suggestedNumber} suggestedNumber={overview.suggestedNumber} />
      <RecordOfChanges />
      <OutdatedCopies
        currentVersion={newest?.number ?? ''}
        issued={overview.versions.map((v) => v.number)}
        onShowChanges={setCompareFrom}
      />
      {overview.versions.length > 0 && (
        <VersionComparison
          key={compareFrom ?? ''}
          versions={overview.versions.map((v) => v.number)}
          initialFrom={compareFrom ?? undefined}
        />
      )}
    </div>
  );
}
