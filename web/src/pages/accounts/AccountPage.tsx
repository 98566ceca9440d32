import { Page } from '../../components/Page.js';

export default function AccountPage() {
  return <Page title="AccountPage">Not built yet.</Page>;
}
