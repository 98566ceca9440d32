import type { RatedSkill } from '../../../../src/schemas/mentorRatings.js';
import { levelName } from '../../components/format.js';
import { differenceWords } from './words.js';

/** Each skill with the engineer's own level beside each mentor's latest rating, differences in words. */
export function RatingsTable({ skills, caption }: { skills: readonly RatedSkill[]; caption: string }) {
  return (
    <div className="ratings">
      <table className="ratings-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Own</th>
            <th scope="col">Mentor</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {skills.map((skill) => {
            const ratings = skill.mentors.length > 0 ? skill.mentors : null;
            return (
              <tr key={skill.skillId}>
                <th scope="row">
                  {skill.name}
                  <span className="ratings-destination">{skill.destinationTitle}</span>
                </th>
                <td>{levelName(skill.selfLevel)}</td>
                <td>
                  {ratings
                    ? ratings.map((r) => (
                        <p key={r.id} className="rating">
                          {levelName(r.level)} <span className="muted">({r.mentor.name})</span>
                          {r.note ? <span className="rating-note">{r.note}</span> : null}
                        </p>
                      ))
                    : '—'}
                </td>
                <td>
                  {ratings
                    ? ratings.map((r) => (
                        <p key={r.id} className={`rating difference-${r.difference}`}>
                          {differenceWords[r.difference]}
                        </p>
                      ))
                    : differenceWords['not-rated']}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
