"""Resolving a mention to the speaker the document names: surnames, pronouns, titles, bodies."""

from __future__ import annotations

import bisect
from typing import Final

from claimkit._lazy import LazyRegex
from claimkit.quotes import lexicon as lex
from claimkit.quotes.bodies import _institution_in_full, _is_institution, _named_body, _org_name
from claimkit.quotes.demonstratives import _PRONOUN_WINDOW
from claimkit.quotes.document import _Doc
from claimkit.quotes.gender import (
    _definite_gender,
    _name_gender,
    _pick,
)
from claimkit.quotes.mentions import _Mention
from claimkit.quotes.names import _TITLE_WINDOW
from claimkit.quotes.pronouns import (
    _PRONOUN_GENDER,
    _main_person,
    _resolve_pronoun,
    _Speakers,
    _unnamed_last,
)
from claimkit.quotes.roles import _complement_end
from claimkit.quotes.surnames import _single_name, _strip_honorific
from claimkit.quotes.titlewords import _JOB_ALT, _JOB_WORDS, title_key
from claimkit.quotes.tokens import _ADVERBIAL_OPENERS, _DEMONYM_ENDINGS, _fold

# --------------------------------------------------------------------------- resolution


def _described_anew(m: _Mention, head: str) -> bool:
    """Tell whether a title no lexicon lists comes with a complement: "le tavana de Faa'a".

    Such a noun phrase describes someone anew; a bare one ("le pompier", "le technicien
    algérien") refers back like a title.
    """
    if head in _JOB_WORDS or head in lex.TITLE_HYPERNYMS:
        return False
    return _COMPLEMENT_RE.search(_fold(m.text)) is not None


_COMPLEMENT_RE: Final = LazyRegex(r"\s(?:de|du|des)\s|\sd'")


#: A sentence headed by someone's title with no name after it: "Son avocat conteste." (a
#: possessive: someone else than the person it relates to; "Le président du parti" may
#: well be the person just named, so a definite title does not count).  Masked text.
_TITLED_HEAD_RE: Final = LazyRegex(
    r"(?:^|[.!?…][ \t\u00a0]+|\n[ \t]*)"
    r"(?:[Ss]on|[Ss]a|[Ll]eur)"
    rf"[ \t\u00a0]*(?:\p{{Ll}}+[ \t\u00a0]+)?({_JOB_ALT})(?![\p{{L}}\-])"
    r"(?![ \t\u00a0,]+\p{Lu})"
)


def _titled_subject_since(doc: _Doc, name: str, pos: int) -> bool:
    """Tell whether a sentence headed by another titled, unnamed person stands between.

    Read from the last mention of *name* (at most ``_PRONOUN_WINDOW`` characters back) to
    *pos*.  A title *name* may carry ("Le chef de l'État" for the president, "la
    magistrate" for the prosecutor) does not count.
    """
    doc.titles  # noqa: B018 - fills title_heads
    same = doc.names_ending(name.split()[-1].lower())
    k = bisect.bisect_left(same, (pos, "")) - 1
    lo = max(pos - _PRONOUN_WINDOW, same[k][0] if k >= 0 else 0)
    for m in _TITLED_HEAD_RE.finditer(doc.masked, lo, pos):
        folded = _fold(doc.masked[m.start(1) : m.end(1) + 60])
        head = title_key(m.group(1), folded, m.end(1) - m.start(1))[0]
        if not _heads_of(doc, name) or not _title_fits(doc, name, head):
            return True
    return False


def _resolve(doc: _Doc, m: _Mention, seen: _Speakers) -> str | None:
    found = _resolve_any(doc, m, seen)
    if found is not None and found in doc.by_first and found in lex.GIVEN_NAMES:
        return doc.by_first[found]  # "Me Max" for "Max Loalngar"
    if found is not None and " " not in found and doc.names_ending(found.lower()):
        full = doc.fullest(found)  # "Plante" brought in by "Mme Plante": "Valérie Plante"
        first = full.split()[0]
        if first in lex.GIVEN_NAMES or not (
            first in lex.NOT_SPEAKERS or first.lower() in _ADVERBIAL_OPENERS
        ):
            return full  # not "Derrière Netflix" for the company "Netflix"
    return found


