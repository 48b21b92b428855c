"""``diplograph serve``: the store as a read-only SPARQL 1.1 endpoint, run by the Oxigraph server.

The server is the ``oxigraph`` binary of the ``oxigraph`` PyPI package, started as
``oxigraph serve-read-only --location STORE --bind HOST:PORT --union-default-graph``: SPARQL 1.1 Protocol
queries at ``/query`` (GET or POST), the Graph Store Protocol at ``/store`` (reads only), and a query page
(YASGUI, served by Oxigraph itself, nothing loaded from the internet) at ``/``. Updates are refused. Queries
see the union of all named graphs by default, as ``diplograph sparql`` does.

The server opens the store read-only. Do not run ``build`` or ``ingest`` on the same store while it is
serving (Oxigraph: "opening as read-only while having another process writing the database is undefined
behavior"); stop the server, write, and start it again.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .errors import DiplographError, StoreError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


class ServeError(DiplographError):
    """The endpoint cannot be started."""


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.base + "/query"

    @property
    def bind(self) -> str:
        return self.base.removeprefix("http://")


def oxigraph_executable() -> str:
    """The ``oxigraph`` server binary installed by the ``oxigraph`` package (next to this Python first)."""
    beside = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the Oxigraph server is not installed (python -m pip install oxigraph)")


def server_command(store_path: Path, endpoint: Endpoint, *, timeout_s: int | None = None,
                   cors: bool = False) -> list[str]:
    command = [oxigraph_executable(), "serve-read-only", "--location", str(store_path),
               "--bind", endpoint.bind, "--union-default-graph"]
    if timeout_s:
        command += ["--timeout-s", str(timeout_s)]
    if cors:
        command.append("--cors")
    return command


def port_available(host: str, port: int) -> bool:
    """True if nothing listens on ``host:port`` (a bind test, as the server will do it)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server does: TIME_WAIT is no conflict
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return False
            raise ServeError(f"cannot listen on {host}:{port} ({exc.strerror})") from None
    return True


def _accepts(endpoint: Endpoint) -> bool:
    try:
        with socket.create_connection((endpoint.host, endpoint.port), timeout=0.5):
            return True
    except OSError:
        return False


def _loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_store(store_path: Path) -> None:
    if not (Path(store_path) / "CURRENT").is_file():
        raise StoreError(f"{store_path}: no store here (run 'diplograph build' or 'ingest' first)")


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the server gets SIGTERM if diplograph itself dies (even by SIGKILL), so it never outlives us."""
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


class _Interrupted(Exception):
    pass


def _raise_interrupted(signum, frame):  # pragma: no cover - runs in a signal handler
    raise _Interrupted


class Server:
    """The Oxigraph server process: start, wait until it accepts connections, stop."""

    def __init__(self, store_path: Path, endpoint: Endpoint, *, timeout_s: int | None = None,
                 cors: bool = False, log: Callable[[str], None] | None = None) -> None:
        self.store_path = Path(store_path)
        self.endpoint = endpoint
        self.command = server_command(self.store_path, endpoint, timeout_s=timeout_s, cors=cors)
        self.log = log or (lambda line: print(line, file=sys.stderr, flush=True))
        self.process: subprocess.Popen | None = None
        self._tail: deque[str] = deque(maxlen=20)
        self._readers: list[threading.Thread] = []

    def _forward(self, stream) -> None:
        for raw in stream:
            line = raw.decode("utf-8", "replace").rstrip()
            self._tail.append(line)
            if line and not line.startswith("Listening for requests at"):  # we announce the URL ourselves
                self.log(f"oxigraph: {line}")

    def start(self, ready_timeout: float = 30.0) -> None:
        check_store(self.store_path)
        if not port_available(self.endpoint.host, self.endpoint.port):
            raise ServeError(f"port {self.endpoint.port} on {self.endpoint.host} is already in use "
                             "(stop what uses it, or choose another with --port)")
        # A session of its own: a Ctrl-C in the terminal reaches us, and we stop the server in order.
        self.process = subprocess.Popen(self.command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, start_new_session=True,
                                        preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        for stream in (self.process.stdout, self.process.stderr):
            reader = threading.Thread(target=self._forward, args=(stream,), daemon=True)
            reader.start()
            self._readers.append(reader)
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._fail()
            if _accepts(self.endpoint):
                return
            time.sleep(0.05)
        self.stop()
        raise ServeError(f"the Oxigraph server did not start listening on {self.endpoint.bind} "
                         f"within {ready_timeout:.0f} s")

    def _fail(self) -> None:
        for reader in self._readers:
            reader.join(timeout=2)
        output = " ".join(line for line in self._tail if line)
        if "in use" in output.lower():
            raise ServeError(f"port {self.endpoint.port} on {self.endpoint.host} is already in use "
                             "(choose another with --port)")
        status = self.process.returncode if self.process else "?"
        raise ServeError(f"the Oxigraph server stopped (status {status}): {output or 'no message'}")

    def wait(self) -> int:
        assert self.process is not None
        return self.process.wait()

    def stop(self, grace: float = 5.0) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        process.terminate()  # SIGTERM: Oxigraph stops at once (SIGINT may be ignored, e.g. in a background job)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for reader in self._readers:
            reader.join(timeout=2)


def serve(store_path: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, timeout_s: int | None = None,
          cors: bool = False, echo: Callable[[str], None] = print) -> None:
    """Serve the store until Ctrl-C (SIGINT) or SIGTERM; then stop the server and return."""
    endpoint = Endpoint(host, port)
    server = Server(store_path, endpoint, timeout_s=timeout_s, cors=cors)
    previous = signal.signal(signal.SIGTERM, _raise_interrupted)
    try:
        try:
            server.start()
            echo(f"SPARQL endpoint: {endpoint.query_url}")
            echo(f"query page:      {endpoint.base}/")
            echo(f"serving {store_path} read-only; queries see the union of all graphs. Ctrl-C stops.")
            if not _loopback(host):
                echo(f"note: {host} is not a loopback address: other machines can reach this endpoint")
            status = server.wait()
        except (KeyboardInterrupt, _Interrupted):
            server.stop()
            echo("stopped")
            return
        finally:
            server.stop()
        raise ServeError(f"the Oxigraph server stopped unexpectedly (status {status})")
    finally:
        signal.signal(signal.SIGTERM, previous)
