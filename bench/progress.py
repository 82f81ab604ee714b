"""A one-line progress bar on stderr: no dependency for something this small."""

import sys
import time


class ProgressBar:
    width = 30

    def __init__(self, label, total):
        self.label, self.total, self.done = label, total, 0
        self.started = time.monotonic()

    def advance(self, step=1):
        self.done += step
        if self.done == self.total or self.done % max(1, self.total // 200) == 0:
            self.draw()

    def draw(self):
        filled = self.width * self.done // max(1, self.total)
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        bar = "#" * filled + "." * (self.width - filled)
        sys.stderr.write(f"\r{self.label:<28} [{bar}] {self.done}/{self.total} {rate:6.1f}/s")
        if self.done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()
