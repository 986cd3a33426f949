import { describe, expect, it } from 'vitest';

import { auditDestination, checkWorkflowEndpoint, isWorkflowAllowed } from './workflow-allow';

const ALLOWED = ['https://flows.acme.example/hooks/', 'https://n8n.acme.example/webhook/sofie'];

describe('isWorkflowAllowed', () => {
  it.each([
    'https://n8n.acme.example/webhook/sofie',
    'https://flows.acme.example/hooks/escalate',
    'https://flows.acme.example/hooks/team/a?sig=abc',
    'https://FLOWS.acme.example:443/hooks/escalate',
  ])('allows %s', (url) => {
    expect(isWorkflowAllowed(url, ALLOWED)).toBe(true);
  });

  it.each([
    'http://n8n.acme.example/webhook/sofie',
    'https://n8n.acme.example/webhook/sofie2',
    'https://n8n.acme.example/webhook/sofie/more',
    'https://n8n.acme.example/webhook/sofie?x=1',
    'https://flows.acme.example/hooks',
    'https://flows.acme.example/hooksmith/x',
    'https://flows.acme.example/hooks/../admin',
    'https://flows.acme.example/hooks/%2e%2e/admin',
    'https://flows.acme.example.evil.example/hooks/x',
    'https://flows.acme.example:8443/hooks/x',
    'https://user@flows.acme.example/hooks/x',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isWorkflowAllowed(url, ALLOWED)).toBe(false);
  });

  it('allows nothing when the list is not set or empty', () => {
    expect(isWorkflowAllowed('https://n8n.acme.example/webhook/sofie', null)).toBe(false);
    expect(isWorkflowAllowed('https://n8n.acme.example/webhook/sofie', [])).toBe(false);
  });

  it('says why it refuses', () => {
    expect(checkWorkflowEndpoint('https://x.example/a', null)).toMatchObject({
      ok: false,
      problem: { code: 'handoff-workflows-off' },
    });
    expect(checkWorkflowEndpoint('https://x.example/a', ALLOWED)).toMatchObject({
      ok: false,
      problem: { code: 'handoff-endpoint-not-allowed' },
    });
    expect(checkWorkflowEndpoint('http://x.example/a', ALLOWED)).toMatchObject({
      ok: false,
      problem: { code: 'handoff-endpoint-invalid' },
    });
  });
});

describe('auditDestination', () => {
  it('keeps no query string, where webhook secrets live', () => {
    expect(auditDestination('https://flows.acme.example/hooks/a?sig=secret#x')).toBe(
      'https://flows.acme.example/hooks/a',
    );
  });
});
