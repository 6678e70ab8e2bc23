// The shared hook (components/useAction.ts): one request at a time, busy/done/error.
export { useAction } from '../useAction';
