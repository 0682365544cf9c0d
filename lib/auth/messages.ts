/** What each sign-in error code means to a person. */
const messages: Record<string, string> = {
  invalid_input: "Enter a valid email address, like name@example.com.",
  rate_limited: "Too many sign-in requests for now. Please wait a few minutes and try again.",
  busy: "Sign-in is very busy right now. Please wait a few seconds and try again.",
  wait: "Please wait a few seconds before trying another code.",
  mail_failed: "We could not send the email just now. Please try again in a minute.",
  forbidden: "That request came from another site, so we ignored it. Please use the form below.",
  expired: "This sign-in link or code has expired. They work for 15 minutes: request a new email below.",
  invalid: "This sign-in link or code is not valid, or it was already used. Request a new email below.",
  locked:
    "Too many wrong codes were tried for this address, so codes are paused for a while. The link in your newest email still signs you in; or request a new email below.",
  unverified: "That provider did not confirm your email address, so we cannot sign you in with it. Sign in with an email link instead.",
  ticket: "Please open the sign-in link from your email again, or type its code; this page cannot sign you in by itself.",
  Verification: "This sign-in link or code is not valid, or it was already used. Request a new email below.",
  OAuthSignin: "We could not start signing you in with that provider. Please try again.",
  OAuthCallback: "Signing in with that provider did not finish. Please try again.",
  OAuthAccountNotLinked: "That email is already registered. Sign in with an email link instead.",
  AccessDenied: "You do not have access to that.",
  SessionRequired: "Please sign in to continue.",
};

export function signInErrorMessage(code: string | undefined): string | null {
  if (!code) return null;
  return messages[code] ?? "Signing in did not work. Please try again.";
}
