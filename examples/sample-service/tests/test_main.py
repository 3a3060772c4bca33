"""The entry point: serves on the address given, writes its pid, stops when told."""
import http.client
import os
import socket
import threading
import time

from sample_service.__main__ import main


def test_serves_until_stopped(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    pid_file = tmp_path / "app.pid"
    stop = threading.Event()
    thread = threading.Thread(
        target=main, args=(["--listen", f"127.0.0.1:{port}", "--pid-file", str(pid_file)], stop)
    )
    thread.start()
    try:
        for _ in range(100):
            if pid_file.exists():
                break
            time.sleep(0.02)
        assert pid_file.read_text(encoding="utf-8").strip() == str(os.getpid())
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/health")
        assert connection.getresponse().status == 200
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()
