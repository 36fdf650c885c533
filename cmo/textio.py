"""Turn an exported file into text, and tell which bibliography format the text is.

Exports arrive gzipped, with or without a BOM, with Windows line ends, and now and then in a
legacy code page; readers should only ever see clean `\\n`-separated Unicode. The format is
judged from the content because extensions lie (MEDLINE saved as `.txt` or `.ris` is common).
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from charset_normalizer import from_bytes

from cmo.errors import BadInput, CmoError

_GZIP_MAGIC = b"\x1f\x8b"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SAMPLE_BYTES = 1_000_000
_SCORE_SAMPLE = 20_000
_FRIENDLY_NAMES = {
    "utf-16-le": "UTF-16 without a byte-order mark",
    "utf-16-be": "UTF-16 (big-endian) without a byte-order mark",
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "gb18030": "GB18030 (GBK)",
    "gb2312": "GB2312",
    "big5": "Big5",
    "cp949": "CP949 (Korean)",
    "shift_jis": "Shift JIS",
    "cp932": "Shift JIS (CP932)",
    "euc_jp": "EUC-JP",
    "latin_1": "ISO-8859-1",
}
# Legacy exports are overwhelmingly Windows-1252; on a tie it beats 1250/1257 look-alikes.
_PREFERRED = "cp1252"
_PREFERRED_BONUS = 0.05
# Symbols that real scientific text uses, so they are no sign of a wrong code page.
_COMMON_SYMBOLS = set("±×÷°µ®©™€")
# Reads almost any double-byte Chinese as plausible Hangul, and is hardly ever used.
_NEVER = {"johab"}

_FORMAT_LINE = re.compile(
    r"^(?:(?P<ris>TY  ?- )|(?P<medline>PMID- ?\d|[A-Z]{3} - |[A-Z]{4}- )"
    r"|(?P<bibtex>[ \t]*@[A-Za-z]+[ \t]*[{(])"
    r"|(?P<wos>FN (?:Clarivate|Thomson)|PT [JBSPC]\r?$|PT\tAU\t)"
    r"|(?P<ovid><\d+\.? ?>\r?\n(?!TY)[A-Z][A-Z0-9]  - )|(?P<endnote>%0 \S|%[ATD] \S.*\r?\n%[A-Z0-9@] \S)"
    r"|(?P<refworks>RT \S.*\r?\n(?:SR|ID|A1|T1|sr|a1|t1) ))",
    re.MULTILINE,
)


@dataclass
class DecodedText:
    text: str
    encoding: str
    warning: str | None = None


def decode_file(path: Path) -> DecodedText:
    """Read, gunzip and decode a file; anything but UTF-8 comes with a warning naming the guess."""
    data = _read_bytes(Path(path))
    if data.startswith(_GZIP_MAGIC):
        data = _gunzip(data, path)
    text, encoding, legacy_lines = _decode(data, path)
    warning = None
    name = _FRIENDLY_NAMES.get(encoding, encoding)
    if legacy_lines:
        lines = (
            f"line {legacy_lines[0]}, which was"
            if len(legacy_lines) == 1
            else (f"{len(legacy_lines)} lines (the first is {legacy_lines[0]}), which were")
        )
        warning = f"{path} is UTF-8 except for {lines} read as {name} (exports joined?); check the accented characters there."
        encoding = f"utf-8+{encoding}"
    elif encoding not in ("utf-8", "utf-16"):
        warning = (
            f"{path} is not UTF-8; it was read as {name}, so check accented and non-Latin "
            "characters (or export it again as UTF-8)."
        )
    if "\ufeff" in text:  # files joined end to end (`cat a.ris b.ris`) carry each one's byte order mark inside
        text = text.replace("\ufeff", "")
    return DecodedText(text=normalise_newlines(text), encoding=encoding, warning=warning)


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CmoError(f"Cannot read {path}: no such file.") from None
    except IsADirectoryError:
        raise CmoError(f"Cannot read {path}: it is a directory, not a file.") from None
    except OSError as error:
        raise CmoError(f"Cannot read {path}: {error.strerror or error}.") from None


MAX_GUNZIPPED = 512 * 1024 * 1024
"""A bibliography of 200,000 records is about 400 MB of text."""
MAX_GZIP_RATIO = 50
"""Text exports shrink 5–10× when gzipped; far more is a file made to exhaust memory."""
_RATIO_CHECKED_FROM = 64 * 1024 * 1024


def _gunzip(data: bytes, path: Path) -> bytes:
    """Decompress in pieces, stopping as soon as the output is larger than any export could be."""
    parts: list[bytes] = []
    total = 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while part := stream.read(1 << 22):
                total += len(part)
                parts.append(part)
                if total > MAX_GUNZIPPED or (total > _RATIO_CHECKED_FROM and total > MAX_GZIP_RATIO * len(data)):
                    raise BadInput(
                        f"{path} unpacks to more than {total // (1024 * 1024)} MB from {len(data) / 1e6:.1f} MB "
                        "gzipped, far more than a bibliography holds; it was not read."
                    )
    except (OSError, EOFError, zlib.error) as error:
        raise BadInput(f"{path} looks gzipped but cannot be decompressed ({error}).") from None
    return b"".join(parts)


def _decode(data: bytes, path: Path) -> tuple[str, str, list[int]]:
    """The text, its encoding, and the lines (from 1) read in a legacy code page in a file that is otherwise UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16").lstrip("\ufeff"), "utf-16", []
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    encoding = utf16_without_bom(data)
    if encoding is not None:
        return data.decode(encoding), encoding, []
    mixed = _MixedReading.of(data)
    for encoding in _ranked_encodings(data):
        try:
            whole = data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
        if mixed and mixed.reads_better_than(encoding):
            break
        return whole, encoding, []
    if mixed:
        return mixed.text(), mixed.encoding, mixed.legacy_line_numbers()
    raise BadInput(f"{path} is not text in any encoding cmo recognises (is it a binary file?).")


