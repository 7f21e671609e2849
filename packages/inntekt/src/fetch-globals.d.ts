// The generated fetch client names the DOM type `BodyInit`, which @types/node does not declare
// globally. It is only used inside function bodies, so this compile-time alias is enough; it is
// not part of the emitted declarations.
type BodyInit = NonNullable<RequestInit['body']>;
