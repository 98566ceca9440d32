import { Page } from '../../components/Page.js';

export default function TokensPage() {
  return <Page title="TokensPage">Not built yet.</Page>;
}