@dataclass
class _MixedReading:
    """A file whose lines are UTF-8, accents and all, except some: exports joined end to end (`cat`), one of them
    from an older tool in a legacy code page. Read whole in one guessed code page, every correct name is garbled;
    read line by line, only the legacy lines need a guess. Valid multi-byte UTF-8 seldom occurs by chance in legacy
    text, and where it does (a lone Chinese character in GBK) the whole-file reading reads better and wins."""

    lines: list[bytes]
    legacy: list[int]
    encoding: str

    @classmethod
    def of(cls, data: bytes) -> _MixedReading | None:
        if b"\x00" in data:
            return None
        lines = data.split(b"\n")
        accented = [number for number, line in enumerate(lines) if not line.isascii()]
        legacy = [number for number in accented if not _decodes(lines[number], "utf-8")]
        if len(legacy) == len(accented):
            return None
        sample = b"\n".join(lines[number] for number in legacy)
        encoding = next((name for name in _ranked_encodings(sample) if _decodes(sample, name)), "latin_1")
        return cls(lines, legacy, encoding)

    def reads_better_than(self, encoding: str) -> bool:
        """Compared on the accented lines alone, which is where the two readings differ."""
        accented = [number for number, line in enumerate(self.lines) if not line.isascii()][:_SCORE_SAMPLE]
        mine = "\n".join(self._line(number) for number in accented)
        theirs = "\n".join(self.lines[number].decode(encoding, errors="replace") for number in accented)
        return _readability(mine) >= _readability(theirs)

    def text(self) -> str:
        return "\n".join(self._line(number) for number in range(len(self.lines)))

    def _line(self, number: int) -> str:
        return self.lines[number].decode(self.encoding if number in self._legacy else "utf-8")

    @cached_property
    def _legacy(self) -> set[int]:
        return set(self.legacy)

    def legacy_line_numbers(self) -> list[int]:
        return [number + 1 for number in self.legacy]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark, else None: its NUL
    bytes fall on every other byte (the high byte of ASCII letters), which no other text does."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    encoding = "utf-16-le" if odd > 3 * max(even, 1) else "utf-16-be" if even > 3 * max(odd, 1) else None
    if encoding is None or len(data) % 2:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _ranked_encodings(data: bytes) -> list[str]:
    """charset-normalizer proposes; we rank the proposals by how well their text reads.

    On the few accented letters of a typical export it cannot tell Windows-1252 from 1250 or
    852, or GBK from CP949, and its own first choice is often wrong. Windows-1252 gets a small
    head start: it is what legacy exports are written in. Scoring uses the first megabyte, cut
    at a newline (never inside a double-byte character in GBK, Big5 or Shift JIS).
    """
    if b"\x00" in data:
        return []
    sample = data[:_SAMPLE_BYTES]
    if len(data) > _SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n")]
    candidates = [match.encoding for match in from_bytes(data) if match.encoding not in _NEVER]
    candidates += [name for name in (_PREFERRED, "gb18030") if name not in candidates]
    scored = []
    for position, encoding in enumerate(candidates):
        try:
            text = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        bonus = _PREFERRED_BONUS if encoding == _PREFERRED else 0.0
        scored.append((-(_readability(text) + bonus), position, encoding))
    return [encoding for _, _, encoding in sorted(scored)]


