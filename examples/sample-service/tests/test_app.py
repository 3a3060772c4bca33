"""The HTTP API, on a real server on loopback and on a unix socket."""
import http.client
import json
import socket
import threading

import pytest

from sample_service.app import make_server


class UnixConnection(http.client.HTTPConnection):
    """An HTTP connection over a unix socket."""

    def __init__(self, path):
        super().__init__("localhost")
        self.socket_path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(self.socket_path)


def serve(listen):
    server = make_server(listen)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


@pytest.fixture(name="tcp")
def fixture_tcp(monkeypatch):
    monkeypatch.setenv("APP_VERSION", "9.9.9")
    server = serve("127.0.0.1:0")
    yield http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=5)
    server.shutdown()
    server.server_close()


def get(connection, path):
    connection.request("GET", path)
    response = connection.getresponse()
    return response.status, response.getheader("X-App-Version"), response.read().decode()


def test_health_names_the_version(tcp):
    status, header, body = get(tcp, "/health")
    assert status == 200
    assert header == "9.9.9"
    assert json.loads(body) == {"status": "ok", "version": "9.9.9"}


def test_version_is_plain_text(tcp):
    assert get(tcp, "/version") == (200, "9.9.9", "9.9.9")


def test_quote_over_http(tcp):
    status, _, body = get(tcp, "/api/quote?sku=A-200&qty=20")
    assert status == 200
    assert json.loads(body)["discount_cents"] == 780


def test_quote_errors_are_json(tcp):
    status, _, body = get(tcp, "/api/quote?sku=A-200&qty=zero")
    assert status == 400
    assert "qty must be an integer" in json.loads(body)["error"]
    assert get(tcp, "/api/quote?sku=nope")[0] == 404


def test_unknown_route_is_404_and_keep_alive_survives(tcp):
    assert get(tcp, "/nope")[0] == 404
    assert get(tcp, "/")[0] == 200


def test_unix_socket(tmp_path):
    path = str(tmp_path / "app.sock")
    server = serve(f"unix:{path}")
    try:
        assert get(UnixConnection(path), "/health")[0] == 200
    finally:
        server.shutdown()
        server.server_close()


def test_listen_must_be_an_address():
    with pytest.raises(ValueError):
        make_server("8080")
