r"""Hard-wrapped text (wire copy cut at a fixed width) read as the prose it is.

Some pages keep an agency dispatch's line breaks inside its sentences: "Cette modification
porte le budget de 2.130 milliards de FCFA (plus de 3\nmilliards EUR) à …". An amount, a
date or a quotation cut by such a break is missed, since the extractors treat a line break
as the end of a paragraph.  :func:`unwrapped` gives the text with those breaks read as
spaces: same length, same offsets, so every claim found in it is a span of the original.
Only a text most of whose line breaks fall inside a sentence is touched; a break after a
sentence's end, before a capital or between paragraphs stays.
"""

from __future__ import annotations

from typing import Final

from claimkit._lazy import LazyRe

#: A line break inside a sentence: after a letter, a digit, a comma or a closing bracket,
#: before a lower-case letter, a digit or an opening mark (the break first: the search
#: jumps from one line break to the next).
_SOFT_BREAK_RE: Final = LazyRe(r"\n(?<=[\w,;'’)%]\n)(?=[a-zàâäçéèêëîïôöûùüÿœæ0-9«(])")
#: Soft breaks a text needs to be read as hard-wrapped, and their least share of its breaks.
_MIN_SOFT: Final = 3
_MIN_SHARE: Final = 0.4


def unwrapped(text: str) -> str:
    r"""Return *text* with the line breaks of hard-wrapped prose read as spaces.

    >>> t = ("Le budget passe de 2.130 milliards (plus de 3\nmilliards EUR) à 2.315\n"
    ...      "milliards, selon le texte\nrendu public à l'issue du conseil.")
    >>> unwrapped(t)[36:62]
    'plus de 3 milliards EUR) à'
    >>> t = "Titre\n\nUn paragraphe.\nUn autre."
    >>> unwrapped(t) == t
    True
    """
    breaks = text.count("\n")
    if breaks < _MIN_SOFT:
        return text
    soft = [m.start() for m in _SOFT_BREAK_RE.finditer(text)]
    if len(soft) < _MIN_SOFT or len(soft) < _MIN_SHARE * breaks:
        return text
    chars = list(text)
    for at in soft:
        chars[at] = " "
    return "".join(chars)
