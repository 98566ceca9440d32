import { Page } from '../../components/Page.js';

export default function AdminPage() {
  return <Page title="AdminPage">Not built yet.</Page>;
}
