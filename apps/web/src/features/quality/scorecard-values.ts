import type { CreateScorecardInput, Scorecard } from '@kontakt/contracts';

export interface CriterionValues {
  id: string;
  label: string;
  weight: number;
  critical: boolean;
}
export interface SectionValues {
  id: string;
  title: string;
  criteria: CriterionValues[];
}
export interface ScorecardValues {
  name: string;
  description: string;
  passMark: number;
  active: boolean;
  sections: SectionValues[];
}

/** A stable key from a label (`Ověří totožnost` → `overi-totoznost`), unique among `taken`. */
export function keyFrom(label: string, taken: Set<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'l')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'item';
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  taken.add(key);
  return key;
}

export const emptyCriterion = (): CriterionValues => ({ id: '', label: '', weight: 1, critical: false });
export const emptySection = (): SectionValues => ({ id: '', title: '', criteria: [emptyCriterion()] });

export const initialScorecard = (s?: Scorecard): ScorecardValues =>
  s
    ? {
        name: s.name,
        description: s.description,
        passMark: s.passMark,
        active: s.active,
        sections: s.sections.map((sec) => ({
          id: sec.id,
          title: sec.title,
          criteria: sec.criteria.map((c) => ({
            id: c.id,
            label: c.label,
            weight: c.weight,
            critical: c.critical,
          })),
        })),
      }
    : { name: '', description: '', passMark: 80, active: true, sections: [emptySection()] };

/** Form values → request body; new sections and criteria get keys from their titles. */
export function toScorecardInput(v: ScorecardValues): CreateScorecardInput {
  const taken = new Set(v.sections.flatMap((s) => [s.id, ...s.criteria.map((c) => c.id)]).filter(Boolean));
  return {
    name: v.name,
    description: v.description,
    passMark: v.passMark,
    active: v.active,
    sections: v.sections.map((s) => ({
      id: s.id || keyFrom(s.title, taken),
      title: s.title,
      criteria: s.criteria.map((c) => ({
        id: c.id || keyFrom(c.label, taken),
        label: c.label,
        description: '',
        weight: c.weight,
        critical: c.critical,
      })),
    })),
  };
}
