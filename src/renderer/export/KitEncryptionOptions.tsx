import { useTranslation } from 'react-i18next';
import { PassphraseFields } from './PassphraseFields';
import { ProtectionNotice } from './ProtectionNotice';

export interface KitEncryption {
  enabled: boolean;
  /** Null until it is long enough and typed the same twice. */
  passphrase: string | null;
  documents: 'without-private' | 'none';
}

/** The off-line kit's option to encrypt its plan copy, and what then happens to the documents beside it. */
export function KitEncryptionOptions({
  value,
  onChange,
}: {
  value: KitEncryption;
  onChange: (next: KitEncryption) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="kit-encryption">
      <label className="choice">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(event) => onChange({ ...value, enabled: event.target.checked, passphrase: null })}
        />
        {t('encryption.kit.option')}
      </label>
      {value.enabled && (
        <>
          <PassphraseFields onChange={(passphrase) => onChange({ ...value, passphrase })} />
          <fieldset className="field">
            <legend className="field-label">{t('encryption.kit.documents')}</legend>
            {(['without-private', 'none'] as const).map((documents) => (
              <label key={documents} className="choice">
                <input
                  type="radio"
                  name="kit-documents"
                  checked={value.documents === documents}
                  onChange={() => onChange({ ...value, documents })}
                />
                {t(documents === 'none' ? 'encryption.kit.none' : 'encryption.kit.withoutPrivate')}
              </label>
            ))}
          </fieldset>
          <ProtectionNotice />
        </>
      )}
    </div>
  );
}
