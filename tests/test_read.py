"""Reading sources: encodings Japanese documents come in, and bad input named with its problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.read.decode import read_path

TEXT = "2025年2月7日、石破総理大臣はトランプ大統領と会談を行った。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16"])
def test_japanese_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(TEXT.encode(encoding))
    source = read_path(path)
    assert source.text == TEXT
    assert "\ufeff" not in source.text


def test_crlf_becomes_lf(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert read_path(path).text == TEXT


@pytest.mark.parametrize("data,problem", [
    (b"", "empty file"),
    (b"   \n\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    (bytes([0x82, 0xa0, 0xff, 0xfe, 0x80, 0x81, 0xfd, 0x9f, 0xef]) * 50, "undecodable bytes"),
])
def test_bad_input_is_named(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as info:
        read_path(path)
    assert str(info.value).startswith(str(path))
    assert problem in str(info.value)


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(101 * 1024 * 1024)  # sparse: no 100 MB written to disk
    with pytest.raises(InputError, match="too large"):
        read_path(path)

