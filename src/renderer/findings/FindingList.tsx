import { TriangleAlert } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupFindings } from '../../domain/findingGroups';
import type { Finding } from '../../domain/healthTypes';
import { useStore } from '../store';
import { useFindingText, useUnnamedItem } from './useFindingText';

/** Enough to act on; a long incident log can raise thousands, which would bury the step itself. */
export const SHOWN_AT_FIRST = 10;

export interface FindingListProps {
  findings: readonly Finding[];
  /** An extra way to fix a finding on the spot (add the missing backup). */
  action?: (finding: Finding) => ReactNode;
  /** Follows a finding on the screen itself; returns false to go to its field as usual. */
  followHere?: (finding: Finding) => boolean;
  /** Whether to name the step where each group is fixed (on the overview). */
  showStep?: boolean;
  /** Whether a group shows its items at once (on a step) or on request (on the overview). */
  openGroups?: boolean;
}

/**
 * Findings grouped by kind: a kind found once is one sentence with its link; a kind found several
 * times is one line with its count ("6 services have no recovery lead") that opens to the items,
 * each a link to the item and field where it is fixed.
 */
export function FindingList({ findings, action, followHere, showStep = false, openGroups = false }: FindingListProps) {
  const { t } = useTranslation();
  const text = useFindingText();
  const unnamed = useUnnamedItem();
  const followFinding = useStore((s) => s.followFinding);
  const [showAll, setShowAll] = useState(false);
  const groups = groupFindings(findings);
  const shown = showAll ? groups : groups.slice(0, SHOWN_AT_FIRST);
  const itemsOf = (findingsOfGroup: readonly Finding[]) =>
    showAll ? findingsOfGroup : findingsOfGroup.slice(0, SHOWN_AT_FIRST);
  const hidden = !showAll && (groups.length > SHOWN_AT_FIRST || groups.some((g) => g.findings.length > SHOWN_AT_FIRST));
  const follow = (finding: Finding) => {
    if (!followHere?.(finding)) followFinding(finding);
  };
  const link = (finding: Finding, label: string) => (
    <>
      <a
        href={`#/${finding.step}`}
        onClick={(event) => {
          event.preventDefault();
          follow(finding);
        }}
      >
        {label}
      </a>
      {action?.(finding)}
    </>
  );
  // Inside a group the kind is said once: an item is named, unless its sentence says more than its name.
  const entryLabel = (finding: Finding) =>
    Object.keys(finding.params).length > 1 ? text(finding) : String(finding.itemTitle || unnamed(finding));
  return (
    <>
      <ul className="finding-groups">
        {shown.map((group) => {
          const first = group.findings[0]!;
          const where = showStep ? (
            <span className="muted finding-step"> · {t(`steps.${first.step}.title`)}</span>
          ) : null;
          return (
            <li
              key={group.code}
              className={`finding-group severity-${group.severity}${group.findings.length === 1 ? ' finding' : ''}`}
              data-code={group.code}
            >
              {group.findings.length === 1 ? (
                <>
                  {link(first, text(first))}
                  {where}
                </>
              ) : (
                <details open={openGroups}>
                  <summary>
                    {t(`findings.groups.${group.code}`, {
                      count: group.findings.length,
                      defaultValue: `${text(first)} (${t('findings.groupMore', { count: group.findings.length - 1 })})`,
                    })}
                    {where}
                  </summary>
                  <ul>
                    {itemsOf(group.findings).map((finding, index) => (
                      <li key={`${finding.itemId ?? ''}-${finding.field ?? ''}-${index}`} className="finding">
                        {link(finding, entryLabel(finding))}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {hidden && (
        <button type="button" onClick={() => setShowAll(true)}>
          {t('findings.showAll', { count: findings.length })}
        </button>
      )}
    </>
  );
}

/** The heading of a list of findings: a warning sign and how many there are. */
export function FindingsHeading({ id, count }: { id: string; count: number }) {
  const { t } = useTranslation();
  return (
    <h3 id={id}>
      <TriangleAlert size={18} aria-hidden="true" /> {t('findings.count', { count })}
    </h3>
  );
}
