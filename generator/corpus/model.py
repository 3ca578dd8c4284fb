"""The typed, frozen shape of curated data: code past the loader never sees raw dicts.

These models check structure only (fields, types, required values). Checks that need the
registry, the seed text or the file's line numbers live in ``validate`` and ``verify``.
The JSON Schemas in ``schemas/`` are generated from these classes (``briefings schema``).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    StringConstraints,
)

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

Slug = Annotated[StrictStr, StringConstraints(pattern=SLUG_PATTERN, max_length=100)]
Text = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]
Paragraph = Annotated[StrictInt, Field(gt=0, description="1-based number of the paragraph in the seed text")]
Slugs = tuple[Slug, ...]
Precision = Literal["day", "month", "year", "unknown"]
Tone = Literal["neutral", "favourable", "critical", "hostile", "mixed"]
EventKind = Literal[
    "meeting", "visit", "call", "statement", "agreement", "sanction", "tariff", "arrest",
    "detention", "release", "execution", "election", "military", "policy", "other",
]
Year = Annotated[StrictStr, StringConstraints(pattern=r"^\d{4}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---- the registry -------------------------------------------------------------------------

class Citation(Strict):
    briefing: Slug = Field(description="id of the briefing whose seed says it")
    paragraphs: tuple[Paragraph, ...] = Field(min_length=1)


GENERAL = "general knowledge"
# Where a registry fact comes from: a briefing's paragraphs, or knowledge no seed gives (shown as such).
Basis = Citation | Literal["general knowledge"]


class Role(Strict):
    title: Text = Field(description="e.g. 'Prime Minister of Canada'")
    country: Slug | None = None
    since: Year | None = Field(None, description="year the role began, only where a seed says so")
    until: Year | None = Field(None, description="year the role ended, only where a seed says so")
    source: Basis | None = Field(None, description="the briefing and paragraphs that give the role, or "
                                                   "'general knowledge'; check requires one")


class Brief(Strict):
    """A curator's short state of play for an entity, every sentence traceable to a briefing."""

    text: Text = Field(description="two or three sentences; only what the cited paragraphs say")
    sources: tuple[Citation, ...] = Field(min_length=1, description="the briefings and paragraphs it rests on")


class Entity(Strict):
    id: Slug = Field(description="URL slug: lowercase ASCII words joined by hyphens")
    name: Text
    aliases: tuple[Text, ...] = Field((), description="other names readers and articles use")
    description: Text = Field(description="one line: who or what this is")
    description_source: Basis | None = Field(
        None, description="the briefing and paragraphs the description rests on, or 'general knowledge'; "
                          "check requires one for people and organisations")
    ambiguous: tuple[Text, ...] = Field((), description="aliases this entity shares with another on purpose")
    brief: Brief | None = Field(None, description="the bottom line at the top of its page; check warns when a "
                                                  "newer briefing mentions the entity")


class Country(Entity):
    pass


class Person(Entity):
    kind: Literal["leader", "person"] = Field(
        description="leader: head of state or government, minister, premier, party leader; person: everyone else")
    roles: tuple[Role, ...] = ()
    countries: Slugs = Field((), description="countries the person is associated with")
    countries_source: Basis | None = Field(None, description="where the countries come from; required with countries")


class Organisation(Entity):
    country: Slug | None = None
    country_source: Basis | None = Field(None, description="where the country comes from; required with a country")


class Topic(Entity):
    pass


