// node:os in the web build: a browser has no user account to name; callers fall back ("unknown").
export function userInfo(): { username: string } {
  throw new Error('no user account in a browser');
}
