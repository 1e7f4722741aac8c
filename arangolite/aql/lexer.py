"""AQL lexer: turns a query string into tokens, following ArangoDB's ``tokens.ll``.

Each :class:`Token` carries its ``kind`` (a keyword such as ``"FOR"``, an operator
such as ``"=="``, or one of ``IDENT STRING INT DOUBLE PARAM DSPARAM EOF INVALID
LEXERR``), its ``value`` and where it starts: ``pos`` (offset in the text),
``line`` and ``col`` (both 1-based; columns count UTF-8 bytes like ArangoDB).
``epos``/``eline``/``ecol`` are where ArangoDB reports an error on this token:
the closing quote of a string, the last whitespace or comment piece for the end
of the query.

Lexical errors (unterminated strings, too long hex literals …) become a
``LEXERR`` token whose value is the message; the parser raises it when it
reaches that token, as ArangoDB's lexer raises when the parser asks for it.
"""

from __future__ import annotations

import re
from typing import Any

KEYWORDS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "FOR LET FILTER RETURN COLLECT SORT LIMIT WINDOW DISTINCT AGGREGATE ASC DESC NOT AND OR "
        "IN INTO WITH REMOVE INSERT UPDATE REPLACE UPSERT GRAPH SHORTEST_PATH K_SHORTEST_PATHS "
        "K_PATHS ALL_SHORTEST_PATHS OUTBOUND INBOUND ANY ALL NONE LIKE NULL TRUE FALSE"
    ).split()
)

# operator spellings normalised to one token kind
_OP_KIND = {"&&": "AND", "||": "OR", "!": "NOT"}

_PARAM = r"(?:_+[a-zA-Z0-9]+[a-zA-Z0-9_]*|[a-zA-Z0-9][a-zA-Z0-9_]*)"
_QUOTED = "|".join(rf"{q}[^{q}\\]*(?:\\.[^{q}\\]*)*{q}" for q in ('"', "'"))
_TICKED = "|".join(rf"{q}[^{q}\\]*(?:\\.[^{q}\\]*)*{q}" for q in ("`", "\u00b4"))
_MASTER = re.compile(
    # whitespace and complete comments are skipped (atomically: no backtracking into them)
    r"(?>(?:[ \t\r\n]+|//[^\n]*|/\*.*?\*/)*)"
    r"(?:(?P<end>\Z)"  # only whitespace/comments left: one final match, so none is skipped
    r"|(?P<notin>[nN][oO][tT][ \t\r\n]+[iI][nN](?![_a-zA-Z0-9]))"
    r"|(?P<atleast>[aA][tT][ \t\r\n]+[lL][eE][aA][sS][tT](?![_a-zA-Z0-9]))"
    r"|(?P<id>\$?[a-zA-Z][_a-zA-Z0-9]*|_+[a-zA-Z]+[_a-zA-Z0-9]*)"
    r"|(?P<num>0[xX][0-9a-fA-F]+|0[bB][01]+"
    r"|(?:(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)"
    r"|(?P<comment>/\*)"
    r"|(?P<op>==|!=|=~|!~|>=|<=|&&|\|\||::|\.\.|[-+*/%?:,(){}\[\]=!<>.])"
    rf"|(?P<str>{_QUOTED})"
    rf"|(?P<tick>{_TICKED})"
    rf"|(?P<dsp>@@{_PARAM})"
    rf"|(?P<param>@{_PARAM})"
    r"|(?P<open>[\"'`\u00b4])"
    r"|(?P<bad>.))",
    re.DOTALL,
)
_NEWLINE = re.compile("\n")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.DOTALL)
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_INT64_MAX = 2**63 - 1


class Token:
    """One token; see the module docstring for the fields."""

    __slots__ = ("col", "ecol", "eline", "epos", "kind", "line", "pos", "value")

    def __init__(self, kind: str, value: Any, pos: int, line: int, col: int) -> None:
        self.kind = kind
        self.value = value
        self.pos = pos
        self.line = line
        self.col = col
        self.epos = pos
        self.eline = line
        self.ecol = col

    def __repr__(self) -> str:
        return f"Token({self.kind!r}, {self.value!r}, {self.line}:{self.col})"


def _replace_escape(match: re.Match[str]) -> str:
    code = match.group(1)
    if len(code) == 5:
        return chr(int(code[1:], 16))
    return _ESCAPES.get(code, code)


def unescape(text: str) -> str:
    """Resolve backslash escapes (``\\n``, ``\\uXXXX`` incl. surrogate pairs, ``\\x`` → ``x``)."""
    if "\\" not in text:
        return text
    out = _ESCAPE.sub(_replace_escape, text)
    if _SURROGATE.search(out):
        out = out.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return out


