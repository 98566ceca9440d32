import { Page } from '../../components/Page.js';

export default function SetupPage() {
  return <Page title="SetupPage">Not built yet.</Page>;
}
