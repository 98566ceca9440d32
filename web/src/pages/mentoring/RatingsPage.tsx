import { useRatings } from '../../api/mentoring.js';
import { LoadError, Loading, Page } from '../../components/Page.js';
import { RatingsTable } from './RatingsTable.js';
import './mentoring.css';

const TITLE = 'Self and mentor ratings';

/** The engineer's own level next to each mentor's, with the differences marked: a second opinion, never a verdict. */
export default function RatingsPage() {
  const ratings = useRatings();
  return (
    <Page title={TITLE}>
      <p className="lead">
        Your own level on each skill next to your mentors’ latest ratings. Where they differ is worth a conversation; your level
        stays yours to set on the map.
      </p>
      {ratings.isPending ? (
        <Loading what="Loading the ratings" />
      ) : ratings.isError ? (
        <LoadError error={ratings.error} />
      ) : ratings.data.length === 0 ? (
        <p>Your map has no skills yet.</p>
      ) : (
        <RatingsTable skills={ratings.data} caption="Skills, your level and your mentors’ ratings" />
      )}
    </Page>
  );
}