def line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based ``(line, byte column)`` of character offset ``pos``, as ArangoDB reports them."""
    line = text.count("\n", 0, pos) + 1
    start = text.rfind("\n", 0, pos) + 1
    return line, len(text[start:pos].encode("utf-8", "surrogatepass")) + 1


def _number(text: str) -> tuple[str, Any, str | None]:
    """``(kind, value, error)`` for a numeric literal as ArangoDB reads it."""
    if text[:2] in ("0x", "0X"):
        if len(text) - 2 > 8:
            return "INT", None, "hex number literal value exceeds the supported range"
        return "INT", int(text[2:], 16), None
    if text[:2] in ("0b", "0B"):
        if len(text) - 2 > 32:
            return "INT", None, "binary number literal value exceeds the supported range"
        return "INT", int(text[2:], 2), None
    if "." in text or "e" in text or "E" in text:
        value = float(text)
        return "DOUBLE", (None if value == float("inf") else value), None
    number = int(text)
    if number <= _INT64_MAX:
        return "INT", number, None
    value = float(text)
    return "INT", (None if value == float("inf") else value), None


def _last_piece(text: str, start: int, end: int, comment: bool) -> int:
    """Offset where flex's last match inside an unterminated string/comment is reported.

    ``start``..``end`` is the content after the opening delimiter; with no content
    the delimiter itself (one quote or ``/*``) was the last match.
    """
    last = start - (2 if comment else 1)
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n":
            last = i = i + 1
        elif comment and ch != "*":
            last = i
            while i < end and text[i] not in "*\n":
                i += 1
        elif not comment and ch == "\\" and i + 1 < end and text[i + 1] != "\n":
            last, i = i, i + 2
        else:
            last, i = i, i + 1
    return last


def _trailing_piece(text: str, start: int) -> int | None:
    """Offset of flex's last match in the whitespace/comments after the last token."""
    end = len(text)
    last: int | None = None
    i = start
    while i < end:
        ch = text[i]
        if ch in " \t\r":
            last = i
            while i < end and text[i] in " \t\r":
                i += 1
        elif ch == "\n":
            last = i = i + 1
        elif text.startswith("//", i):
            last, i = i, i + 2
            stop = text.find("\n", i)
            stop = end if stop < 0 else stop
            if stop > i:
                last, i = i, stop
        else:  # a terminated block comment: its "*/" is the last match
            stop = text.index("*/", i + 2)
            last, i = stop, stop + 2
    return last


def _set_error_pos(text: str, token: Token, pos: int) -> None:
    token.epos = pos
    token.eline, token.ecol = line_col(text, pos)


def _unterminated(text: str, pos: int, comment: bool) -> Token:
    """The error token for a string, quoted name or comment still open at the end."""
    if comment:
        message = "unexpected unterminated multi-line comment"
        piece = _last_piece(text, pos + 2, len(text), comment=True)
    else:
        what = "string literal" if text[pos] in "\"'" else "identifier"
        message = f"unexpected unterminated {what}"
        piece = _last_piece(text, pos + 1, len(text), comment=False)
    token = Token("LEXERR", message, pos, *line_col(text, pos))
    _set_error_pos(text, token, piece)
    return token


_ID, _NUM, _OP, _STR, _TICK, _END = (
    _MASTER.groupindex[g] for g in ("id", "num", "op", "str", "tick", "end")
)
_OTHER = {
    _MASTER.groupindex["dsp"]: "DSPARAM",
    _MASTER.groupindex["param"]: "PARAM",
    _MASTER.groupindex["notin"]: "NOT IN",
    _MASTER.groupindex["atleast"]: "AT LEAST",
    _MASTER.groupindex["bad"]: "INVALID",
}
_UNTERMINATED = {_MASTER.groupindex["open"]: False, _MASTER.groupindex["comment"]: True}


def _token(m: re.Match[str], index: int, text: str, line: int, col: int) -> Token:
    """The token for a match of the less common kinds (numbers, strings, parameters …)."""
    pos = m.start(index)
    word = m.group(index)
    if index == _NUM:
        kind, value, error = _number(word)
        return Token("LEXERR" if error else kind, error or value, pos, line, col)
    if index in (_STR, _TICK):
        kind = "STRING" if index == _STR else "IDENT"
        token = Token(kind, unescape(word[1:-1]), pos, line, col)
        _set_error_pos(text, token, m.end() - 1)
        return token
    if index in _UNTERMINATED:
        return _unterminated(text, pos, _UNTERMINATED[index])
    kind = _OTHER[index]
    if kind == "DSPARAM":
        return Token(kind, word[2:], pos, line, col)
    if kind == "PARAM":
        return Token(kind, word[1:], pos, line, col)
    if kind == "INVALID" and word == ".":
        kind = "."
    return Token(kind, word, pos, line, col)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens; the list ends with an ``EOF`` (or ``LEXERR``) token."""
    tokens: list[Token] = []
    append = tokens.append
    ascii_only = text.isascii()
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    count = len(newlines)
    seen = line_start = last_end = 0
    for m in _MASTER.finditer(text):
        index = m.lastindex or _END
        if index == _END:
            break
        pos = m.start(index)
        while seen < count and newlines[seen] < pos:
            line_start = newlines[seen] + 1
            seen += 1
        col = pos - line_start + 1 if ascii_only else len(text[line_start:pos].encode()) + 1
        if index == _ID:
            word = m.group(index)
            upper = word.upper()
            token = Token(upper if upper in KEYWORDS else "IDENT", word, pos, seen + 1, col)
        elif index == _OP:
            word = m.group(index)
            token = Token(_OP_KIND.get(word, word), word, pos, seen + 1, col)
        else:
            token = _token(m, index, text, seen + 1, col)
            if token.kind == "LEXERR":
                append(token)
                return tokens
        append(token)
        last_end = m.end()
    append(_eof_token(text, tokens, last_end))
    return tokens


def _eof_token(text: str, tokens: list[Token], last_end: int) -> Token:
    """The end token, positioned where ArangoDB reports "unexpected end of query string"."""
    line, col = line_col(text, len(text))
    token = Token("EOF", None, len(text), line, col)
    piece = _trailing_piece(text, last_end)
    if piece is not None:
        _set_error_pos(text, token, piece)
    elif tokens:
        previous = tokens[-1]
        token.epos, token.eline, token.ecol = previous.epos, previous.eline, previous.ecol
    return token