def _title_heading_sentence(doc: _Doc, m: _Mention) -> str | None:
    """Return the title, as written, heading the sentence before a first quotation.

    "…, le sélectionneur ivoirien a été en conférence de presse. « … », a-t-il déclaré.":
    nobody named, nobody quoted yet; the title right before its verb is who "il" is.
    """
    lo = doc.sentence_start(m.start)
    lo = doc.previous_sentence_start(lo) if lo > 0 else lo
    found = _TITLE_SUBJECT_RE.search(doc.masked, lo, m.start)
    if found is None or doc.subjects_between(lo, m.start):
        return None  # a name as complement does not count: "le discours d'Emmanuel Macron"
    title = found.group("title").rstrip()
    return title[0].lower() + title[1:]


#: A definite title heading a clause, right before its verb: "le sélectionneur ivoirien a".
_TITLE_SUBJECT_RE: Final = LazyRegex(
    rf"(?:^|[,.]\s+|\n\s*)(?P<title>(?:Le|La|L'|L\u2019|le|la|l'|l\u2019)\s*(?:{_JOB_ALT})"
    rf"(?:\s+\p{{L}}+){{0,2}}?"
    # maybe a complement: "Le patron des sénateurs Les Républicains s'est montré critique"
    r"(?:\s+(?:de\s+la|de\s+l['\u2019]|du|des|de|d['\u2019])\s*\p{L}+(?:\s+\p{L}+){0,2}?)?)"
    r"\s+(?:(?:a|avait|est)(?![\p{L}])|s['\u2019])"
)


#: The titles an honorific stands for: "Son Altesse" for the prince named before.
_HONORIFIC_TITLES: Final[dict[str, frozenset[str]]] = {
    "Altesse": frozenset({"prince", "princesse", "émir", "sultan", "souverain", "roi", "reine"}),
    "Majesté": frozenset({"roi", "reine", "souverain", "monarque", "sultan", "empereur"}),
    "Excellence": frozenset({"président", "ambassadeur", "ministre", "premier ministre"}),
    "Sainteté": frozenset({"pape"}),
    "Éminence": frozenset({"cardinal", "archevêque"}),
}


def _honorific(doc: _Doc, m: _Mention, seen: _Speakers) -> str | None:
    """Resolve "Son Altesse Sérénissime", "Sa Majesté" to the dignitary it stands for.

    The one person named with a title the honorific stands for, else the person the
    document is about, else the honorific as written.
    """
    heads = _HONORIFIC_TITLES[m.text.split(" ")[1]]
    named = {doc.fullest(n) for h, _, n in doc.titles[1] if h in heads}
    if len(named) == 1:
        return named.pop()
    return _main_person(doc, m.start, seen) or m.text


#: Feminine endings of ``_DEMONYM_ENDINGS``: "la Sénégalaise", "l'Ivoirienne".
_FEMININE_DEMONYMS: Final = ("oise", "aise", "ienne", "aine", "éenne")


