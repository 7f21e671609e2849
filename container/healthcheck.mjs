// The image's HEALTHCHECK: GET /_simulator/health on loopback inside the container. It reads the
// port and admin token from the same SKATTEDELING_SIM_* environment the simulator reads, because
// the admin API answers only to its own names (loopback with the listening port) and, when an admin
// token is configured, only to requests that carry it. Exit 0 is healthy, 1 is not.
const { SKATTEDELING_SIM_PORT: port = '5280', SKATTEDELING_SIM_ADMIN_TOKEN: token } = process.env;

try {
  const response = await fetch(`http://127.0.0.1:${port}/_simulator/health`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: AbortSignal.timeout(2000),
  });
  const body = await response.json().catch(() => undefined);
  if (response.status !== 200 || body?.status !== 'ok') {
    console.error(`unhealthy: /_simulator/health answered ${response.status}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`unhealthy: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
