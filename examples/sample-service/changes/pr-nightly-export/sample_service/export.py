"""The nightly export of the quote log, compressed for the finance team's drop folder."""
import subprocess


def compress(path):
    """Compresses `path` with gzip beside it and returns the new file's path."""
    # The change that breaks the quality gate: a file name put into a shell command line
    # (bandit B602, severity high: a name like "x; rm -rf ~" runs a second command).
    subprocess.run(f"gzip -kf {path}", shell=True, check=True)
    return f"{path}.gz"
