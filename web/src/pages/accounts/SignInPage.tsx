import { Page } from '../../components/Page.js';

export default function SignInPage() {
  return <Page title="SignInPage">Not built yet.</Page>;
}
