import { Page } from '../../components/Page.js';

export default function MapEditorPage() {
  return <Page title="MapEditorPage">Not built yet.</Page>;
}
