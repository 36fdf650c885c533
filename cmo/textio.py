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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from charset_normalizer import from_bytes

from cmo.errors import BadInput, CmoError, LookAt


@contextmanager
def json_nested_too_deeply(file: str, what: str, line: int | None = None, then: str = "") -> Iterator[None]:
    """JSON decoded in this block that nests arrays or objects deeper than Python's decoder can follow (`[[[…]]]`
    100,000 deep, a few hundred KB) is one sentence naming the file, and the line where known, not a failure of cmo's
    own. The one rule for every JSON a person gives cmo: a feedback file, a coding sheet's JSON, CSL JSON records."""
    try:
        yield
    except RecursionError:
        at = f" line {line}" if line else ""
        raise BadInput(f"{file}{at}: the JSON is nested too deeply to be {what}{then}.") from None


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
    "mac_roman": "Mac Roman (the plain 'CSV' of Excel for Mac before 2016)",
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
    warning: LookAt | None = None
    """Said when the file is not UTF-8: the reading is a guess the user must check (a command that reports it exits 1)."""


def decode_file(path: Path) -> DecodedText:
    """Read, gunzip and decode a file; anything but UTF-8 comes with a warning naming the guess, and the first line
    read by it as it was read, so the user sees at once whether the accents came out right."""
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
        warning = LookAt(
            f"{path} is UTF-8 except for {lines} read as {name} (exports joined?); check the accented characters there"
            f"{first_accented(text, legacy_lines[0])}."
        )
        encoding = f"utf-8+{encoding}"
    elif encoding not in ("utf-8", "utf-16"):
        warning = LookAt(
            f"{path} is not UTF-8; it was read as {name}, so check accented and non-Latin characters"
            f"{first_accented(text)} (or export it again as UTF-8)."
        )
    if "\ufeff" in text:  # files joined end to end (`cat a.ris b.ris`) carry each one's byte order mark inside
        text = text.replace("\ufeff", "")
    return DecodedText(text=normalise_newlines(text), encoding=encoding, warning=warning)


_SHOWN_AROUND = 30
"""Characters shown either side of the first accented character a warning quotes."""


def first_accented(text: str, line: int | None = None) -> str:
    """'; line 14 reads "…Müller, Jörg…"': where the file's first character outside ASCII is (on `line`, when given),
    as it was read, so a wrong guess shows at once."""
    lines = normalise_newlines(text[: _SAMPLE_BYTES * 2]).split("\n")
    numbers = [line - 1] if line is not None and line <= len(lines) else range(len(lines))
    for number in numbers:
        found = _NON_ASCII.search(lines[number])
        if found:
            start, end = max(found.start() - _SHOWN_AROUND, 0), found.end() + _SHOWN_AROUND
            shown = lines[number][start:end].strip()
            return f" (line {number + 1} reads '{shown}')"
    return ""


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


ZIP_MAGIC = b"PK\x03\x04"
_ZIPPED_KINDS = (
    ("xl/workbook.xml", "an Excel workbook", ".xlsx"),
    ("word/document.xml", "a Word document", ".docx"),
    ("ppt/presentation.xml", "a PowerPoint presentation", ".pptx"),
)
_OPENDOCUMENT_KINDS = {
    b"application/vnd.oasis.opendocument.spreadsheet": ("an OpenDocument spreadsheet", ".ods"),
    b"application/vnd.oasis.opendocument.text": ("an OpenDocument text document", ".odt"),
}


