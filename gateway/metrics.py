"""What the gateway counts per service, beside the per-route request metrics every app has, and the separate
port that keeps `/metrics` off the public one."""

import threading
from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server

from kit.observability import labelled


class GatewayMetrics:
    """Each is `metric(*label_values)`, the labelled child."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.upstream = labelled(Counter(
            "netwise_gateway_upstream_responses_total", "responses from a service, by status", ["service", "status"],
            registry=registry))
        self.upstream_seconds = labelled(Histogram(
            "netwise_gateway_upstream_duration_seconds",
            "time from forwarding a request to a service to its whole answer", ["service"], registry=registry))
        self.upstream_errors = labelled(Counter(
            "netwise_gateway_upstream_errors_total", "requests a service did not answer: unavailable (503), "
            "timed out (504), invalid answer (502)", ["service", "status"], registry=registry))
        self.rate_limited = labelled(Counter(
            "netwise_gateway_rate_limited_total", "requests refused with 429", ["service"], registry=registry))


def serve_metrics(registry: CollectorRegistry, port: int, host: str) -> Callable[[], None]:
    """Prometheus' own HTTP server for `registry` on its own port; returns what stops it."""
    server, thread = start_http_server(port, host, registry=registry)

    def stop() -> None:
        server.shutdown()
        server.server_close()
        if thread is not threading.current_thread():
            thread.join(timeout=5)

    return stop
