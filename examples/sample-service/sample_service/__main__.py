"""python3 -m sample_service --listen 127.0.0.1:8081 | unix:/run/app.sock [--pid-file FILE]"""
import argparse
import os
import signal
import threading

from .app import make_server, version


def main(argv=None, stop=None):
    """Serves until `stop` is set, or (when none is given) until SIGTERM or SIGINT."""
    parser = argparse.ArgumentParser(prog="sample_service")
    parser.add_argument("--listen", required=True, help='"host:port" or "unix:/path/to.sock"')
    parser.add_argument("--pid-file", help="write the process id here")
    args = parser.parse_args(argv)
    server = make_server(args.listen)
    if args.pid_file:
        with open(args.pid_file, "w", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")
    if stop is None:
        stop = threading.Event()
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    print(f"sample-service {version()} listening on {args.listen}", flush=True)
    stop.wait()
    server.shutdown()
    server.server_close()
    print("sample-service stopped", flush=True)


if __name__ == "__main__":
    main()