def zipped_kind(path: Path) -> tuple[str, str] | None:
    """What an Office or OpenDocument file is, told by what its zip holds: ("an Excel workbook", ".xlsx"), ("a Word
    document", ".docx")…; None for a file that is no zip, or a zip of anything else (an archive to unpack). A file
    saved from Excel under a .csv name is a workbook to rename, not an archive to unzip."""
    import zipfile

    try:
        with Path(path).open("rb") as handle:
            if handle.read(4) != ZIP_MAGIC:
                return None
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    found = next(((kind, suffix) for member, kind, suffix in _ZIPPED_KINDS if member in names), None)
    return found or _OPENDOCUMENT_KINDS.get(mimetype)


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
    ranked = _ranked_encodings(data)
    for encoding in ranked:
        try:
            whole = data.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            continue
        if mixed and mixed.reads_better_than(encoding):
            break
        if encoding != "mac_roman" and reads_as_mac_roman(_sample(data), "cp1252" if encoding.startswith("mac_") else encoding):
            return data.decode("mac_roman").lstrip("\ufeff"), "mac_roman", []
        return whole, encoding, []
    if mixed:
        return mixed.text(), mixed.encoding, mixed.legacy_line_numbers()
    if b"\x00" not in data and reads_as_mac_roman(_sample(data), None):  # Mac Roman reads every byte
        return data.decode("mac_roman"), "mac_roman", []
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
        return cls(lines, legacy, "mac_roman" if reads_as_mac_roman(sample, encoding) else encoding)

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
    sample = _sample(data)
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


def _sample(data: bytes) -> bytes:
    """The first megabyte, cut at a newline (never inside a double-byte character in GBK, Big5 or Shift JIS)."""
    sample = data[:_SAMPLE_BYTES]
    if len(data) > _SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n")]
    return sample


def reads_as_mac_roman(data: bytes, reading: str | None = "cp1252") -> bool:
    """Whether legacy bytes are Mac Roman (Excel for Mac's plain 'CSV' before 2016) rather than `reading` (by default
    Windows-1252; None: nothing else reads them). The two code pages put letters and punctuation on the same bytes
    the other way round, and charset-normalizer cannot tell them apart (it proposes Mac Icelandic). Each reading is
    scored by whether its characters sit where text puts them (`_typography_fit`): Mac Roman's “I couldn’t”, "p.12–13"
    and "café" read in Windows-1252 are "ÒI couldnÕt", "p.12Ð13", "cafŽ" (capitals inside words, letters between
    digits), and a Windows-1252 "café" read in Mac Roman is "cafÈ". Mac Roman must fit strictly better, so a file
    that reads as well either way stays Windows-1252, the code page nearly every legacy export is in."""
    if data.isascii() or b"\x00" in data:
        return False
    try:
        mac = data.decode("mac_roman")
    except UnicodeDecodeError:
        return False
    fit = _typography_fit(mac)
    if fit <= 0:
        return False
    if reading is None:
        return True
    try:
        other = data.decode(reading)
    except (UnicodeDecodeError, LookupError):
        return True  # Windows-1252 leaves five bytes undefined, three of them Mac Roman's ç, è and ê
    return len(other) == len(data) and fit > _typography_fit(other)  # a single-byte reading (never GBK, Big5…)


def western_reading(data: bytes) -> tuple[str, str] | None:
    """Text that is not UTF-8 from a Western spreadsheet or export, read as Windows-1252 (Excel's plain 'CSV' on
    Windows) or, where its characters say so, Mac Roman (`reads_as_mac_roman`): the text and the code page's name as
    a warning gives it; None when neither reads it. For readers that take no other code page (a coding sheet)."""
    if reads_as_mac_roman(_sample(data)):
        return data.decode("mac_roman"), _FRIENDLY_NAMES["mac_roman"]
    try:
        return data.decode("cp1252"), _FRIENDLY_NAMES["cp1252"]
    except UnicodeDecodeError:
        return None


_QUOTES_OPENING = "“‘«‹‚„"
_QUOTES_CLOSING = "”’»›"


def _typography_fit(text: str) -> int:
    """How well a reading's non-ASCII characters sit where text puts such characters: +1 for each that fits (an
    accented small letter inside a word, ’ between letters, quotes that open before a word and close after one, a dash
    between numbers or spaces), −1 for each that does not (a capital after a small letter, a letter between digits,
    quotes, bullets or symbols inside a word, modifier marks and private or control characters, which text does not
    hold), 0 where either could be right."""
    fit = 0
    for found in _NON_ASCII_CHAR.finditer(text[: _SCORE_SAMPLE * 10]):
        at = found.start()
        char = text[at]
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        fit += _fits(char, before, after)
    return fit


_NON_ASCII_CHAR = re.compile(r"[^\x00-\x7f]")


