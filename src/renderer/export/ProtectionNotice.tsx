import { useTranslation } from 'react-i18next';

/** Says plainly what an encrypted copy protects, what it does not, and that a lost passphrase is gone. */
export function ProtectionNotice() {
  const { t } = useTranslation();
  return (
    <div className="protection-notice">
      <h3>{t('encryption.protected.title')}</h3>
      <ul>
        <li>{t('encryption.protected.copy')}</li>
      </ul>
      <h3>{t('encryption.notProtected.title')}</h3>
      <ul>
        <li>{t('encryption.notProtected.laptop')}</li>
        <li>{t('encryption.notProtected.exports')}</li>
      </ul>
      <p className="banner banner-warning">{t('encryption.lost')}</p>
    </div>
  );
}
