/**
 * The shapes of the `data/` files as Review reads them back. A bundle comes from outside: every record is checked
 * before the screen uses it, so a hand-edited file fails here with its line named instead of somewhere in React.
 */
import { z } from 'zod';
import { TIMELINE_KINDS } from '../case/timeline';
import { CASE_STATUSES, ENTITY_KINDS, LINK_KINDS, SUBJECT_ROLES } from '../model';

const text = z.string();
const sourceRef = z.object({
  importId: text,
  evidenceId: text,
  locator: z.object({ row: z.number().optional(), sheet: text.optional(), path: text.optional() }),
});
const propertyValue = z.object({ value: z.union([text, z.number()]), sources: z.array(sourceRef) });

export const entitySchema = z.object({
  id: text,
  kind: z.enum(ENTITY_KINDS as [string, ...string[]]),
  key: text,
  properties: z.record(text, z.array(propertyValue)),
  sources: z.array(sourceRef),
  importIds: z.array(text),
  sortName: text,
  sortTime: text,
  sortNumber: z.number(),
  facets: z.array(text),
  terms: z.array(text),
  tags: z.array(text),
  note: text.optional(),
  createdAt: text,
  updatedAt: text,
});

export const linkSchema = z.object({
  id: text,
  kind: z.enum(Object.keys(LINK_KINDS) as [string, ...string[]]),
  from: text,
  to: text,
  role: text.optional(),
  score: z.number().optional(),
  reason: text.optional(),
  sources: z.array(sourceRef),
  importIds: z.array(text),
  createdAt: text,
  updatedAt: text,
});

export const evidenceLineSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  name: text,
  otherNames: z.array(text),
  mediaType: text,
  size: z.number().int().nonnegative(),
  sourceUrl: text.optional(),
  capturedAt: text.optional(),
  capturedBy: text.optional(),
  importedAt: text,
  importIds: z.array(text),
  reason: z.enum(['attached', 'source']),
});

export const timelineSchema = z.object({
  key: text,
  kind: z.enum(TIMELINE_KINDS),
  at: text,
  time: z.number(),
  title: text,
  detail: text,
  target: z.object({ type: z.enum(['entity', 'evidence', 'note']), id: text }),
});

export const caseFileSchema = z.object({
  case: z.object({
    id: text,
    title: text,
    reference: text,
    status: z.enum(CASE_STATUSES),
    owner: text,
    tags: z.array(text),
    summary: text,
    createdAt: text,
    updatedAt: text,
  }),
  items: z.array(
    z.union([
      z.object({
        id: text,
        caseId: text,
        addedAt: text,
        type: z.literal('entity'),
        targetId: text,
        role: z.enum(SUBJECT_ROLES),
      }),
      z.object({ id: text, caseId: text, addedAt: text, type: z.literal('evidence'), targetId: text }),
    ]),
  ),
  notes: z.array(
    z.object({
      id: text,
      caseId: text.optional(),
      targetId: text.optional(),
      author: text,
      body: text,
      createdAt: text,
      updatedAt: text,
    }),
  ),
  views: z.array(
    z.object({
      id: text,
      caseId: text.optional(),
      name: text,
      nodeIds: z.array(text),
      positions: z.record(text, z.object({ x: z.number(), y: z.number() })),
      settings: z.record(text, z.unknown()),
      createdAt: text,
      updatedAt: text,
    }),
  ),
});

const member = z.object({ id: text, kind: z.enum(ENTITY_KINDS as [string, ...string[]]), caption: text });
export const networksSchema = z.array(
  z.looseObject({
    id: text,
    rank: z.number(),
    score: z.number(),
    scoreReason: text,
    size: z.number(),
    members: z.array(member),
    ties: z.array(member.omit({ caption: true }).extend({ value: text, members: z.number() })),
    firstSeen: text.optional(),
    lastSeen: text.optional(),
    listings: z.number(),
    shipments: z.number(),
    seizures: z.number(),
    analysisId: text,
    memberIds: z.array(text),
  }),
);
