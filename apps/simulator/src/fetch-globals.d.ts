// The generated hey-api client (src/generated/*/client) names the DOM type `BodyInit`, which
// @types/node does not declare globally. Declared here rather than adding the whole DOM lib.
type BodyInit = NonNullable<RequestInit['body']>;
