"""Start and stop the gunicorn servers of a load run (on the loopback addresses run_load.py checked)."""

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


class Gunicorn:
    """One gunicorn master with `workers` sync workers, stopped by stop() whatever happens."""

    def __init__(self, app, host, port, environment, log_path, workers=2):
        self.address = f"http://{host}:{port}"
        self.log_path = log_path
        self.command = [
            GUNICORN,
            app,
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--bind",
            f"{host}:{port}",
            "--error-logfile",
            str(log_path),
            "--log-level",
            "warning",
        ]
        self.environment = environment
        self.process = None

    def start(self, ready_path="/", timeout=60):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        # A session of its own, so stop() can signal the master and its workers together.
        self.process = subprocess.Popen(
            self.command, cwd=PROJECT, env=self.environment, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn for {self.address} exited; see {self.log_path}")
            try:
                with urllib.request.urlopen(self.address + ready_path, timeout=5) as response:  # noqa: S310
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        raise SystemExit(f"gunicorn at {self.address} did not answer {ready_path} within {timeout} s")

    def worker_rss_mb(self):
        """Resident memory of each worker process (children of the master), in MB."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        sizes = []
        for pid in children:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return sizes

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
