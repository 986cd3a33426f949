import type { Intent } from './types';

/**
 * Which question a person asked, by keywords in English (and German). Order matters: the more
 * specific intents come first, so "what is overdue?" is not read as "what is open?".
 */
const INSTRUCTION =
  /^(?:please\s+|bitte\s+)?(?:set|change|update|make|move|put|mark|push|shift|setze?|ändere?|verschiebe?|aktualisiere?)\s/i;

const PATTERNS: readonly [Intent, RegExp][] = [
  ['help', /^(?:help|hilfe|\?)\W*$|what can (?:you|i) (?:do|ask)|how do i use|was kannst du/i],
  [
    'summary',
    /summar|overview|what matters|what(?:'s| is) important|tl;?dr|brief me|zusammenfass|überblick|was ist wichtig/i,
  ],
  [
    'mainContact',
    /(?:main|key|primary) contact|contact person|decision.?maker|who (?:should|do) (?:i|we) (?:talk|speak|call|contact)|who is (?:the|our) contact|ansprechpartner|hauptkontakt|entscheider/i,
  ],
  [
    'lastContact',
    /\blast (?:contact|talk|touch|call|spoke|activity|interaction|meeting|email)|when did (?:we|i|you|anyone) (?:last )?(?:talk|speak|spoke|call|meet|contact|email|hear)|(?:letzte[nrms]?|zuletzt).{0,20}(?:kontakt|gespräch|gesprochen|aktivität|telefonat)|wann.{0,30}zuletzt/i,
  ],
  [
    'nextContact',
    /\bnext (?:contact|call|meeting|activity|touch|appointment|event|task)|upcoming|what(?:'s| is) planned|scheduled|nächste[nrms]? (?:kontakt|termin|gespräch|aufgabe)|geplant/i,
  ],
  ['overdue', /overdue|past due|\blate\b|behind|missed|slipp|überfällig|verspätet|verpasst/i],
  ['open', /\bopen\b|outstanding|pending|unresolved|in progress|to ?do|\boffen/i],
  [
    'owner',
    /owner|who owns|owned by|responsible|assigned|account manager|inhaber|besitzer|verantwortlich|zuständig/i,
  ],
  ['caseStatus', /\bcases?\b|ticket|support|complaint|quality issue|\bfall\b|fälle|reklamation/i],
  [
    'dealStatus',
    /\bdeal|opportunit|\bstage\b|amount|close ?date|pipeline|forecast|verkaufschance|\bphase\b|betrag|abschluss/i,
  ],
  ['projectHealth', /project|milestone|health|on track|at risk|projekt|meilenstein/i],
  [
    'status',
    /\bstatus\b|how (?:is|are) (?:it|things|we) going|where (?:are|do) we stand|stand der dinge/i,
  ],
];

export function isInstruction(question: string): boolean {
  return INSTRUCTION.test(question.trim()) && !question.trim().endsWith('?');
}

export function matchIntent(question: string): Intent | undefined {
  const text = question.trim();
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}
