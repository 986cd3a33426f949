import type { MouseEvent } from 'react';

import { t } from '@/lib/i18n';
import type { PanelSearchGroup } from '@/lib/messaging/protocol';
import type { SearchHit } from '@/lib/salesforce/search';

/**
 * The result list of the search combobox, grouped by object. Options are not focusable: focus stays
 * in the text box and `aria-activedescendant` points here. A click opens the record like a link
 * (Ctrl, Cmd, Shift or the middle button: in a new tab).
 */
export function SearchResults(props: {
  id: string;
  groups: PanelSearchGroup[];
  hidden: boolean;
  busy: boolean;
  active: number;
  optionId: (index: number) => string;
  onOpen: (hit: SearchHit, newTab: boolean) => void;
}) {
  const { id, groups, active, optionId, onOpen } = props;
  let index = 0;

  const open = (hit: SearchHit) => (event: MouseEvent) => {
    event.preventDefault();
    onOpen(hit, event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1);
  };

  return (
    <div
      id={id}
      role="listbox"
      aria-label={t('searchResultsLabel')}
      aria-busy={props.busy}
      className="sofie-search__list"
      hidden={props.hidden}
    >
      {groups.map((group) => (
        <div
          key={group.objectApiName}
          role="group"
          aria-labelledby={`${id}-${group.objectApiName}`}
          className="sofie-search__group"
          data-search-group={group.objectApiName}
        >
          <div
            role="presentation"
            id={`${id}-${group.objectApiName}`}
            className="sofie-search__group-label"
          >
            {group.label}
          </div>
          {group.hits.map((hit) => {
            const at = index++;
            return (
              <div
                key={hit.id}
                id={optionId(at)}
                role="option"
                aria-selected={at === active}
                className={`sofie-search__option${at === active ? ' sofie-search__option--active' : ''}`}
                data-record-id={hit.id}
                data-object={hit.objectApiName}
                onMouseDown={(event) => event.preventDefault()}
                onClick={open(hit)}
                onAuxClick={open(hit)}
              >
                <span className="sofie-search__name">{hit.name}</span>
                {hit.details.length > 0 && (
                  <span className="sofie-search__details sofie-muted">
                    {hit.details.join(' · ')}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
