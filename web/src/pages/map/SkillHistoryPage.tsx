import { Page } from '../../components/Page.js';

export default function SkillHistoryPage() {
  return <Page title="SkillHistoryPage">Not built yet.</Page>;
}
