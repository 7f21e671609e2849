/** Builds a value on first use, so importing the package costs nothing until it is needed. */
export function lazy<T>(make: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}
