"""The nightly export."""
import gzip

from sample_service.export import compress


def test_compress_keeps_the_original(tmp_path):
    log = tmp_path / "quotes.log"
    log.write_text("Q-000001 A-100 12\n", encoding="utf-8")
    compressed = compress(str(log))
    assert log.exists()
    with gzip.open(compressed, "rt", encoding="utf-8") as handle:
        assert handle.read() == "Q-000001 A-100 12\n"
