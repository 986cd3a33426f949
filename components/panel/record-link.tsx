import type { MouseEvent } from 'react';

import { sendMessage } from '@/lib/messaging/protocol';

import { useWindowId } from './window-context';

/**
 * Opens a record in the tab the panel follows (or a new tab with Ctrl/Cmd/Shift/middle click) at
 * the Lightning page of the right org; the background builds the URL from the connection's host.
 */
export function RecordLink(props: {
  objectApiName: string;
  recordId: string;
  label: string;
  field?: string;
}) {
  const windowId = useWindowId();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const newTab = event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1;
    void sendMessage('panelOpenRecord', {
      windowId,
      objectApiName: props.objectApiName,
      recordId: props.recordId,
      newTab,
      field: props.field,
    });
  };

  return (
    <a href="#" onClick={open} onAuxClick={open} data-record-link={props.recordId}>
      {props.label}
    </a>
  );
}
