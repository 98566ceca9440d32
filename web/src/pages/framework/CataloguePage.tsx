import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import type { Category } from '../../../../src/schemas/common.js';
import type { CatalogueSkill, Content } from '../../../../src/schemas/content.js';
import type { Destination } from '../../../../src/schemas/map.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { SelectField, TextField } from '../../components/fields.js';
import { AnnounceProvider } from '../../components/announce.js';
import { categories, categoryOptions, levelDefinitions, levels } from '../../components/format.js';
import { useMap } from '../../api/map.js';
import { AddToDestination } from './AddToDestination.js';
import { useFramework } from '../../api/framework.js';
import { listWords, stageNameIn } from './words.js';
import './framework.css';

export default function CataloguePage() {
  const framework = useFramework();
  const map = useMap();
  return (
    <Page title="Skills catalogue">
      <p className="lead">
        Skills that bridge to destinations, with what each mastery level looks like in practice. Add one to a destination in one
        step; it starts at Novice, aiming for Practitioner, and you can change both on your map.
      </p>
      {framework.isPending || map.isPending ? (
        <Loading what="Loading the catalogue" />
      ) : framework.isError ? (
        <LoadError error={framework.error} />
      ) : map.isError ? (
        <LoadError error={map.error} />
      ) : (
        <AnnounceProvider>
          <Catalogue content={framework.data} destinations={map.data.destinations.filter((d) => d.status === 'active')} />
        </AnnounceProvider>
      )}
    </Page>
  );
}

function matches(skill: CatalogueSkill, words: string[]): boolean {
  const text = [skill.name, skill.description, categories[skill.category].label, ...Object.values(skill.levels)]
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}

function Catalogue({ content, destinations }: { content: Content; destinations: Destination[] }) {
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const query = useDeferredValue(search);
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const found = content.skills.filter((s) => (!category || s.category === category) && matches(s, words));
  const where = category ? ` in ${categories[category].label}` : '';
  return (
    <>
      <div role="search" aria-label="Skills" className="catalogue-filters">
        <TextField label="Search skills" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label="Category"
          options={[{ value: '', label: 'All categories' }, ...categoryOptions]}
          value={category}
          onChange={(e) => setCategory(e.target.value as Category | '')}
        />
      </div>
      <p role="status" className="muted">
        {found.length === content.skills.length
          ? `All ${found.length} skills`
          : `${found.length} of ${content.skills.length} skills`}
      </p>
      {destinations.length === 0 ? (
        <p className="notice">
          To add a skill you need an active destination. <Link to="/map">Add one in the map editor</Link> or{' '}
          <Link to="/framework/wizard">tailor your Growth Map</Link>.
        </p>
      ) : null}
      {found.length === 0 ? (
        <div className="empty-results">
          <p>
            No skills match{query.trim() ? ` “${query.trim()}”` : ''}
            {where}.
          </p>
          <p>Try a shorter or different word (such as “testing” or “mentoring”){category ? ', or choose All categories' : ''}.</p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSearch('');
              setCategory('');
            }}
          >
            Show all skills
          </button>
        </div>
      ) : (
        <ul className="catalogue">
          {found.map((skill) => (
            <li key={skill.id}>
              <SkillEntry skill={skill} content={content} destinations={destinations} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function SkillEntry({ skill, content, destinations }: { skill: CatalogueSkill; content: Content; destinations: Destination[] }) {
  return (
    <article className="card catalogue-skill" aria-labelledby={`skill-${skill.id}`}>
      <h2 id={`skill-${skill.id}`}>{skill.name}</h2>
      <p className="catalogue-meta">
        <span className="tag">{categories[skill.category].label}</span>{' '}
        <span className="muted">Stages: {listWords(skill.stages.map((s) => stageNameIn(content, s)))}</span>
      </p>
      <p>{skill.description}</p>
      <dl className="level-behaviours">
        {levels.map((level) => (
          <div key={level}>
            <dt>
              {levelDefinitions[level].label} ({levelDefinitions[level].letter})
            </dt>
            <dd>{skill.levels[level]}</dd>
          </div>
        ))}
      </dl>
      {destinations.length > 0 ? <AddToDestination skill={skill} destinations={destinations} /> : null}
    </article>
  );
}
