import { useId, type KeyboardEvent } from 'react';

import { t } from '@/lib/i18n';
import type { PanelSnapshot } from '@/lib/panel-state';

import { searchKeyAction } from './search-keys';
import { SearchProblem } from './search-problem';
import { SearchResults } from './search-results';
import { useSearch, type SearchState } from './use-search';

/** The org a search box searches: only views that have a connection to the tab's own org. */
export function searchableOrg(snapshot: PanelSnapshot | undefined) {
  return snapshot?.kind === 'record' || snapshot?.kind === 'page' ? snapshot.connection : undefined;
}

/**
 * Record search in the org of the followed tab, as an ARIA combobox: focus stays in the text box,
 * the arrows move the active result, Enter opens it, and a live region says how many were found.
 */
export function SearchBox({ orgId }: { orgId: string }) {
  const id = useId();
  const { state, type, setActive, close, openRecord } = useSearch(orgId);
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const activeHit = state.expanded ? state.hits[state.active] : undefined;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = searchKeyAction(event, {
      expanded: state.expanded,
      active: state.active,
      count: state.hits.length,
      hasTerm: state.term !== '',
    });
    if (action.kind === 'none') return;
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        setActive(action.index);
        document.getElementById(optionId(action.index))?.scrollIntoView({ block: 'nearest' });
        return;
      case 'open': {
        const hit = state.hits[action.index];
        if (hit) openRecord(hit, action.newTab);
        return;
      }
      case 'close':
        close();
        return;
      case 'clear':
        type('');
        return;
    }
  };

  return (
    <div className="sofie-search" role="search" data-search-phase={state.phase}>
      <label className="sofie-search__label" htmlFor={inputId}>
        {t('searchLabel')}
      </label>
      <input
        id={inputId}
        className="sofie-input sofie-search__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={state.expanded}
        aria-controls={listId}
        aria-activedescendant={activeHit ? optionId(state.active) : undefined}
        aria-describedby={`${id}-keys`}
        value={state.term}
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span id={`${id}-keys`} className="slds-assistive-text">
        {t('searchKeysHint')}
      </span>
      <p className="sofie-search__status sofie-muted" role="status" data-search-status>
        {statusText(state)}
      </p>
      {state.phase === 'problem' && state.problem && <SearchProblem problem={state.problem} />}
      <SearchResults
        id={listId}
        groups={state.groups}
        hidden={!state.expanded}
        busy={state.phase === 'searching'}
        active={state.active}
        optionId={optionId}
        onOpen={openRecord}
      />
    </div>
  );
}

function statusText(state: SearchState): string {
  switch (state.phase) {
    case 'idle':
    case 'problem':
      return '';
    case 'short':
      return t('searchHintShort');
    case 'searching':
      return t('searchSearching');
    case 'done':
      if (state.hits.length === 0) return t('searchEmpty', state.term.trim());
      return state.hits.length === 1
        ? t('searchCountOne')
        : t('searchCount', String(state.hits.length));
  }
}
