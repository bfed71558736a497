import { ExternalLink, FolderOpen } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { problemText } from '../app/problemText';
import { type Problem, toProblem } from '../store/errors';

/**
 * "Open file" and "Show in folder" under what an export wrote. Main opens only a path it wrote
 * itself in this session, so these buttons pass back the path main answered with, nothing else.
 */
export function WrittenFileActions({ path, folder = false }: { path: string; folder?: boolean }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const show = async (how: 'open' | 'folder') => {
    setProblem(null);
    try {
      await invoke('file.show', { path, how });
    } catch (error) {
      setProblem(toProblem(error));
    }
  };
  return (
    <div className="written-file-actions">
      <button type="button" onClick={() => void show('open')}>
        <ExternalLink size={16} aria-hidden="true" />{' '}
        {t(folder ? 'exports.panel.openFolder' : 'exports.panel.openFile')}
      </button>
      <button type="button" onClick={() => void show('folder')}>
        <FolderOpen size={16} aria-hidden="true" /> {t('exports.panel.showInFolder')}
      </button>
      {problem && (
        <p className="banner banner-warning" role="alert">
          {problemText(t, problem)}
        </p>
      )}
    </div>
  );
}