def _resolve_any(doc: _Doc, m: _Mention, seen: _Speakers) -> str | None:
    if m.kind == "pronoun":
        found = _unnamed_last(doc, m, seen) if m.text in {"il", "elle"} else None
        if found is not None:
            return found  # "déclare le président du Conseil d'État. « … », dit-il"
        if (
            m.text in {"il", "elle"}
            and not seen.anyone
            and not doc.names_between(doc.sentence_start(m.start), m.start)
        ):
            # "Le patron des sénateurs LR s'est montré critique sur le discours d'Emmanuel
            # Macron. « … », a-t-il twitté": the title heading the sentence, not a complement
            heading = _title_heading_sentence(doc, m)
            if heading is not None:
                return heading
        found = _resolve_pronoun(doc, m, seen)
        if found is None and m.text in {"il", "elle"}:
            found = _main_person(doc, m.start, seen, _PRONOUN_GENDER[m.text])
        if found is None and m.text in {"il", "elle"}:
            found = _unnamed_last(doc, m, seen)
        if found is None and m.text in {"il", "elle"} and not seen.anyone:
            found = _title_heading_sentence(doc, m)
        if (
            found is not None
            and m.text in {"il", "elle"}
            # the article's one speaker is who an unnamed title stands for
            and found != doc.only_person_before(m.start, seen.credited)
            and _titled_subject_since(doc, found, m.start)
        ):
            return None  # "Paul Durand est accusé. Son avocat conteste. « … », a-t-il dit"
        return found
    if m.kind in {"org", "name"} and m.text in doc.datelines:
        return None  # "Alakhbar – La défense …": the dateline's agency or place
    if m.kind == "name" and m.desc is not None and _unconfirmed(doc, m.text):
        # "réagit le candidat Calédonie Ensemble": after a title, capitalised words that are
        # no known person's name (a party, a list) leave the title to be resolved.
        start = doc.text.rfind(m.desc, max(0, m.start - 80), m.start)
        if start >= 0:
            det = max(0, doc.text.rfind(" ", max(0, start - 4), start - 1) + 1)
            title = _Mention("desc", det, start + len(m.desc), m.desc, desc=m.desc)
            found = _title_anaphor(doc, title, _title_key_of(doc, title), seen)
            if found is not None:
                return found
    if m.kind == "name":
        name, dropped = _strip_honorific(m.text)
        if " " not in name:
            return _single_name(doc, name, m.start, m.titled or dropped or m.desc is not None)
        return doc.fullest(name)
    if m.kind == "org":
        if " " not in m.text and not m.titled:
            found = _single_name(doc, m.text, m.start, False)
            if found == m.text:
                return _org_name(doc, found) or found  # "selon l'Udc": spelled out
            return found
        head = _fold(m.text).split()[0]
        if head in lex.INSTITUTION_SYNONYMS and m.text[:1].islower():
            # "déplore l'exécutif calédonien" after "le gouvernement de la Nouvelle-Calédonie"
            return _institution_in_full(doc, lex.INSTITUTION_SYNONYMS[head], m.start) or m.text
        return m.text
    if m.kind == "source":
        return (
            (_org_name(doc, m.owner) or m.owner)
            if m.owner
            else _org_name(doc, doc.last_org(m.start))
        )
    if m.kind == "desc" and m.text.split(" ")[1:2] and m.text.split(" ")[1] in _HONORIFIC_TITLES:
        return _honorific(doc, m, seen)
    if m.kind == "anaphor" and doc.court and _fold(m.text) == "conseil":
        # in a trial report "le conseil" is a party's lawyer, not a council
        counsel = _Mention("desc", m.start, m.end, "le conseil", desc="le conseil")
        return _resolve_any(doc, counsel, seen)
    if m.kind == "anaphor":
        org = _org_name(doc, m.owner or doc.last_org(m.start)) or _named_body(doc, m.start)
        if _is_institution(m):
            noun = _fold(m.text).split()[-1]
            if org is None or noun not in _fold(org):
                # "Pour le gouvernement, « … »": the institution itself, as fully as the
                # document names it ("le parquet de Vienne … a indiqué le parquet")
                return _institution_in_full(doc, noun, m.start) or noun
        return org
    if (
        m.kind == "desc"
        and m.text[:1].isupper()
        and m.text.isalpha()
        and m.text.lower().endswith(_DEMONYM_ENDINGS)
        and _fold(m.text) not in _JOB_WORDS  # "le Souverain" is a title
    ):
        # "a déclaré le Tunisien": someone named before, called by nationality, as "il"
        pronoun = "elle" if m.text.lower().endswith(_FEMININE_DEMONYMS) else "il"
        return _resolve_pronoun(doc, _Mention("pronoun", m.start, m.end, pronoun), seen)
    # A bare title: "la ministre" -> the person the document names with that title; else
    # the person the text is about, as a pronoun would be; else the title as written.
    key = title_key(m.text, _fold(doc.text[m.start : m.end + 60]), m.end - m.start)
    named = doc.titled_before(key, m.start) or seen.titles.get(key)
    if (
        named is not None
        and (want := _definite_gender(doc, m)) is not None
        and _name_gender(doc, named) not in (None, want)
    ):
        named = None  # "témoigne la cinéaste" is not "le grand cinéaste Idrissa Ouedraogo"
    if named is None:
        named = _hypernym_before(doc, m, key[0])  # "l'élue LR" after "la députée X"
    if named is None and not _described_anew(m, key[0]):
        # a role no lexicon lists with words after it ("le tavana de Faa'a") is someone
        # described anew, not a person named before
        named = _title_anaphor(doc, m, key[0], seen)
        if named is not None and key[0] in _JOB_WORDS:
            seen.titles[key] = named  # "le premier ministre" is that person from now on
    if (
        named is None
        and not (doc.court and _fold(key[0]) in lex.COURT_ROLES)
        and (want := _definite_gender(doc, m)) is not None
    ):
        # "Le ministre des Affaires étrangères dira …" in an article about one person
        main = _main_person(doc, m.start, seen, want)
        if main is not None and (
            _title_fits(doc, main, key[0])
            # the one person the whole text names, a titled public figure: "L'ex-président
            # Laurent Gbagbo … « … », a déclaré le fondateur du PPA-CI"
            or (
                _heads_of(doc, main)
                # "la juge" is not the prosecutor, "le journaliste" not the person asked
                and _fold(key[0]) not in lex.COURT_ROLES | lex.INTERVIEWER_ROLES
                and doc.people == {main}
            )
        ):
            named = main
    if named is None and not doc.court and _fold(key[0]) in _JOB_WORDS:
        named = _only_one_of_gender(doc, m, key[0], seen)
    adj = _DEMONYM_AFTER_RE.match(doc.text, m.end)
    if named is not None and adj is not None and _named_otherwise(doc, named, adj.group(1)):
        named = None  # "Le ministre ghanéen" after "le ministre sénégalais Amadou Ba"
    return named if named is not None else _as_written(doc, m)


