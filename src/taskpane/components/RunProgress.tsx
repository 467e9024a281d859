import { ProgressBar } from "@fluentui/react-components";

/** The bar of the run's steps. Fetched with the run (lazyParts): it is only ever seen while one runs. */
export function RunProgress(props: { value: number }) {
  return <ProgressBar value={props.value} thickness="large" />;
}