def _readability(text: str) -> float:
    """Share of non-ASCII characters that are letters of one script, not stray symbols.

    Mojibake shows as symbols, control characters, or long runs of accented Latin letters
    (Cyrillic or Chinese read as Windows-1252); real text keeps to one script.
    """
    runs = _NON_ASCII.findall(text[: _SCORE_SAMPLE * 10])
    scripts: dict[str, int] = {}
    counted = 0
    for run in runs[:_SCORE_SAMPLE]:
        for char in run:
            category = unicodedata.category(char)
            if category[0] in "PZ" or char in _COMMON_SYMBOLS:
                continue
            counted += 1
            if category[0] != "L":
                continue
            script = _script(char)
            if script == "LATIN" and len(run) >= 3:
                continue
            scripts[script] = scripts.get(script, 0) + 1
    if not counted:
        return 1.0
    return max(scripts.values(), default=0) / counted


def _script(char: str) -> str:
    word = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
    if word in ("CJK", "HIRAGANA", "KATAKANA", "FULLWIDTH", "HALFWIDTH"):
        return "CJK"
    return word


_CSL_TYPE = re.compile(r'"type"\s*:')
_CSL_CONTENT = re.compile(r'"(?:title|author)"\s*:')


def _looks_like_csl(text: str) -> bool:
    """A JSON array (or one object) whose first item has a CSL `type` and a title or authors."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    return head[:1] in ("[", "{") and bool(_CSL_TYPE.search(head)) and bool(_CSL_CONTENT.search(head))


_ENDNOTE_XML = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?<xml>\s*<records>\s*<record>")
"""EndNote XML opens with its root, its list of records and the first record, whatever wrote it (EndNote on one line,
Zotero and pretty-printers over several)."""


def sniff_format(text: str) -> str | None:
    """ "bibtex", "ris", "medline", "wos" (Web of Science plain text), "ovid" (Ovid's tagged export), "endnote"
    (EndNote's tagged text) or "refworks" from the first line that only one of them can start with; "csl" for CSL JSON,
    "endnote_xml" for EndNote XML."""
    if _looks_like_csl(text):
        return "csl"
    if _ENDNOTE_XML.match(text.lstrip("\ufeff")[:1000]):
        return "endnote_xml"
    found = _FORMAT_LINE.search(text.lstrip("\ufeff"))
    return found.lastgroup if found else None