def _only_one_of_gender(doc: _Doc, m: _Mention, head: str, seen: _Speakers) -> str | None:
    """Return the one person of the title's gender named before it, all others the other.

    "… suivre Apolline Traoré … confie l'un des acteurs, Jimmy Jean-Louis … l'évocation du
    grand cinéaste Idrissa Ouedraogo … « … », témoigne la cinéaste": the only woman named.
    Only when every person named so far has a known gender, the title fits her titles, and
    she was not quoted before under her name alone ("« … », a dit Awa Diop. … « … », a
    insisté la ministre" is someone else).
    """
    want = _definite_gender(doc, m)
    if want is None:
        return None
    people = {doc.fullest(n) for _, n in doc.names_between(0, m.start)}
    if len(people) < 2 or len(people) > 6:
        return None
    genders = {p: _name_gender(doc, p) for p in people}
    if None in genders.values():
        return None
    fits = [p for p, g in genders.items() if g == want]
    if len(fits) != 1 or not _title_fits(doc, fits[0], head):
        return None
    if fits[0] in seen.credited and fits[0] not in seen.by_gender and not _heads_of(doc, fits[0]):
        return None
    seen.by_gender.add(fits[0])
    return fits[0]


def _hypernym_before(doc: _Doc, m: _Mention, head: str) -> str | None:
    """Return the one person named before with a title a broader *head* covers.

    "la députée Nathalie Serre et la ministre Patricia Mirallès. L'élue LR s'interrogeait":
    "élue" covers "députée", not "ministre".  Within 3,000 characters back, gender
    permitting; two such people: None.
    """
    word = head.split()[0] if head else ""
    covered = lex.TITLE_HYPERNYMS.get(word)
    positions, found = doc.titles
    if not covered or not positions:
        return None
    want = _definite_gender(doc, m)
    lo = bisect.bisect_left(positions, m.start - _TITLE_WINDOW)
    hi = bisect.bisect_left(positions, m.start)
    people = {
        doc.fullest(name)
        for h, _, name in found[lo:hi]
        if h.split()[0] in covered
        and (want is None or _name_gender(doc, doc.fullest(name)) in (None, want))
    }
    return people.pop() if len(people) == 1 else None


