import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../domain/health';
import { dateLanguage, formatDate } from '../../../i18n/dates';
import { sectionTitle } from '../../forms/sectionTitle';
import { useStore } from '../../store';
import { TableScroll } from '../../forms/TableScroll';

export function RecordOfChanges() {
  const { t, i18n } = useTranslation();
  const record = useStore((s) => s.changeRecord);
  const language = dateLanguage(i18n.language);
  return (
    <section aria-labelledby="record-title">
      <h3 id="record-title">{t('versions.recordTitle')}</h3>
      {record.length === 0 ? (
        <p className="muted">{t('versions.recordEmpty')}</p>
      ) : (
        <TableScroll labelledBy="record-title">
          <table className="list-table">
            <thead>
              <tr>
                <th scope="col">{t('versions.number')}</th>
                <th scope="col">{t('versions.issuedAt')}</th>
                <th scope="col">{t('versions.approvedBy')}</th>
                <th scope="col">{t('versions.sectionsChanged')}</th>
                <th scope="col">{t('versions.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {record.map((entry) => (
                <tr key={entry.number}>
                  <td>{entry.number}</td>
                  <td>{formatDate(localIsoDate(new Date(entry.issuedAt)), language)}</td>
                  <td>
                    {entry.approvedBy}
                    {entry.approvedOn && <span className="muted"> ({formatDate(entry.approvedOn, language)})</span>}
                  </td>
                  <td>{entry.sectionsChanged.map((key) => sectionTitle(t, key)).join(', ')}</td>
                  <td className="pre-line">{entry.comment}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
