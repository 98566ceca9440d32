import type { Content } from '../schemas/content.js';
import { skillKey } from './heatmap.js';

export interface WorkshopDraft {
  title: string;
  practiceTask: string;
  readings: { title: string; authors: string[]; why: string; url: string | null }[];
  agenda: string[];
  lengthMinutes: number;
}

const READINGS = 3;

/** The catalogue skill a map's skill name stands for: by name or id, else the one whose name contains it. */
function catalogueSkillFor(content: Content, skill: string) {
  const key = skillKey(skill);
  return (
    content.skills.find((s) => skillKey(s.name) === key || s.id === key.replaceAll(' ', '-')) ??
    content.skills.find((s) => skillKey(s.name).includes(key) || key.includes(skillKey(s.name)))
  );
}

/**
 * Growth-map guide, mentoring formats (team mentoring and workshops): a gap becomes a session
 * with a practice task from the framework content, a few readings and an agenda the lead edits.
 */
export function workshopDraft(content: Content, skill: string): WorkshopDraft {
  const name = skill.trim();
  const catalogue = catalogueSkillFor(content, name);
  const task = catalogue ? content.practiceTasks.find((t) => t.skills.includes(catalogue.id)) : undefined;
  const readings = catalogue
    ? content.readings
        .filter((r) => r.skills.includes(catalogue.id))
        .slice(0, READINGS)
        .map((r) => ({ title: r.title, authors: r.authors, why: r.why, url: r.url ?? null }))
    : [];
  const practiceTask = task
    ? `${task.title}. ${task.scenario} Constraints: ${task.constraints.join(' ')} Deliverable: ${task.deliverable}`
    : `Take a real piece of the team's work that needs ${name}, and produce something reviewable in the session: a short design note, a change, or a written decision.`;
  const practiceMinutes = Math.min(task?.timeBoxMinutes ?? 60, 120);
  const agenda = [
    `10 min: why ${name} is a gap for the team, from the heatmap`,
    ...(catalogue ? [`10 min: what Practitioner looks like: ${catalogue.levels.practitioner}`] : []),
    `${practiceMinutes} min: the practice task, in pairs of an experienced and a newer person`,
    '15 min: each pair shows what they made; compare approaches',
    ...(readings.length > 0 ? ['5 min: the readings to follow up with'] : []),
    '5 min: each person names one thing to try in their next learning cycle',
  ];
  return {
    title: `Workshop: ${name}`,
    practiceTask,
    readings,
    agenda,
    lengthMinutes: 45 + practiceMinutes + (catalogue ? 10 : 0),
  };
}