def _as_written(doc: _Doc, m: _Mention) -> str:
    """Give a title nobody is named with as the document writes it, with its complement.

    "a estimé le ministre de l'Économie et des finances" → "le ministre de l'Économie et
    des finances" (GOLD_FORMAT: the title as written, article included).
    """
    j = doc.tok_range(m.start, m.end)[1]
    stop = _complement_end(doc, j, doc.tok_range(m.end, doc.sentence_end(m.end))[1])
    end = doc.toks[stop - 1].end if stop > j else m.end
    return doc.text[m.start : end]


#: A nationality or origin adjective right after a title: "le ministre ghanéen".
_DEMONYM_AFTER_RE: Final = LazyRegex(
    r"[ \u00a0](\p{Ll}{3,}(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|in|ine|an|ane"
    r"|ique|ite|and|ande|ol|ole|ec|èque))(?![\p{L}\-])"
)


def _named_otherwise(doc: _Doc, name: str, adjective: str) -> bool:
    """Tell whether the document gives *name* another origin adjective than *adjective*.

    "le ministre sénégalais Amadou Ba" against "le ministre ghanéen": yes.  A person named
    with no such adjective, or with the same one, is not told apart.
    """
    stem = _fold(adjective)[:5]
    other = False
    for pos, found in doc.names_ending(name.split()[-1].lower())[:8]:
        after = doc.text[pos + len(found) : pos + len(found) + 60].split(".")[0]
        before = doc.text[max(0, doc.sentence_start(pos), pos - 90) : pos]
        near = _fold(before + " " + after)
        if stem in near:
            return False
        other = other or any(
            _DEMONYM_AFTER_RE.fullmatch(" " + w) is not None and w[:5] != stem
            for w in _TITLED_ADJECTIVE_RE.findall(near)
        )
    return other


#: A job noun and the adjective after it, in folded text: "ministre senegalais".
_TITLED_ADJECTIVE_RE: Final = LazyRegex(rf"(?:{_JOB_ALT})\s+(\p{{Ll}}+)")


def _unconfirmed(doc: _Doc, name: str) -> bool:
    """Tell whether capitalised words after a title may not name a person.

    Not when their first word is a given name, nor when the document names them again,
    nor for one word the document capitalises inside its sentences ("le capitaine Oger").
    """
    words = name.split()
    if len(words) == 1 and words[0] in doc.inside and words[0] not in lex.NOT_SPEAKERS:
        return False
    return words[0] not in lex.GIVEN_NAMES and doc.name_count.get(name, 0) <= 1


def _title_key_of(doc: _Doc, m: _Mention) -> str:
    return title_key(m.text, _fold(doc.text[m.start : m.end + 60]), m.end - m.start)[0]


def _title_anaphor(doc: _Doc, m: _Mention, head: str, seen: _Speakers) -> str | None:
    """Read a definite title no named person carries as a pronoun of its gender.

    "Philippe Dunoyer déplore … « … », réagit le candidat" → Philippe Dunoyer.  Only with
    a definite article ("un avocat" is someone new) and a known gender, and never for a
    person the document gives another title.
    """
    want = _definite_gender(doc, m)
    if want is None:
        return None
    if _fold(head) in _COUNSEL:
        # "contestée par Me Nader Wolf. … « … », a réagi le défenseur": the one lawyer (a
        # "Me" before the name) named since the last quotation
        lawyers = {
            doc.fullest(n)
            for p, n in doc.names_between(seen.last_end, m.start)
            if _LAWYER_BEFORE_RE.search(doc.text, max(0, p - 8), p) is not None
        }
        if len(lawyers) == 1:
            return lawyers.pop()
    if doc.court and _fold(head) in lex.COURT_ROLES:
        return None  # "Barthélémy Dias … Le procureur rebondit : « … »": someone else
    if _fold(head) in lex.INTERVIEWER_ROLES:
        return None  # "« … ? », lui a demandé le journaliste": not the person asked
    # Only a subject brought in since the last quotation, or the last person quoted: "la
    # ministre" never reads a name in a complement ("l'avocat de Pierre Mba").
    since = doc.subjects_between(max(seen.credited_end, m.start - _PRONOUN_WINDOW), m.start)
    found = _pick(doc, since, want) if since else None
    if found is None and seen.people:
        last = seen.people[-1]
        if _name_gender(doc, last) in (None, want):
            found = last
        else:
            # the last person quoted is of the other gender: the one before of this gender
            # ("… », a dit M. Bonnardel. « … », a insisté l'élue" → the mayor quoted before)
            # — only someone the document gives a title, so the titles can be matched
            for earlier in reversed(seen.people[-6:-1]):
                if _name_gender(doc, earlier) == want:
                    found = earlier if doc.title_heads.get(earlier) else None
                    break
    if found is None:
        return None
    if (
        doc.titles[0]
        and not _title_fits(doc, found, head)
        and not _subject_nearby(doc, found, m, head)
    ):
        return None
    return found