class RegistryFile(Strict):
    """One file under briefings/registry/: any mix of the four sections."""

    countries: tuple[Country, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    topics: tuple[Topic, ...] = ()


# ---- one article's briefing ----------------------------------------------------------------

class Published(Strict):
    date: StrictStr | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY to match precision; null if unknown")
    precision: Precision
    basis: Literal["dateline", "page", "inferred", "unknown"] = Field(
        description="dateline: printed with the article; page: the web page's own date, as the curator saw it; "
                    "inferred: worked out from the text or other briefings (say how in note)")
    note: Text | None = None


class KeyPoint(Strict):
    text: Text
    paragraphs: tuple[Paragraph, ...] = Field(min_length=1)


class Title(Strict):
    """How this article styles a person, to compare titles across sources."""

    person: Slug
    title: Text
    paragraph: Paragraph


class Quote(Strict):
    text: Text = Field(description="verbatim from the seed, without the surrounding quotation marks")
    speaker: Slug | None = Field(None, description="registry id; null when unnamed or not in the registry")
    speaker_label: Text | None = Field(None, description="how the article names a speaker with no registry id")
    paragraph: Paragraph
    context: Text = Field(description="a few words: where, when, to whom")
    topics: Slugs = ()
    reporting: StrictBool = Field(False, description="true for an outlet's own reporting the article quotes "
                                                     "(an excerpt, wire copy), not words a person or body said")


class Event(Strict):
    date: StrictStr | None = Field(description="YYYY-MM-DD, YYYY-MM or YYYY to match precision; null if unknown")
    precision: Precision
    as_written: Text | None = Field(None, description="the article's own wording of the date")
    key: Slug | None = Field(None, description="shared by every article's record of the same event")
    kind: EventKind
    summary: Text
    participants: Slugs = Field((), description="people ids")
    countries: Slugs = Field((), description="country ids: every country the event involves")
    actor: Slug | None = Field(
        None, description="country id: the country that acts, only where the text says which did; one of countries")
    target: Slug | None = Field(
        None, description="country id: the country the actor acts on or speaks about, only where the text says so; "
                          "one of countries, and only with an actor")
    organisations: Slugs = ()
    topics: Slugs = ()
    paragraph: Paragraph
    scheduled: StrictBool = Field(False, description="true for an event still to come when the article was written")
    inferred: Text | None = Field(
        None, description="how the date was worked out where its paragraph gives no date wording (or only a relative "
                          "one, on an article whose own date is inferred): the evidence, shown to readers")
    discrepancy: Text | None = Field(
        None, description="where briefings sharing this key truly differ on its kind or date: how, for readers")


class Figure(Strict):
    value: Text = Field(description="the number exactly as the seed states it")
    measure: Slug = Field(description="what is measured; the same slug across articles groups figures")
    label: Text
    amount: StrictFloat | StrictInt | None = Field(None, description="the number itself, e.g. 118700000000")
    unit: Text = Field(description="currency code, 'percent', or the counted noun")
    period: Text | None = None
    approximate: StrictBool = False
    bound: Literal["over", "under", "about", "nearly", "at least", "up to"] | None = Field(
        None, description="the bound the seed gives the number ('over 70%': over); check compares it with the text")
    scope: Text | None = Field(None, description="what is included, e.g. 'merchandise trade only'")
    paragraph: Paragraph
    countries: Slugs = ()
    topics: Slugs = ()


class LoadedTerm(Strict):
    term: Text = Field(description="verbatim from the seed")
    paragraph: Paragraph
    refers_to: Slug | None = None
    note: Text | None = None


class Framing(Strict):
    tone: Tone
    summary: Text
    loaded_terms: tuple[LoadedTerm, ...] = ()


class Claim(Strict):
    """A position the article reports (an assessment, a policy), compared with other briefings' by key."""

    key: Slug = Field(description="shared by every briefing's report of the same position")
    subject: Slug = Field(description="the entity the position is about")
    holder: Slug | None = Field(None, description="the entity that holds the position, where the text says")
    position: Text = Field(description="the position in a few words, e.g. 'strategic partner'")
    text: Text = Field(description="verbatim from the seed: the words that state it")
    paragraph: Paragraph


class Doubt(Strict):
    """A curator's cited reason to question a statement of the seed; shown wherever it is cited."""

    text: Text = Field(description="verbatim from the seed: the statement doubted")
    paragraph: Paragraph
    note: Text = Field(description="what is doubtful and why, for readers")
    sources: tuple[Citation, ...] = Field(min_length=1, description="the briefings and paragraphs behind the doubt")


class Proposal(Strict):
    """An entity a draft needs that the registry lacks; accept it by moving it into the registry."""

    id: Slug
    name: Text
    section: Literal["countries", "people", "organisations", "topics"]
    kind: Literal["leader", "person"] | None = Field(None, description="for people only")
    description: Text = Field(description="the sentence that introduced the name")
    aliases: tuple[Text, ...] = Field((), description="other forms the text uses (an organisation's acronym)")
    paragraph: Paragraph


class Briefing(Strict):
    id: Slug
    seed: Text = Field(description="file name under seeds/")
    status: Literal["draft", "published"] = "published"
    added: StrictStr | None = Field(None, description="YYYY-MM-DD the briefing was added, for What's new and the feed")
    title: Text
    published: Published
    outlet: Text | None = Field(description="only if the text names it; otherwise null")
    summary: Text
    summary_paragraphs: tuple[Paragraph, ...] = Field((), description="the paragraphs the summary rests on; "
                                                                       "required once published")
    key_points: tuple[KeyPoint, ...] = Field(min_length=1)
    countries: Slugs = ()
    people: Slugs = ()
    organisations: Slugs = ()
    topics: Slugs = ()
    titles: tuple[Title, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    figures: tuple[Figure, ...] = ()
    framing: Framing
    claims: tuple[Claim, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    proposed: tuple[Proposal, ...] = Field((), description="drafts only: entities to accept into the registry")
