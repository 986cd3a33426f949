/**
 * Server-sent events as OpenAI-compatible servers send them: `data: <json>` lines, events split by
 * a blank line, `data: [DONE]` at the end. Yields each event's data.
 */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = '';

  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += decoder.decode(value, { stream: !done });
      buffer = buffer.replace(/\r\n?/g, '\n');

      let end = buffer.indexOf('\n\n');
      while (end !== -1) {
        const data = eventData(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (data === '[DONE]') return;
        if (data !== undefined) yield data;
        end = buffer.indexOf('\n\n');
      }

      if (done) {
        const data = eventData(buffer);
        if (data !== undefined && data !== '[DONE]') yield data;
        return;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function eventData(event: string): string | undefined {
  const lines = event
    .split('\n')
    .filter((l) => l.startsWith('data:'))
    .map((l) => l.slice(5).replace(/^ /, ''));
  return lines.length ? lines.join('\n') : undefined;
}
