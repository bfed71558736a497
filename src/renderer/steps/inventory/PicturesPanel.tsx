import { ArrowDown, ArrowUp } from 'lucide-react';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PICTURE_LIMITS } from '../../../domain/pictures';
import type { ResultOf } from '../../../ipc/contract';
import { invoke } from '../../api';
import { problemText } from '../../app/problemText';
import { useStore } from '../../store';
import { type Problem, toProblem } from '../../store/errors';

type PictureView = ResultOf<'pictures.list'>[number];

const MEGABYTE = 1024 * 1024;

/**
 * The plan's pictures (a network diagram): the file is chosen in main's own dialog and checked
 * there by its bytes; the page shows what main sends back, as a data: URL.
 */
export function PicturesPanel() {
  const { t, i18n } = useTranslation();
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  const [pictures, setPictures] = useState<PictureView[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState('');
  const headingId = useId();
  const p = 'servicesInventory.pictures';

  const load = useCallback(async () => {
    try {
      setPictures(await invoke('pictures.list'));
    } catch (error) {
      setProblem(toProblem(error));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const run = async (work: () => Promise<void>) => {
    setProblem(null);
    setStatus('');
    try {
      await work();
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  const add = () =>
    run(async () => {
      const added = await invoke('pictures.add', {});
      if (!added) return;
      setPictures((list) => [...list, added]);
      setStatus(t(`${p}.added`));
    });
  const remove = (id: string) =>
    run(async () => {
      await invoke('pictures.remove', { id });
      setPictures((list) => list.filter((picture) => picture.id !== id));
    });
  const move = (id: string, toIndex: number) =>
    run(async () => {
      const order = await invoke('pictures.move', { id, toIndex });
      setPictures((list) => order.flatMap((pictureId) => list.find((picture) => picture.id === pictureId) ?? []));
    });
  const saveCaption = (picture: PictureView, caption: string) =>
    caption === picture.caption
      ? Promise.resolve()
      : run(async () => {
          const saved = await invoke('pictures.caption', { id: picture.id, caption });
          setPictures((list) => list.map((other) => (other.id === saved.id ? saved : other)));
        });
  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(
      bytes / 1024,
    );

  return (
    <section className="pictures-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`${p}.title`)}</h3>
      <p className="hint">
        {t(`${p}.intro`, {
          megabytes: PICTURE_LIMITS.bytes / MEGABYTE,
          totalMegabytes: PICTURE_LIMITS.totalBytes / MEGABYTE,
        })}
      </p>
      {pictures.length === 0 ? <p className="muted">{t(`${p}.none`)}</p> : null}
      <ol className="pictures">
        {pictures.map((picture, index) => (
          <li key={picture.id} className="picture">
            <figure>
              <img
                src={picture.dataUrl}
                alt={picture.caption || t(`${p}.label`, { number: index + 1 })}
                width={picture.width}
                height={picture.height}
              />
              <figcaption>
                {t(`${p}.label`, { number: index + 1 })} ·{' '}
                {t(`${p}.size`, { width: picture.width, height: picture.height, size: size(picture.bytes) })}
              </figcaption>
            </figure>
            <label>
              {t(`${p}.caption`)}
              <input
                type="text"
                defaultValue={picture.caption}
                maxLength={PICTURE_LIMITS.caption}
                readOnly={readOnly}
                onBlur={(event) => void saveCaption(picture, event.target.value)}
              />
            </label>
            {readOnly ? null : (
              <div className="item-actions">
                <button
                  type="button"
                  disabled={index === 0}
                  onClick={() => void move(picture.id, index - 1)}
                  aria-label={`${t('common.moveUp')}: ${t(`${p}.label`, { number: index + 1 })}`}
                  title={t('common.moveUp')}
                >
                  <ArrowUp size={16} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  disabled={index === pictures.length - 1}
                  onClick={() => void move(picture.id, index + 1)}
                  aria-label={`${t('common.moveDown')}: ${t(`${p}.label`, { number: index + 1 })}`}
                  title={t('common.moveDown')}
                >
                  <ArrowDown size={16} aria-hidden="true" />
                </button>
              </div>
            )}
            {readOnly ? null : (
              <button
                type="button"
                onClick={() => void remove(picture.id)}
                aria-label={`${t(`${p}.remove`)}: ${t(`${p}.label`, { number: index + 1 })}`}
              >
                {t(`${p}.remove`)}
              </button>
            )}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <button type="button" onClick={() => void add()}>
          {t(`${p}.add`)}
        </button>
      )}
      <p role="status">{status}</p>
      {problem ? (
        <p role="alert" className="problem">
          {problemText(t, problem)}
        </p>
      ) : null}
    </section>
  );
}
