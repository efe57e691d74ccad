"""Mentions of a speaker at a token: names, titles, pronouns, sources; reporting verbs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

import regex

from claimkit.models import AttributionKind
from claimkit.quotes import lexicon as lex
from claimkit.quotes.document import _Doc
from claimkit.quotes.personnames import (
    _name_after_complement,
    _parse_name,
)
from claimkit.quotes.tokens import (
    _ADVERBS,
    _AS_HEADS,
    _CIVILITIES,
    _DEMONYM_ENDINGS,
    _DETERMINERS,
    _PREPOSITIONS,
    _is_cap,
    _is_titlecase,
    _Phrases,
)

_MentionKind = Literal["name", "pronoun", "source", "anaphor", "desc", "org"]


@dataclass(frozen=True, slots=True)
class _Mention:
    kind: _MentionKind
    start: int
    end: int
    text: str  # the name, noun phrase or pronoun, determiner removed
    desc: str | None = None
    owner: str | None = None  # "l'offre d'emploi de la société Realeyes" -> Realeyes
    titled: bool = False  # a civility or honorific marks the name as a person's: "Me Mangeat"


@dataclass(frozen=True, slots=True)
class _Attr:
    """An attribution: who (a mention), how (after, before, colon…), the verb, its strength."""

    mention: _Mention
    kind: AttributionKind
    verb: str | None
    strong: bool  # a verb, a preposition or a colon, not just the sentence subject


# --------------------------------------------------------------------------- mentions

#: Endings of an adjective right after an organisation's capitalised head noun.
_ADJECTIVE_ENDINGS: Final = (
    "ale", "al", "aux", "ienne", "ien", "aise", "ais", "ique", "aire", "elle", "el", "ère",
    "ier", "ée", "é", "ante", "ive", "if", "euse", "eux", "ine", "aine", "ain", "oise", "ois",
    "ienne", "éenne", "éen", "ste", "ble", "ême", "eure", "ieur",
    # plural: "des Affaires étrangères", "des Travaux publics"
    "ales", "iens", "iennes", "aises", "iques", "aires", "elles", "els", "ères", "iers",
    "ées", "és", "antes", "ants", "ives", "ifs", "euses", "ines", "aines", "ains", "oises",
    "éennes", "éens", "stes", "bles", "eures", "ieurs",
)  # fmt: skip
#: Adverbial phrases between a verb and its inverted subject.
_ADVERB_PHRASES: Final = _Phrases.of(lex.ADVERB_PHRASES)
#: Civilities written in lower case before a name: "selon maître Emmanuel Simh".
_LOWER_CIVILITIES: Final = frozenset({
    "maître", "maitre", "me", "docteur", "professeur", "monsieur", "madame", "sir",
})  # fmt: skip

_REPORTING_VERBS: Final = _Phrases.of(lex.REPORTING_VERBS)
_INVERTED_VERBS: Final = _Phrases.of(lex.INVERTED_VERBS)
_JOB_NOUNS: Final = _Phrases.of(lex.JOB_NOUNS)
_SOURCE_NOUNS: Final = _Phrases.of(lex.SOURCE_NOUNS)
_ACCORDING_TO: Final = _Phrases.of(lex.ACCORDING_TO)
#: Every norm a reporting verb of ``_verb_at`` may start with: the first tokens of its
#: tables, gerunds, and the bare participles of "a <participle>" (maybe glued to "que").
_BARE_PARTICIPLES: Final = {v[2:] for v in lex.REPORTING_VERBS if v.startswith("a ")}
_VERB_STARTS: Final = (
    _INVERTED_VERBS.first
    | _REPORTING_VERBS.first
    | lex.GERUND_VERBS
    | _BARE_PARTICIPLES
    | {p + "que" for p in _BARE_PARTICIPLES}
)


def _match_phrase(doc: _Doc, i: int, j: int, table: _Phrases) -> int:
    """Length in tokens of the longest entry of *table* starting at token i (0 if none)."""
    toks = doc.toks
    if toks[i].norm not in table.first:
        return 0  # the common case, decided without building any string
    joined: list[str] = []
    text = ""
    for t in toks[i : min(j, i + table.longest)]:
        text = f"{text}{t.norm}" if not text or text.endswith("'") else f"{text} {t.norm}"
        joined.append(text)
    for n in range(len(joined), 0, -1):
        if joined[n - 1] in table.entries:
            return n
    return 0


#: Nouns of a person a demonstrative refers back with: "cet homme", "cette mère de famille".
_PERSON_NOUNS: Final = frozenset({
    "homme", "femme", "garçon", "fille", "père", "mère", "monsieur", "dame", "quinquagénaire",
    "quadragénaire", "trentenaire", "sexagénaire", "septuagénaire", "octogénaire", "retraité",
    "retraitée", "habitant", "habitante", "commerçant", "commerçante", "vendeur", "vendeuse",
    "producteur", "productrice", "planteur", "planteuse", "paysan", "paysanne", "patient",
    "patiente", "élève", "mécanicien", "chauffeur", "pêcheur", "éleveur", "éleveuse",
})  # fmt: skip

_POSSESSIVES: Final = frozenset({
    "leur", "leurs", "sa", "son", "ses", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
})  # fmt: skip


#: Abbreviated honorifics of heads of state: "SM le Roi", "SAR la Princesse", "SE le
#: Président".
_STATE_HONORIFICS: Final = frozenset({"SM", "SAR", "SAS", "SE", "SEM"})

#: Nouns of an honorific for a dignitary: "Son Altesse", "Sa Majesté", "Son Excellence".
_HONORIFIC_NOUNS: Final = frozenset({"Altesse", "Majesté", "Excellence", "Sainteté", "Éminence"})

#: Words that open a clause's verb after its subject: negation, auxiliaries, clitics.
_CLAUSE_VERB_WORDS: Final = frozenset({
    "n'", "ne", "a", "ont", "est", "sont", "était", "étaient", "avait", "avaient", "va", "vont",
    "sera", "seront", "doit", "doivent", "peut", "peuvent", "se", "s'", "y", "en",
})  # fmt: skip

#: An inverted auxiliary: "a-t-il", "avait-elle", "ont-ils".
_INVERTED_AUX_RE: Final = regex.compile(r"(?:a-t|avait|ont|avaient)-(?:il|elle|on|ils|elles)")

#: Verbs after which "il" is impersonal: "il faut", "il y a", "il semble", "il s'agit".
_IMPERSONAL: Final = frozenset({
    "faut", "fallait", "faudra", "faudrait", "y", "semble", "semblait", "paraît", "suffit",
    "convient", "importe",
})  # fmt: skip


def _impersonal(doc: _Doc, k: int, j: int) -> bool:
    """Tell whether the verb at token k makes the "il" before it impersonal."""
    toks = doc.toks
    if k >= j:
        return False
    if toks[k].norm in {"s'", "se"}:
        return k + 1 < j and toks[k + 1].norm in {"agit", "agissait", "agira", "agirait"}
    return toks[k].norm in _IMPERSONAL


def _parse_mention(doc: _Doc, i: int, j: int) -> tuple[int, _Mention] | None:
    """Parse a speaker mention starting at token i (before token j)."""
    toks = doc.toks
    if i >= j:
        return None
    t = toks[i]
    if t.raw in _STATE_HONORIFICS and i + 1 < j and toks[i + 1].norm in {"le", "la", "l'"}:
        return _parse_mention(doc, i + 1, j)  # "SM le Roi Mohammed VI": "Sa Majesté"
    if t.norm in lex.PRONOUNS:
        if t.norm == "il" and _impersonal(doc, i + 1, j):
            return None  # "Il s'agit de …", "il faut …", "il y a …": nobody
        return i + 1, _Mention("pronoun", t.start, t.end, t.norm)
    if t.norm in {"celle-ci", "celui-ci"}:
        return i + 1, _Mention("pronoun", t.start, t.end, t.norm)
    if t.norm in _RELATIVE_SUBJECTS:
        # "« … » lequel rétorque : « … »": a person of that gender, read as "il" / "elle"
        return i + 1, _Mention("pronoun", t.start, t.end, _RELATIVE_SUBJECTS[t.norm])
    if t.norm in {"celui", "celle"} and i + 1 < j and toks[i + 1].norm in {"qui", "dont", "pour"}:
        # "affirme celui pour qui …": a person of that gender, read as "il" / "elle"
        return i + 1, _Mention("pronoun", t.start, t.end, "il" if t.norm == "celui" else "elle")
    if t.norm in {"cette", "ce"} and i + 1 < j and toks[i + 1].norm in {"dernière", "dernier"}:
        text = f"{t.norm} {toks[i + 1].norm}"  # "cette dernière"
        return i + 2, _Mention("pronoun", t.start, toks[i + 1].end, text)
    if t.norm in {"ce", "cet", "cette"} and i + 1 < j:
        # "narre cet homme", "explique cette commerçante": the person just named
        k = i + 2 if toks[i + 1].norm in {"jeune", "vieil", "vieux", "vieille"} else i + 1
        noun = toks[k].norm if k < j else ""
        if noun in _PERSON_NOUNS or noun in _JOB_NOUNS.entries:
            text = "cette dernière" if t.norm == "cette" else "ce dernier"
            return k + 1, _Mention("pronoun", t.start, toks[k].end, text)
    if t.norm in {"son", "sa"} and i + 1 < j and toks[i + 1].raw in _HONORIFIC_NOUNS:
        # "Son Altesse Sérénissime", "Sa Majesté": the dignitary the text is about
        e = i + 2
        while e < j and toks[e].cap and toks[e].raw.lower().endswith(("issime", "oyale", "oyal")):
            e += 1
        text = doc.text[t.start : toks[e - 1].end]
        return e, _Mention("desc", t.start, toks[e - 1].end, text, desc=text)
    if (t.raw[:1].isupper() and i > 0 and toks[i - 1].norm in _POSSESSIVES) or (
        t.norm in _POSSESSIVES and i + 1 < j and toks[i + 1].raw[:1].isupper()
    ):
        return None  # "leur Constitution", "sa Charte": a thing someone has, no speaker
    k = i
    if t.norm in _DETERMINERS:
        k += 1
    if k >= j:
        return None
    # Written source: "l'offre d'emploi (de la société Realeyes)", "le dossier".
    n = _match_phrase(doc, k, j, _SOURCE_NOUNS)
    if n and k > i:
        end = k + n
        if end < j and toks[end].norm == "web":
            end += 1
        owner = None
        if end + 1 < j and toks[end].norm in _SOURCE_ADJECTIVES:
            end += 1  # "le communiqué final"
        link = _source_link(doc, end, j)
        if link:
            m = end + link
            if m < j and toks[m].norm in {"la", "l'", "le"}:
                m += 1
            body = m
            if m < j and toks[m].norm in lex.ORG_ANAPHORS:
                m += 1
            parsed = _parse_name(doc, m, j)
            if parsed:
                owner = parsed[1]
                end = parsed[0]
            elif body < m and toks[body].norm in lex.INSTITUTIONS:
                # "le communiqué du conseil des ministres": the institution, as written
                stop = m
                if stop + 1 < j and toks[stop].norm in {"des", "du", "de"}:
                    stop += 2
                owner = doc.text[toks[body].start : toks[stop - 1].end]
                end = stop
            elif m < j and _match_phrase(doc, m, j, _SOURCE_NOUNS):
                end = m + _match_phrase(doc, m, j, _SOURCE_NOUNS)  # "de la fiche de poste"
        text = doc.text[toks[k].start : toks[end - 1].end]
        return end, _Mention("source", t.start, toks[end - 1].end, text, owner=owner)
    # "l'un de ses avocats Maître Dadjé", "l'une des porte-parole": the title follows.
    if toks[k].norm in {"un", "une"} and k + 2 < j and toks[k + 1].norm in {"de", "des", "d'"}:
        m = k + 2
        if toks[m].norm in _DETERMINERS and m + 1 < j:
            m += 1
        if _match_phrase(doc, m, j, _JOB_NOUNS):
            k = m
        elif toks[m].norm.endswith("s") and toks[m].norm[:-1] in _JOB_NOUNS.entries:
            # a plural title: "l'un de ses avocats Maître Dadjé"
            c = m + 1
            if c < j and toks[c].norm in _LOWER_CIVILITIES:
                c += 1
            parsed = _parse_name(doc, c, j)
            if parsed:
                desc = doc.text[toks[m].start : toks[m].end]
                end_tok = toks[parsed[0] - 1]
                return parsed[0], _Mention(
                    "name", toks[c].start, end_tok.end, parsed[1], desc=desc, titled=True
                )
    # Civility: "M. Dupont", "Mme Lambert", "maître Emmanuel Simh".
    if toks[k].raw in _CIVILITIES or toks[k].norm in _LOWER_CIVILITIES:
        m = k + 1
        if m < j and toks[m].norm == ".":
            m += 1
        parsed = _parse_name(doc, m, j)
        if parsed:
            start = toks[m].start
            end_tok = toks[parsed[0] - 1]
            return parsed[0], _Mention("name", start, end_tok.end, parsed[1], titled=True)
    # Job noun, then maybe the name: "l'acteur Rob Delaney", "la ministre", "l'ancien ministre".
    if (
        k > i
        and k + 1 < j
        and (
            toks[k].norm in lex.TITLE_ADJECTIVES
            # "le premier adjoint", "la première secrétaire"; not "le premier ministre"
            or (toks[k].norm in _RANKS and not _match_phrase(doc, k, j, _JOB_NOUNS))
        )
        and _match_phrase(doc, k + 1, j, _JOB_NOUNS)
    ):
        k += 1
    n = _match_phrase(doc, k, j, _JOB_NOUNS)
    if n:
        end = k + n
        desc = doc.text[toks[k].start : toks[end - 1].end]
        if (
            end < j
            and toks[end].raw.isupper()
            and len(toks[end].raw) > 1
            and toks[end].kind == "word"
            and (end + 1 >= j or not _is_cap(toks[end + 1]) or _is_titlecase(toks[end + 1]))
        ):
            # "le bourgmestre PS Marc-Jean Ghyssels", "la députée CSV": the party
            end += 1
            desc = doc.text[toks[k].start : toks[end - 1].end]
        parsed = _parse_name(doc, end, j)
        if (
            parsed is not None
            and parsed[0] == end + 1
            and parsed[1].lower().endswith(_DEMONYM_ENDINGS)
            and parsed[1] not in lex.GIVEN_NAMES
            and not doc.names_ending(parsed[1].lower())
        ):
            parsed = None  # "la ministre Congolaise des Affaires étrangères": an adjective
        if (
            parsed is None
            and end + 1 < j
            and toks[end].kind == "word"
            and toks[end].raw.islower()
            and toks[end].norm.endswith(_ADJECTIVE_ENDINGS)
            and toks[end].norm not in _PREPOSITIONS | _DETERMINERS
            and (adj := _parse_name(doc, end + 1, j)) is not None
            and " " in adj[1]
        ):
            # an adjective between: "le président sénégalais Macky Sall"
            end, parsed = end + 1, adj
        if parsed:
            return parsed[0], _Mention(
                "name", toks[end].start, toks[parsed[0] - 1].end, parsed[1], desc=desc
            )
        found = _name_after_complement(doc, end, j)
        if found is not None:
            stop, first = found
            desc = doc.text[toks[k].start : toks[first].start].rstrip()
            return stop, _Mention(
                "name", toks[first].start, toks[stop - 1].end,
                doc.text[toks[first].start : toks[stop - 1].end], desc=desc,
            )  # fmt: skip
        # "le porte-parole du gouvernement, Olivier Véran": the name after the complement.
        m = end
        while m < j and m - end < 8 and toks[m].kind != "punct":
            m += 1
        adjective = (
            m == end + 1
            and toks[end].kind == "word"
            and toks[end].raw.islower()
            and toks[end].norm.endswith(_ADJECTIVE_ENDINGS + _DEMONYM_ENDINGS)
        )  # "le président sédunois, Philippe Varone"
        if (
            m > end
            and m + 1 < j
            and toks[m].norm == ","
            and (toks[end].norm in _PREPOSITIONS or adjective)
        ):
            parsed = _parse_name(doc, m + 1, j)
            if parsed and " " in parsed[1]:
                desc = doc.text[toks[k].start : toks[m - 1].end]
                name_start = toks[m + 1].start
                end_tok = toks[parsed[0] - 1]
                return parsed[0], _Mention("name", name_start, end_tok.end, parsed[1], desc=desc)
        return end, _Mention("desc", t.start, toks[end - 1].end, desc, desc=desc)
    if (
        k > i
        and toks[k].norm in lex.ORG_ANAPHORS
        # "l'ONG Human Rights Watch", "l'ASBL X": acronyms that are common nouns
        and (not toks[k].raw[0].isupper() or toks[k].raw in _COMMON_ACRONYMS)
    ):
        end = k + 1
        owner = None
        named = _parse_name(doc, end, j)
        if named is not None and toks[end].start - toks[k].end <= 1:
            # "la société Air France", "le syndicat FO": the body's own name
            stop = named[0]
            if (
                stop < j
                and toks[stop].kind == "word"
                and toks[stop].raw.islower()
                and toks[stop].norm.endswith(_ADJECTIVE_ENDINGS)
                and (
                    stop + 1 >= j
                    or toks[stop + 1].kind == "punct"
                    or toks[stop + 1].norm in _NAME_ENDING_PREPOSITIONS
                )
            ):
                stop += 1  # "le syndicat Force ouvrière": an adjective ends the name
            return stop, _Mention(
                "org",
                toks[end].start,
                toks[stop - 1].end,
                doc.text[toks[end].start : toks[stop - 1].end],
                titled=True,
            )
        if toks[k].norm in lex.INSTITUTIONS:
            # "le ministère de la Santé", "le gouvernement du Québec": named by its complement
            m = end
            if (
                m + 2 < j
                and toks[m].kind == "word"
                and toks[m].raw.islower()
                and toks[m].norm.endswith(_ADJECTIVE_ENDINGS)
                and toks[m + 1].norm in {"de", "du", "des", "d'"}
            ):
                m += 1  # "le gouvernement provincial de Kinshasa": an adjective first
            if m + 1 < j and toks[m].norm in {"de", "du", "des", "d'"}:
                m += 1
                if m < j and toks[m].norm in {"la", "l'", "le", "les"}:
                    m += 1
                named = _parse_name(doc, m, j)
                if named is not None:
                    stop = named[0]
                    # "du Premier ministre", "de la Sécurité publique": the words that go on
                    while (
                        stop < j
                        and stop - named[0] < 2
                        and toks[stop].kind == "word"
                        and toks[stop].raw.islower()
                        and (
                            toks[stop].norm in _JOB_NOUNS.entries
                            or toks[stop].norm.endswith(_ADJECTIVE_ENDINGS)
                        )
                        and not _verb_at(doc, stop, j)[0]
                    ):
                        stop += 1
                    text = doc.text[toks[k].start : toks[stop - 1].end]
                    return stop, _Mention(
                        "org", toks[k].start, toks[stop - 1].end, text, titled=True
                    )
            if (
                m == end
                and m < j
                and toks[m].kind == "word"
                and toks[m].raw.islower()
                and toks[m].norm.endswith(_DEMONYM_ENDINGS)
                and not _verb_at(doc, m, j)[0]
            ):
                # "le gouvernement vénézuélien", "la police congolaise": the country's
                text = doc.text[toks[k].start : toks[m].end]
                return m + 1, _Mention("org", toks[k].start, toks[m].end, text, titled=True)
        if end + 1 < j and toks[end].norm in {"du", "de", "des"} and toks[end + 1].kind == "word":
            end += 2  # "le géant du streaming", "la mission du FMI"
            if toks[end - 1].cap:
                owner = toks[end - 1].raw
        return end, _Mention("anaphor", t.start, toks[end - 1].end, toks[k].raw, owner=owner)
    parsed = _parse_name(doc, k, j)
    if parsed is None:
        return None
    end, name = parsed
    if k > i and end == k + 1 and name.isupper() and len(name) > 1:
        # "la PLR Isabel Rochat", "le député LFI Jean Dupont": a party, then the person
        person = _parse_name(doc, end, j)
        if person is not None and person[1].split()[0] in lex.GIVEN_NAMES and " " in person[1]:
            return person[0], _Mention(
                "name", toks[end].start, toks[person[0] - 1].end, person[1], desc=name
            )
    if (
        k > i
        and end == k + 1
        and toks[i].norm in {"le", "la", "l'"}
        and name.lower().endswith(_DEMONYM_ENDINGS)
        and name not in lex.NEWSPAPER_WORDS
        and name[1:].islower()
        and not doc.names_ending(name.lower())
    ):
        # "le Genevois", "l'Ivoirienne": a demonym stands for a person, like a title
        return end, _Mention("desc", t.start, toks[k].end, name, desc=name)
    if k > i:
        # "l'Alliance des producteurs de films et de télévision": the whole noun phrase.
        m = end
        if (
            m < j
            and toks[m].kind == "word"
            and toks[m].raw.islower()
            and toks[m].norm.endswith(_ADJECTIVE_ENDINGS)
            and not _verb_at(doc, m, j)[0]
        ):
            # "la Banque mondiale", "la Commission européenne", "l'Assemblée nationale"
            m += 1
            end = m
        # Only through a complement: "la WGA veut …" is followed by a verb, not a name part.
        while (
            m < j
            and m - k < 9
            and toks[m].kind != "punct"
            and (m > end or toks[m].norm in {"de", "des", "du", "d'"})
        ):
            if (
                _match_phrase(doc, m, j, _REPORTING_VERBS)
                or toks[m].norm in {"qui", "que"}
                # the clause's verb: "Le Service de police de Sherbrooke n'a pas encore pu"
                or toks[m].norm in _CLAUSE_VERB_WORDS
            ):
                break
            m += 1
        if m > end and toks[m - 1].kind == "word" and toks[m - 1].norm not in _PREPOSITIONS:
            end = m
        name = doc.text[toks[k].start : toks[end - 1].end]
        if toks[i].norm in {"le", "la", "l'"} and name.split()[0] in lex.NEWSPAPER_WORDS:
            # A newspaper's article is part of its name: "selon l'Express", "Le Soleil".
            article = doc.text[toks[i].start : toks[i].end]
            article = article[:1].upper() + article[1:]
            sep = "" if article.endswith(("'", "\u2019")) else " "
            full = f"{article}{sep}{name}"
            return end, _Mention("org", toks[i].start, toks[end - 1].end, full, titled=True)
        return end, _Mention("org", toks[k].start, toks[end - 1].end, name)
    if (
        i > 0
        and k == i
        and name.split()[0] in lex.NEWSPAPER_WORDS
        and toks[i - 1].raw in {"Le", "La", "L'", "L\u2019"}
    ):
        # "Le Soleil écrit que « … »": the article is part of the newspaper's name
        article = toks[i - 1].raw
        sep = "" if article.endswith(("'", "\u2019")) else " "
        full = f"{article}{sep}{name}"
        return end, _Mention("org", toks[i - 1].start, toks[end - 1].end, full, titled=True)
    if (
        end == k + 1
        and not doc.plausible_name(name)
        # right before a verb of saying, a word is its subject: "Iger a ajouté : « … »"
        and (end >= j or not _verb_at(doc, end, j)[0] or name in lex.NOT_SPEAKERS)
    ):
        return None  # "Pointant du doigt …", "Samedi soir, …": not a name
    return end, _Mention("name", t.start, toks[end - 1].end, name)


#: Adjectives after a source noun: "le communiqué final", "le rapport annuel".
_SOURCE_ADJECTIVES: Final = frozenset({
    "final", "finale", "officiel", "officielle", "conjoint", "conjointe", "annuel",
    "annuelle", "publié", "publiée", "diffusé", "diffusée",
})  # fmt: skip


def _source_link(doc: _Doc, i: int, j: int) -> int:
    """Tokens linking a source to its issuer: "de", "du", "dudit", "à l'issue du"."""
    toks = doc.toks
    if i >= j:
        return 0
    if toks[i].norm in {"de", "d'", "du", "dudit", "desdits"}:
        return 1
    if toks[i].norm == "de" and i + 1 < j and toks[i + 1].norm == "ladite":
        return 2
    if (
        i + 3 < j
        and toks[i].norm == "à"
        and toks[i + 1].norm == "l'"
        and toks[i + 2].norm == "issue"
        and toks[i + 3].norm in {"du", "de", "dudit", "des"}
    ):
        return 4  # "à l'issue du conseil des ministres"
    if (
        i + 1 < j
        and toks[i].norm in {"publié", "publiée", "signé", "signée"}
        and toks[i + 1].norm == "par"
    ):
        return 2
    return 0


#: Ranks before a title: "le premier adjoint", "la deuxième vice-présidente".
_RANKS: Final = frozenset({"premier", "première", "second", "seconde", "deuxième", "troisième"})


#: Articles that are object pronouns after a subject pronoun: "il l'explique".
_CLITIC_ARTICLES: Final = frozenset({"l'", "le", "la", "les"})
#: Determiners that make an adjective after them prenominal: possessives and indefinites.
_NOUN_ONLY_DETERMINERS: Final = frozenset({"sa", "son", "ses", "leur", "leurs", "un", "une"})
#: Prepositions after which a body's name has ended: all but "de" and its forms, after
#: which a name goes on ("Union progressiste de Côte d'Ivoire").
_NAME_ENDING_PREPOSITIONS: Final = _PREPOSITIONS - {"de", "du", "des", "d'"}
#: Acronyms written in capitals that are common nouns of a kind of body.
_COMMON_ACRONYMS: Final = frozenset({"ONG", "ASBL", "PME"})
#: Adjectives written before a noun: "sa dernière note" is a noun, not the verb "noter".
_PRENOMINAL: Final = frozenset({
    "dernier", "dernière", "derniers", "dernières", "nouveau", "nouvel", "nouvelle",
    "nouveaux", "nouvelles", "premier", "première", "premiers", "premières", "longue",
    "longues", "long", "longs", "courte", "courtes", "brève", "brèves", "bref", "brefs",
    "petite", "petites", "petit", "petits", "grande", "grandes", "grand", "grands",
    "récente", "récentes", "récent", "récents", "seule", "seul", "même", "autre", "autres",
    "énième", "ultime", "vive", "vif",
})  # fmt: skip
_SUBJECTS: Final = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "j'"})


#: Relative pronouns that open a clause about a person: "lequel rétorque".
_RELATIVE_SUBJECTS: Final = {"lequel": "il", "laquelle": "elle", "lesquels": "ils"}


def _verb_at(doc: _Doc, i: int, j: int, gerunds: bool = False) -> tuple[int, bool]:
    """Tokens taken by a reporting verb at token i, and whether it is inverted ("dit-il").

    With *gerunds*, present participles count too ("…, soulignant que « … »").
    """
    toks = doc.toks
    if toks[i].norm not in _VERB_STARTS or (toks[i].kind != "word" and toks[i].norm != "s'"):
        return 0, False  # the common case: no reading below can hold
    if (
        i > 0
        and toks[i - 1].norm in _DETERMINERS
        # "il l'explique", "elle le dit": an object pronoun after a subject one; "comme le
        # souligne X", "ainsi que l'a dit X": after "comme", whose clause inverts its subject
        and not (
            i > 1
            and toks[i - 1].norm in _CLITIC_ARTICLES
            and (
                toks[i - 2].norm in _SUBJECTS
                or toks[i - 2].norm == "comme"
                or (i > 2 and toks[i - 2].norm in {"que", "qu'"} and toks[i - 3].norm in _AS_HEADS)
            )
        )
    ):
        return 0, False  # "l'annonce", "la note": nouns, not verbs
    if i > 1 and toks[i - 1].norm in _PRENOMINAL and toks[i - 2].norm in _NOUN_ONLY_DETERMINERS:
        # "sa dernière note", "une longue explication" (not "cette dernière a répliqué",
        # "le premier explique": a pronoun)
        return 0, False
    n = _match_phrase(doc, i, j, _INVERTED_VERBS)
    if n:
        return n, True
    if (
        i + 2 < j
        and toks[i + 1].norm in _ADVERBS
        and _INVERTED_AUX_RE.fullmatch(toks[i].norm) is not None
        and f"{toks[i].norm} {toks[i + 2].norm}" in lex.INVERTED_VERBS
    ):
        return 3, True  # "a-t-elle ainsi déclaré", "a-t-il également souligné"
    if i + 1 < j and toks[i + 1].norm[:2] == "t-" and toks[i + 1].start == toks[i].end + 1:
        # the hyphen before "t-il" typed as a space: "tranchera t-il", "a t-elle ajouté"
        glued = f"{toks[i].norm}-{toks[i + 1].norm}"
        if glued in lex.INVERTED_VERBS:
            return 2, True
        if i + 2 < j and f"{glued} {toks[i + 2].norm}" in lex.INVERTED_VERBS:
            return 3, True
    n = _match_phrase(doc, i, j, _REPORTING_VERBS)
    if n:
        return n, False
    norm = toks[i].norm
    if gerunds and norm in lex.GERUND_VERBS:
        return 1, False
    # Glued words of damaged text: "expliquéque", and a bare participle before "que".
    before_que = i + 1 < j and toks[i + 1].norm in {"que", "qu'"}
    for stem in (norm.removesuffix("que"), norm):
        if (stem != norm or before_que) and f"a {stem}" in lex.REPORTING_VERBS:
            return 1, False
    return 0, False


def _pronoun_mention(doc: _Doc, i: int, n: int) -> _Mention:
    """Return the clitic subject of an inverted verb: "a-t-il déclaré" -> "il", own span."""
    for t in doc.toks[i : i + n]:
        m = regex.search(r"-(?:t-)?(elles|ils|elle|il|on)\b", t.raw, flags=regex.IGNORECASE)
        if m:
            return _Mention("pronoun", t.start + m.start(1), t.start + m.end(1), m.group(1).lower())
    t = doc.toks[i + n - 1]
    return _Mention("pronoun", t.start, t.end, "il")
