import { Page } from '../../components/Page.js';

export default function OnePageMapPage() {
  return <Page title="OnePageMapPage">Not built yet.</Page>;
}