#: Titles of a party's lawyer, and the civility that marks a lawyer's name ("Me X").
_COUNSEL: Final = frozenset({"avocat", "défenseur", "conseil", "bâtonnier", "batonnier"})
_LAWYER_BEFORE_RE: Final = LazyRegex(r"(?<![\p{L}])(?:Me|Maître|Maitre)[ \u00a0]+\Z")


def _subject_nearby(doc: _Doc, name: str, m: _Mention, head: str) -> bool:
    """Tell whether *name* is a subject in the sentence of *m* or the one before it.

    "Poursuivant, Bobby Hurreeram a parlé de X. « … », a déclaré le ministre": a title
    right after the person was brought in is that person's, whatever title they had before
    (nobody carries that title in the document before it).  Not between two roles of a
    trial ("la juge" after "la procureure X"): they are different people.
    """
    if (head in lex.COURT_ROLES or _fold(head) in lex.COURT_ROLES) and not _heads_of(
        doc, name
    ).isdisjoint(lex.COURT_ROLES):
        return False  # "la procureure X … a répondu la juge": two people in a courtroom
    lo = doc.previous_sentence_start(doc.sentence_start(m.start))
    if lo > 0 and len(doc.text[lo : doc.sentence_start(m.start)].split()) < 6:
        lo = doc.previous_sentence_start(lo)  # past a short heading: "« Phase compliquée »"
    return any(doc.fullest(n) == name for _, n in doc.subjects_between(lo, m.start))


def _heads_of(doc: _Doc, name: str) -> set[str]:
    """Return a person's title heads, under the name as found or its fullest form."""
    return doc.title_heads.get(name) or doc.heads_by_person.get(name, set())


def _title_fits(doc: _Doc, name: str, head: str) -> bool:
    """Tell whether a title keyed *head* may stand for *name*, given the titles it has.

    Its own title, or a broader one ("la magistrate" for the prosecutor, "l'homme de
    média" for anyone): never another ("le juge" is not the prosecutor).
    """
    heads = _heads_of(doc, name)
    if not heads or heads == {head} or head not in _JOB_WORDS:
        return True  # no title, the same, or a role no lexicon lists ("le pompier")
    broader = lex.TITLE_HYPERNYMS.get(head.split()[0])
    return broader is not None and (not broader or heads <= broader | {head})


def _continued_by_title(
    doc: _Doc, m: _Mention, verb: str | None, last: str | None, seen: _Speakers
) -> bool:
    """Tell whether "a ajouté l'opposant" goes on with *last*, the named speaker just quoted.

    A bare title nobody is named with, after a verb that continues what was said ("a
    ajouté", "poursuit"), stands for the person quoted right before when that person is
    named and not known to be of the title's other gender (the caller checks that nobody
    else was brought in between).
    """
    if verb is None or last is None or last in seen.written or m.kind != "desc":
        return False
    if _fold(m.text).split()[0] in lex.COURT_ROLES:
        return False  # "a poursuivi le procureur": a trial's roles are each their own person
    if " ".join(_fold(verb).split()) not in lex.CONTINUING_VERBS:
        return False
    gender = _definite_gender(doc, m)
    return gender is None or _name_gender(doc, last) in (None, gender)
