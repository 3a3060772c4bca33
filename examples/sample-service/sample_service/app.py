"""The HTTP API: /health, /version, /api/quote; on a TCP port or a unix socket."""
import json
import os
import socketserver
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from . import pricing


def version():
    """The version this process runs, as its deploy named it."""
    return os.environ.get("APP_VERSION", "0.0.0-dev")


class Handler(BaseHTTPRequestHandler):
    """Answers JSON; every response carries the version in x-app-version."""

    protocol_version = "HTTP/1.1"
    server_version = "sample-service"
    # An idle keep-alive connection is closed after this many seconds.
    timeout = 30

    def handle(self):
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):
            pass  # The client went away; nothing to answer.

    # do_GET is the name http.server dispatches to.
    def do_GET(self):  # pylint: disable=invalid-name
        """Routes a GET request."""
        url = urlsplit(self.path)
        if url.path == "/health":
            self._send(200, {"status": "ok", "version": version()})
        elif url.path == "/version":
            self._send(200, version(), content_type="text/plain; charset=utf-8")
        elif url.path == "/api/quote":
            self._quote(parse_qs(url.query))
        elif url.path == "/":
            self._send(200, {"service": "sample-service", "version": version()})
        else:
            self._send(404, {"error": f"no route for {url.path}"})

    def _quote(self, query):
        try:
            sku = query.get("sku", [""])[0]
            quantity = pricing.parse_quantity(query.get("qty", ["1"])[0])
            self._send(200, pricing.quote(sku, quantity))
        except pricing.QuoteError as error:
            self._send(error.status, {"error": str(error)})

    def _send(self, status, body, content_type="application/json"):
        data = (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-App-Version", version())
        self.end_headers()
        self.wfile.write(data)

    # The signature is http.server's.
    def log_message(self, format, *args):  # pylint: disable=redefined-builtin
        """Access logs are off: the proxy in front keeps them."""

    def address_string(self):
        """The client, for log lines; a unix socket has no address."""
        return str(self.client_address[0]) if self.client_address else "unix"


class TCPHTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with a listen backlog for a proxy's bursts of new connections."""

    request_queue_size = 128


class UnixHTTPServer(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """ThreadingHTTPServer's twin on a unix socket."""

    daemon_threads = True
    # socketserver's default backlog of 5 refuses connections under a proxy's load.
    request_queue_size = 128

    def get_request(self):
        connection, _ = super().get_request()
        return connection, ("unix", 0)

    def server_close(self):
        super().server_close()
        if os.path.exists(self.server_address):
            os.unlink(self.server_address)


def make_server(listen):
    """A server for `listen`: "host:port" or "unix:/path/to.sock" (a stale socket file is replaced)."""
    if listen.startswith("unix:"):
        path = listen[len("unix:"):]
        if os.path.exists(path):
            os.unlink(path)
        return UnixHTTPServer(path, Handler)
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f'listen on "host:port" or "unix:/path", not {listen!r}')
    return TCPHTTPServer((host, int(port)), Handler)