def _fits(char: str, before: str, after: str) -> int:
    category = unicodedata.category(char)
    between_letters = before.isalpha() and after.isalpha()
    between_digits = before.isdigit() and after.isdigit()
    if category in ("Lm", "Sk", "Co", "Cc", "Cn"):
        return -1
    if category == "Ll":
        if between_digits or after.isupper():
            return -1
        return 1 if before.isalpha() or after.isalpha() else 0
    if category == "Lu":
        return -1 if before.islower() or between_digits else 0
    if char == "’":
        return 1 if between_letters or (before.isalnum() and not after.isalnum()) else 0
    if char in _QUOTES_OPENING or char in _QUOTES_CLOSING:
        if between_letters:
            return -1
        if char in _QUOTES_OPENING:
            return 1 if after.isalnum() and not before.isalnum() else 0
        return 1 if not before.isspace() and not after.isalnum() else 0
    if category == "Pd":
        return 1 if between_digits or (before == " " and after == " ") else 0
    if char == "…":
        return 1 if before.isalnum() else 0
    if category[0] in "PS" or category == "No":
        return -1 if between_letters else 0
    return 0


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


_PUBMED_XML = re.compile(
    r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE\s+Pubmed(?:Book)?ArticleSet\b[^>]*>\s*)?<Pubmed(?:Book)?ArticleSet\b"
)
"""PubMed XML opens with its root, after the XML declaration and the DOCTYPE naming NLM's DTD (PubMed's "Send to: File,
Format XML", efetch)."""


_ZOTERO_RDF = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?<rdf:RDF\b[^>]*\bxmlns:z=\"http://www\.zotero\.org/namespaces/export#\"")
"""Zotero RDF opens with the `rdf:RDF` root declaring Zotero's own namespace among its others (Export… > Zotero RDF)."""


def sniff_format(text: str) -> str | None:
    """ "bibtex", "ris", "medline", "wos" (Web of Science plain text), "ovid" (Ovid's tagged export), "endnote"
    (EndNote's tagged text) or "refworks" from the first line that only one of them can start with; "csl" for CSL JSON,
    "endnote_xml" for EndNote XML, "pubmed_xml" for PubMed XML, "zotero_rdf" for Zotero RDF."""
    if _looks_like_csl(text):
        return "csl"
    if _ENDNOTE_XML.match(text.lstrip("\ufeff")[:1000]):
        return "endnote_xml"
    if _PUBMED_XML.match(text.lstrip("\ufeff")[:1000]):
        return "pubmed_xml"
    if _ZOTERO_RDF.match(text.lstrip("\ufeff")[:4000]):
        return "zotero_rdf"
    found = _FORMAT_LINE.search(text.lstrip("\ufeff"))
    return found.lastgroup if found else sniff_labelled(text)  # the Cochrane Library's plain text, Ovid's labelled export


COCHRANE_FIRST_LINES = re.compile(
    r"^Record #\d+ of \d+[ \t]*\r?\n(?:(?:Provider|Content): [^\n]*\n|[ \t]*\r?\n)*(?:[A-Z][A-Z0-9]|DOI): ", re.M
)
"""How the Cochrane Library's plain-text export opens a record: its number, the provider's lines, then a field
(`ID: CN-…`). An EndNote Web RIS opens with the same number and provider lines but goes on with 'TY  - '."""
OVID_LABELLED_RECORD = re.compile(r"^<\d+\.? ?>[ \t]*\r?\n[A-Z][^\n]{0,60}\r?\n[ \t]+\S", re.M)
"""How Ovid's labelled export opens a record: its number, a field's name on the next line, its value indented under
it. Ovid's tagged export opens with the same number, then 'XX  - ' lines."""
_LABELLED_HEAD = 64_000


def sniff_labelled(text: str) -> str | None:
    """ "cochrane" for the Cochrane Library's plain text, "ovid" for Ovid's labelled export: the exports whose fields
    are no tag lines the other formats' first lines have (`sniff_format` asks here when none of those is found). The
    first record is found within the file's head, after Ovid's search history."""
    head = text[:_LABELLED_HEAD].lstrip("\ufeff")
    cochrane, ovid = COCHRANE_FIRST_LINES.search(head), OVID_LABELLED_RECORD.search(head)
    if cochrane and (ovid is None or cochrane.start() < ovid.start()):
        return "cochrane"
    return "ovid" if ovid else None
