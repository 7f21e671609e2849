// The admin API's one refusal type: thrown anywhere under /_simulator, written as an RFC 9457
// problem body by adminErrors (problem.ts). The detail names the field, the value (described
// safely) and what is allowed.
export class AdminError extends Error {
  override readonly name: string = 'AdminError';
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    /** Extra response headers, e.g. WWW-Authenticate on a 401. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
  }
}

export class BadRequest extends AdminError {
  override readonly name = 'BadRequest';
  constructor(detail: string) {
    super(400, 'Bad request', detail);
  }
}

export class Unauthorized extends AdminError {
  override readonly name = 'Unauthorized';
  constructor(detail: string) {
    super(401, 'Unauthorized', detail, {
      'www-authenticate': 'Bearer realm="skattedeling-simulator admin"',
    });
  }
}

export class Forbidden extends AdminError {
  override readonly name = 'Forbidden';
  constructor(detail: string) {
    super(403, 'Forbidden', detail);
  }
}

export class NotFound extends AdminError {
  override readonly name = 'NotFound';
  constructor(detail: string) {
    super(404, 'Not found', detail);
  }
}

export class Conflict extends AdminError {
  override readonly name = 'Conflict';
  constructor(detail: string) {
    super(409, 'Conflict', detail);
  }
}

export class UnsupportedMediaType extends AdminError {
  override readonly name = 'UnsupportedMediaType';
  constructor(detail: string) {
    super(415, 'Unsupported media type', detail);
  }
}
