import { Page } from '../../components/Page.js';

export default function JoinPage() {
  return <Page title="JoinPage">Not built yet.</Page>;
}
