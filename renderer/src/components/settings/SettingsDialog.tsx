// Document settings: the rates and tables every cost is worked out from. Each change is stored
// (and undoable) as soon as it is made, like everything else in the document.
import { useState } from 'react';
import { actions } from '../../store';
import { Dialog } from '../common/Dialog';
import { DesignRuleSettings } from './DesignRuleSettings';
import { EqualitySettings } from './EqualitySettings';
import { FundingSettings } from './FundingSettings';
import { GeneralSettings } from './GeneralSettings';
import { GradeSettings } from './GradeSettings';
import { OrganisationSettings } from './OrganisationSettings';
import { RedundancySettings } from './RedundancySettings';
import './settings.css';

const TABS = [
  { id: 'general', label: 'General and on-costs', Panel: GeneralSettings },
  { id: 'organisations', label: 'Employing organisations', Panel: OrganisationSettings },
  { id: 'funding', label: 'Funding sources', Panel: FundingSettings },
  { id: 'grades', label: 'Grades and pay', Panel: GradeSettings },
  { id: 'rules', label: 'Design rules', Panel: DesignRuleSettings },
  { id: 'redundancy', label: 'Redundancy', Panel: RedundancySettings },
  { id: 'equality', label: 'Equality profile', Panel: EqualitySettings },
] as const;

export function SettingsDialog() {
  const [tab, setTab] = useState<(typeof TABS)[number]['id']>('general');
  const close = () => actions().closeDialog();
  const current = TABS.find((t) => t.id === tab)!;
  return (
    <Dialog
      title="Document settings"
      onClose={close}
      wide
      actions={
        <button type="button" className="btn btn-primary" onClick={close}>
          Done
        </button>
      }
    >
      <div className="settings">
        <div role="tablist" aria-label="Settings" aria-orientation="vertical" className="settings-tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`settings-tab-${t.id}`}
              aria-selected={t.id === tab}
              aria-controls={`settings-panel-${t.id}`}
              tabIndex={t.id === tab ? 0 : -1}
              className={t.id === tab ? 'settings-tab settings-tab-active' : 'settings-tab'}
              onClick={() => setTab(t.id)}
              onKeyDown={(e) => {
                const i = TABS.findIndex((x) => x.id === tab);
                const next = e.key === 'ArrowDown' ? i + 1 : e.key === 'ArrowUp' ? i - 1 : -1;
                if (next >= 0 && next < TABS.length) {
                  e.preventDefault();
                  setTab(TABS[next]!.id);
                  document.getElementById(`settings-tab-${TABS[next]!.id}`)?.focus();
                }
              }}
            >
              {t.label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`settings-panel-${tab}`} aria-labelledby={`settings-tab-${tab}`} className="settings-panel">
          <current.Panel />
        </div>
      </div>
    </Dialog>
  );
}
