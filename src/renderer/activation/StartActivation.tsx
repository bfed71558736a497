import { Siren } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVATION_KINDS, type ActivationKind } from '../../domain/sections/activation';
import { INCIDENT_LEVELS, type IncidentLevel } from '../../domain/sections/alarm';
import { useListSection, useWordingContext } from '../forms/useSection';
import { useStore } from '../store';
import { type Problem, toProblem } from '../store/errors';
import { useActivationUi } from './activationUi';
import { useActiveActivation } from './useActivation';
import { problemText } from '../app/problemText';

/** "Start incident or exercise" in the plan header; hidden while one is running. */
export function StartActivationButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const active = useActiveActivation();
  const readOnly = useStore((s) => s.plan?.readOnly !== null);
  // The dialog leaves the page with the button once the activation runs, without its close event:
  // forget it was open, or it would come back when the activation is closed.
  useEffect(() => {
    if (active) setOpen(false);
  }, [active]);
  if (active || readOnly) return null;
  return (
    <>
      <button type="button" className="start-activation" onClick={() => setOpen(true)}>
        <Siren size={16} aria-hidden="true" /> {t('activation.startButton')}
      </button>
      {open && <StartDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** One of a few options as large radio buttons, labelled from the `choices.<optionSet>` catalogue. */
function BigChoice<Option extends string>({
  legend,
  name,
  options,
  optionSet,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  optionSet: string;
  value: Option;
  onChange: (option: Option) => void;
}) {
  const { t } = useTranslation();
  const context = useWordingContext();
  return (
    <fieldset className="field">
      <legend className="field-label">{legend}</legend>
      <div className="choice-group">
        {options.map((option) => (
          <label key={option} className="choice big-choice">
            <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
            {t(`choices.${optionSet}.${String(option)}`, { context })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function StartDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const scenarios = useListSection('scenarios') ?? [];
  const people = useListSection('people') ?? [];
  const invokeWhileReachable = useStore((s) => s.invokeWhileReachable);
  const loadList = useStore((s) => s.loadList);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { by, setBy, setConsulting } = useActivationUi();
  const [kind, setKind] = useState<ActivationKind>('incident');
  const [level, setLevel] = useState<IncidentLevel>('major');
  const [chosen, setChosen] = useState<string[]>([]);
  const [working, setWorking] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const toggle = (id: string) =>
    setChosen((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));

  const start = async () => {
    setWorking(true);
    setProblem(null);
    try {
      // One transaction in main that cannot be kept in the window: refused while the plan file is away.
      await invokeWhileReachable('activation.start', {
        kind,
        level,
        scenarios: chosen,
        at: new Date().toISOString(),
        by: by.trim(),
      });
      await Promise.all(['activations', 'activationEvents', 'incidents'].map((section) => loadList(section)));
      setConsulting(false);
      dialog.current?.close();
    } catch (error) {
      // Said in the dialog: the notice bar lies behind a modal dialog.
      setProblem(toProblem(error));
      setWorking(false);
    }
  };

  return (
    <dialog ref={dialog} className="start-activation-dialog" aria-labelledby="start-activation-title" onClose={onClose}>
      <h2 id="start-activation-title">{t('activation.start.title')}</h2>
      <p className="lead">{t('activation.start.intro')}</p>
      <BigChoice
        legend={t('activation.start.kind')}
        name="activation-kind"
        options={ACTIVATION_KINDS}
        optionSet="activationKind"
        value={kind}
        onChange={setKind}
      />
      <BigChoice
        legend={t('activation.start.level')}
        name="activation-level"
        options={INCIDENT_LEVELS}
        optionSet="incidentLevel"
        value={level}
        onChange={setLevel}
      />
      <fieldset className="field">
        <legend className="field-label">{t('activation.start.scenarios')}</legend>
        {scenarios.length === 0 && <p className="muted">{t('activation.start.noScenarios')}</p>}
        <div className="choice-group">
          {scenarios.map((scenario) => (
            <label key={scenario.id} className="choice big-choice">
              <input type="checkbox" checked={chosen.includes(scenario.id)} onChange={() => toggle(scenario.id)} />
              {String(scenario.title ?? '') || t('common.unnamed')}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label className="field-label" htmlFor="activation-by">
          {t('activation.start.by')}
        </label>
        <span className="field-hint" id="activation-by-hint">
          {t('activation.start.byHint')}
        </span>
        <input
          id="activation-by"
          type="text"
          list="activation-people"
          autoComplete="off"
          aria-describedby="activation-by-hint"
          value={by}
          onChange={(event) => setBy(event.target.value)}
        />
        <datalist id="activation-people">
          {people.map((person) => (
            <option key={person.id} value={String(person.name ?? '')} />
          ))}
        </datalist>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problemText(t, problem)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="quiet" onClick={() => dialog.current?.close()}>
          {t('activation.start.cancel')}
        </button>
        <button type="button" className="primary" disabled={working} onClick={() => void start()}>
          {t('activation.start.confirm')}
        </button>
      </div>
    </dialog>
  );
}
