import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '../../domain/passphrase';

/** Typed twice, with a strength hint; `onChange` gets the passphrase once both agree and it is long enough, else null. */
export function PassphraseFields({ onChange }: { onChange: (passphrase: string | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [visible, setVisible] = useState(false);
  const strength = passphraseStrength(first);
  const mismatch = second !== '' && first !== second;

  const update = (nextFirst: string, nextSecond: string) => {
    setFirst(nextFirst);
    setSecond(nextSecond);
    onChange(passphraseStrength(nextFirst) !== 'too-short' && nextFirst === nextSecond ? nextFirst : null);
  };

  return (
    <div className="passphrase-fields">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-first`}>
          {t('encryption.passphrase')}
        </label>
        <input
          id={`${id}-first`}
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          spellCheck={false}
          value={first}
          aria-describedby={`${id}-strength`}
          onChange={(event) => update(event.target.value, second)}
        />
        <span
          id={`${id}-strength`}
          className={`field-hint passphrase-strength passphrase-${strength}`}
          aria-live="polite"
        >
          {strength === 'too-short'
            ? t('encryption.tooShort', { min: MIN_PASSPHRASE_LENGTH })
            : t(`encryption.strength.${strength}`)}
        </span>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-second`}>
          {t('encryption.repeat')}
        </label>
        <input
          id={`${id}-second`}
          type={visible ? 'text' : 'password'}
          autoComplete="new-password"
          spellCheck={false}
          value={second}
          aria-invalid={mismatch}
          onChange={(event) => update(first, event.target.value)}
        />
        {mismatch && <span className="field-error">{t('encryption.mismatch')}</span>}
      </div>
      <label className="choice">
        <input type="checkbox" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
        {t('encryption.show')}
      </label>
    </div>
  );
}
