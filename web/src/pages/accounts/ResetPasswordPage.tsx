import { Page } from '../../components/Page.js';

export default function ResetPasswordPage() {
  return <Page title="ResetPasswordPage">Not built yet.</Page>;
}
