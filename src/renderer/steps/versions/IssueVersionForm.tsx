import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store';

export function IssueVersionForm({ suggestedNumber }: { suggestedNumber: string }) {
  const { t } = useTranslation();
  const issueVersion = useStore((s) => s.issueVersion);
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  // Issuing stamps the whole plan in one transaction, which the window cannot keep for later.
  const fileAway = useStore((s) => s.mediaTrouble !== null);
  const [number, setNumber] = useState(suggestedNumber);
  const [comment, setComment] = useState('');
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await issueVersion({ number: number.trim(), comment, approvedBy, approvedOn })) {
      setComment('');
    }
  };

  return (
    <form className="section-form issue-version" onSubmit={(event) => void submit(event)}>
      <h3>{t('versions.issueTitle')}</h3>
      <p className="muted">{t('versions.issueIntro')}</p>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('versions.number')}</span>
          <input value={number} disabled={readOnly} onChange={(e) => setNumber(e.target.value)} maxLength={20} />
        </label>
        <label className="field">
          <span className="field-label">{t('versions.approvedBy')}</span>
          <input
            value={approvedBy}
            disabled={readOnly}
            onChange={(e) => setApprovedBy(e.target.value)}
            maxLength={500}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('versions.approvedOn')}</span>
          <input type="date" value={approvedOn} disabled={readOnly} onChange={(e) => setApprovedOn(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">{t('versions.comment')}</span>
        <textarea
          rows={2}
          value={comment}
          disabled={readOnly}
          onChange={(e) => setComment(e.target.value)}
          maxLength={10_000}
        />
      </label>
      {fileAway && (
        <p className="field-error" role="note" data-testid="issue-waits">
          {t('media.issueWaits')}
        </p>
      )}
      <button type="submit" className="primary" disabled={readOnly || fileAway || !number.trim()}>
        {t('versions.issue')}
      </button>
    </form>
  );
}
