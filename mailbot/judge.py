"""Judge one notification, given what the person did before: good, bad or ugly, with reasons.

Pure: no I/O, no clock, no folder names. The rules follow shared/taxonomy.md; the
words they look for live in data (signals.toml, overridable in [judge]).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .learn import Learned
from .model import (Authenticity, Disposition, Judgement, Kind, Notification, PersonEvent,
                    PersonHistory, Reason, Verdict)
from .signals import HEADLINE_ROLES, Hit, SignalSet, fold

INVITES = (Kind.INVITATION, Kind.INVITATION_REMINDER)

# Signals stored with each act, read back from history by later judgements.
S_INVITED = "invited"
S_DEFAULT_NOTE = "default_note"
S_NOTE = "note"
S_VALUE = "value"
S_PRETEXT = "pretext"
S_PITCH = "pitch"
S_HOSTILE = "hostile"
S_ASKBACK = "askback"
S_ENDORSED = "endorsed"
S_ACCEPTED = "accepted"
S_CONNECTED = "connected"
S_FIELD = "field"
S_CONFLICT = "conflict"  # the same text offers value and pitches
S_UNREAD = "unread"  # a note in a language the phrase data does not cover
S_OPENER = "opener"  # first words that name nothing for sale (a seller's question, a lone call ask): a pitch or a bait
S_LIGHT = "light"  # an invitation pitched on lighter cues alone (a call ask, a product named): a bait if a sale follows


@dataclass(frozen=True)
class Me:
    """The user's own field, so that a peer's note about it counts as value."""

    name: str = ""
    headline: str = ""
    fields: tuple[str, ...] = ()


# Pretexts that say the product mentioned is not on offer: a call about it is no pitch.
NOT_FOR_SALE = frozenset({"no_sale", "feedback_ask"})


@dataclass(frozen=True)
class _Reading:
    """What the text of one note or message shows."""

    text: str  # the words read: the note without quoted lines, headline or link paths
    hits: tuple[Hit, ...]
    field: str
    seller: Hit | None = None  # their headline says they sell
    asker: Hit | None = None  # their headline says they ask for time, not money (press, research, study)

    def role(self, role: str) -> list[Hit]:
        return [h for h in self.hits if h.role == role]

    @property
    def pitch(self) -> Hit | None:
        """The words that make this a pitch, if it is one.

        A strong sales cue is a pitch whatever else is said. Lighter cues (a business
        described, a meeting ask, a product named) add up; they make a pitch only when
        nothing of value is offered, or when together they weigh as much as a strong cue.
        A lighter cue on the very words of a pretext or an offer ("nous réalisons une étude")
        is their wording, not a second thing for sale.
        """
        offered = {h.excerpt for h in self.hits if h.role in ("pretext", "value")}
        sales = [h for h in self.role("sales") if h.weight >= 1.0 or h.excerpt not in offered]
        strong = [h for h in sales if h.weight >= 1.0]
        if strong:
            return strong[0]
        cta, product = self.role("cta"), self.role("product")
        light = sum(h.weight for h in sales + cta + product)
        if self.role("value"):
            ask = max((h.weight for h in cta), default=0.0)  # one meeting ask, however many ways phrased
            weighed = sum(h.weight for h in _one_per_words(sales + product)) + ask
            return (sales + cta)[0] if weighed >= 1.5 and (sales or cta) else None
        pretext = self.role("pretext")
        if sales and light >= 0.6 and not (pretext and len(_one_per_words(sales)) == 1 and not (product or cta)):
            return sales[0]  # one lighter sales word beside a pretext, and no ask, is the pretext's wording
        disowned = any(h.family in NOT_FOR_SALE for h in pretext)  # "honest feedback on my tool, nothing to sell"
        if cta and ((product and not disowned) or not (pretext or self.asker)):
            return cta[0]
        return None


def _one_per_words(hits: list[Hit]) -> list[Hit]:
    """The heaviest hit on each stretch of words: two families found on the same words
    ("nous proposons un webinaire") are one cue, not two."""
    heaviest: dict[str, Hit] = {}
    for hit in hits:
        if hit.excerpt not in heaviest or hit.weight > heaviest[hit.excerpt].weight:
            heaviest[hit.excerpt] = hit
    return list(heaviest.values())


def judge(note: Notification, history: PersonHistory, signals: SignalSet, me: Me = Me(),
          learned: Learned = Learned()) -> Judgement:
    """The verdict on `note`; `history` holds the same person's earlier acts, oldest first.

    `learned` holds the notes the user filed by hand: a note close to one of them takes
    its verdict, because the user's own judgement beats the phrase rules.
    """
    if note.authenticity is Authenticity.SUSPICIOUS:
        return Judgement(Disposition.SUSPICIOUS, None,
                         (Reason("suspicious", f"not really from LinkedIn: {note.authenticity_reason}"),))
    if note.kind is Kind.OTHER or note.person is None:
        return Judgement(Disposition.OTHER, None,
                         (Reason("other", "LinkedIn mail about no one to decide on (alerts, digests, notices)"),))
    if note.kind is Kind.INVITATION_ACCEPTED:
        return Judgement(Disposition.OTHER, None,
                         (Reason("accepted", "accepted your invitation"),), frozenset({S_ACCEPTED}))
    if note.kind is Kind.ENDORSEMENT:
        skill = f" for {note.skill}" if note.skill else ""
        return Judgement(Disposition.OTHER, None,
                         (Reason("endorsed", f"endorsed you{skill}"),), frozenset({S_ENDORSED}))
    reading = _read(_without(_own_words(note.text), note.person.headline), signals, me, note.person.headline)
    if note.kind in INVITES:
        judgement = _judge_invitation(note, history, reading)
    else:
        judgement = _judge_conversation(note, history, reading)
    return _with_learned(judgement, note, learned)


def _with_learned(judgement: Judgement, note: Notification, learned: Learned) -> Judgement:
    if judgement.verdict is None or S_DEFAULT_NOTE in judgement.signals:
        return judgement
    suggestion = learned.suggest(note.text, exclude=note.message_id)
    if suggestion is None or suggestion.verdict is judgement.verdict:
        return judgement
    reasons = (Reason("learned", suggestion.reason_text()),) + judgement.reasons
    return Judgement(Disposition.of(suggestion.verdict), suggestion.verdict, reasons, judgement.signals)


def _own_words(text: str) -> str:
    """The message without its quoted lines ("> ..."): those are someone else's words,
    mostly the user's own ("we're about to sit through three demos")."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def _without(text: str, headline: str) -> str:
    """The note without the sender's headline, which some layouts repeat above the message:
    "Interim Finance Director" in a headline is not a job offer in the note. When the
    headline is not known, a first line shaped like one ("Role | Company", no sentence
    punctuation) is dropped."""
    if len(headline) >= 8:
        return text.replace(headline, " ")
    first, sep, rest = text.partition("\n")
    if sep and _HEADLINE_SHAPE.fullmatch(first.strip()):
        return rest
    return text


_HEADLINE_SHAPE = re.compile(r"[^.!?\n]{3,120}\s[|–@]\s[^.!?\n]{2,120}")


_URL_PATH = re.compile(r"\b((?:https?://)?(?:[\w-]+\.)+[a-z]{2,})/\S*", re.IGNORECASE)


def _read(text: str, signals: SignalSet, me: Me, headline: str = "") -> _Reading:
    text = _URL_PATH.sub(r"\1", text)  # a link's domain may tell (calendly.com); its path is a slug, not words
    hits = tuple(signals.scan(text)) if text else ()
    folded = fold(text) if me.fields else ""
    field = next((f for f in me.fields if f and fold(f) in folded), "")
    who = {h.role: h for h in reversed(signals.scan(headline, HEADLINE_ROLES))} if headline else {}
    seller = who.get("seller")
    return _Reading(text, hits, field, seller, None if seller else who.get("asker"))


def _quote(hit: Hit) -> str:
    return f"“{hit.excerpt}”"


def _value_reasons(reading: _Reading, what: str) -> tuple[list[Reason], set[str]]:
    reasons = [Reason(f"value:{h.family}", f"{what} {h.text}: {_quote(h)}") for h in reading.role("value")]
    found: set[str] = {S_VALUE} if reasons else set()
    reasons += [Reason(f"courtesy:{h.family}", f"{what} {h.text}: {_quote(h)}") for h in reading.role("courtesy")]
    for hit in reading.role("pretext"):
        reasons.append(Reason("pretext", f"{what} {hit.text}: {_quote(hit)}"))
        found.add(S_PRETEXT)
    if reading.field:
        reasons.append(Reason("field", f"{what} is about your field ({reading.field})"))
        found.add(S_FIELD)
    if reading.asker and reading.role("cta"):
        reasons.append(Reason("asker", f"{what} asks for a call, and their headline says they "
                                       f"{reading.asker.text}: {_quote(reading.asker)}"))
    return reasons, found


def _judge_invitation(note: Notification, history: PersonHistory, reading: _Reading) -> Judgement:
    base = {S_INVITED}
    if note.default_note or not note.text.strip():
        earlier_invite = any(e.kind in INVITES for e in history.events)
        if note.kind is Kind.INVITATION_REMINDER and earlier_invite:
            return Judgement(Disposition.OTHER, None,
                             (Reason("reminder", "reminded you of their invitation"),), frozenset(base))
        return Judgement(Disposition.BAD, Verdict.BAD,
                         (Reason("no_note", "no personal note (LinkedIn's default text only)"),),
                         frozenset(base | {S_DEFAULT_NOTE}))
    if _says_nothing(reading.text) and not reading.hits:
        return Judgement(Disposition.BAD, Verdict.BAD,
                         (Reason("empty_note", f"the note gives no reason to connect: “{' '.join(note.text.split())}”"),),
                         frozenset(base | {S_DEFAULT_NOTE}))
    hostile = reading.role("hostile")
    if hostile:
        return Judgement(Disposition.UGLY, Verdict.UGLY,
                         (Reason("hostility", f"hostile note: {_quote(hostile[0])}"),),
                         frozenset(base | {S_HOSTILE}))
    pitch = reading.pitch
    if pitch:
        lone_ask = not (reading.role("sales") or reading.role("product") or reading.seller)
        return Judgement(Disposition.BAD, Verdict.BAD,
                         (Reason("pitch", f"personal note {pitch.text}: {_quote(pitch)}"),) + _mixed(reading),
                         frozenset(base | {S_NOTE, S_PITCH} | ({S_CONFLICT} if _mixed(reading) else set())
                                   | ({S_OPENER} if lone_ask else set())
                                   | ({S_LIGHT} if pitch.weight < 1.0 and not reading.seller else set())))
    reasons, found = _value_reasons(reading, "personal note")
    if not reasons and reading.seller:
        return Judgement(Disposition.BAD, Verdict.BAD,
                         (Reason("cold_opener", f"personal note gives no reason to connect, and their headline "
                                                f"says they sell: {_quote(reading.seller)}"),),
                         frozenset(base | {S_NOTE}))
    if not reasons and not readable(note.text):
        return Judgement(Disposition.GOOD, Verdict.GOOD,
                         (Reason("unread", "wrote a personal note in a language mailbot does not read: check it yourself"),),
                         frozenset(base | {S_NOTE, S_UNREAD}))
    if not reasons:
        reasons = [Reason("personal_note", "wrote a personal note, with no sales pitch")]
    return Judgement(Disposition.GOOD, Verdict.GOOD, tuple(reasons), frozenset(base | found | {S_NOTE}))


# Greetings, "let's connect" and their glue in the judge's languages: a note made only of
# these gives no more reason to connect than LinkedIn's default text.
_EMPTY_WORDS = frozenset("""
hi hello hey dear hiya yo good morning afternoon evening thanks thank regards best cheers
i i'd id me my you your we us to with add would like love want happy glad be great nice please lets let's
connect connecting connected network networking professional link up here join
hola buenos buenas dias tardes me gustaria quisiera contigo conectar conectemos conectamos conectarnos red saludos
bonjour salut bonsoir je j'aimerais aimerais souhaite vous te toi avec connecter connectons reseau cordialement
hallo guten tag moin servus mit ihnen dir ich mochte mochte wurde mich sie dich gern gerne vernetzen verbinden netzwerk gruss grusse
ciao salve buongiorno buonasera mi piacerebbe vorrei ti collegarci collegarmi connetterci rete saluti
linkedin a en in on my mi mio mia mon ma mein meinem un una uno from desde aus da greetings saludo gruesse salutations
came come across profile thought think it good ur hope well lets and the
add adding anadir anadirte agregarte aggiungerti ajouter hinzufugen zu auf invite professional profesional professionnel professionale beruflichen
ola oi eu gostaria de com voce conectar-me conectarmos ligar rede abraco abracos
hoi dag beste goedemorgen ik wil graag je jou u met connecten linken verbinden netwerk groet groeten
""".split())


def _says_nothing(text: str) -> bool:
    """A note of greetings and "connect?" alone, give or take a name ("Hi Alex, connect?", "👋")."""
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", fold(text))
    return sum(1 for w in words if w not in _EMPTY_WORDS) <= 1


# The commonest short words of the languages the phrase data covers. A note long enough to
# judge in which hardly any of them occur is in a language the judge cannot read.
_FUNCTION_WORDS = frozenset("""
the and you your to of in for on with is are a an i we my our this that it be at as from have will would can
hi hello dear thanks thank just like love great good new been being has had do does did not no yes so but if or by
about up out all any more very really also there their they them he she his her was were am here one d s ll m re ve
le la les et je vous nous est pas avec pour des du un une sur que qui votre mon ma
el los las y yo tu usted es con por para del un una que mi su te nos
il lo gli e io ti sei con per di del che non un una mio mia tuo suo ci la le a in ho ha nel nella della sono anche ma se al alla
o os as eu voce com por para um uma que nao meu minha seu sua no na do da em se mas
de het en ik je jij u wij is niet met voor van een dat op mijn uw ook maar als bij
der die das und ich sie wir ist nicht mit zu den dem ein eine fur auf ihr ihre ihnen mich uns im in es bei auch aber
""".split())
UNREAD_MIN_WORDS = 10


def readable(text: str) -> bool:
    """Whether the note is in a language the phrase data covers (or too short to tell)."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    if len(words) < UNREAD_MIN_WORDS:
        return True
    return sum(1 for w in words if w in _FUNCTION_WORDS) * 10 >= len(words)


CONCRETE_VALUE = frozenset({"free_event", "credits"})


def _mixed(reading: _Reading) -> tuple[Reason, ...]:
    """A reason naming the concrete value (an event, credits) that a pitching text also offers."""
    value = [h for h in reading.role("value") if h.family in CONCRETE_VALUE]
    if not value:
        return ()
    return (Reason("mixed", f"but it also {value[0].text.removeprefix('offers ')}: {_quote(value[0])}"),)


def _bait(history: PersonHistory, outright: bool = False) -> PersonEvent | None:
    """The person's earliest act that gave a non-sales reason to connect, if any.

    Only an invitation or a stranger's InMail opens the door; a connection's message
    offering something was sent once they were already in, so it baits nothing. An
    invitation that offered an event or credits along with a pitch still opened it, and so
    did one whose only sales cue was a call ask from someone who does not sell. When what
    follows pitches `outright` (a price, a strong sales cue), an invitation that pitched on
    lighter cues alone ("ti giro i dettagli", "te mando el informe") was the bait for it.
    """
    soft = {S_CONFLICT, S_OPENER, S_LIGHT} if outright else {S_CONFLICT, S_OPENER}
    for event in history.events:
        pitched = S_PITCH in event.signals and not event.signals & soft
        if pitched or S_HOSTILE in event.signals or event.kind is Kind.MESSAGE:
            continue
        if event.signals & {S_PRETEXT, S_VALUE, S_FIELD} or (S_INVITED in event.signals and S_NOTE in event.signals):
            return event
        if event.kind is Kind.INMAIL and (event.verdict is Verdict.GOOD or S_OPENER in event.signals):
            return event  # a stranger's friendly first InMail, or a seller's that named nothing, opened the door
    return None


def _bait_words(event: PersonEvent) -> str:
    pretext = next((r for r in event.reasons if r.code in ("pretext",) or r.code.startswith("value:")), None)
    quoted = pretext.text.split(": ", 1)[-1] if pretext else ""
    how = "invited you" if event.kind in INVITES else "wrote to you"
    return f"{how} with a non-sales reason {quoted}".rstrip()


def _switch(bait: PersonEvent, then: str, note: Notification, base: set[str]) -> Judgement:
    """The verdict on a pitch that follows a bait: ugly, saying what opened the door and when."""
    text = f"{_bait_words(bait)}, then {then} {_days_between(bait, note)}"
    return Judgement(Disposition.UGLY, Verdict.UGLY, (Reason("bait_and_switch", text),), frozenset(base | {S_PITCH}))


def _days_between(earlier: PersonEvent, note: Notification) -> str:
    if earlier.date is None or note.date is None:
        return "later"
    days = (note.date - earlier.date).days
    if days <= 0:
        return "the same day"
    return f"{days} day{'s' if days != 1 else ''} later"


def _judge_conversation(note: Notification, history: PersonHistory, reading: _Reading) -> Judgement:
    base = {S_CONNECTED} if note.kind is Kind.MESSAGE else set()
    what = "message" if note.kind is Kind.MESSAGE else "InMail"
    hostility = _hostility(note, reading, history)
    if hostility:
        return Judgement(Disposition.UGLY, Verdict.UGLY, (Reason("hostility", hostility),),
                         frozenset(base | {S_HOSTILE}))
    askback = reading.role("askback") or _asks_in_return(reading) or _skills_asked_after_endorsing(reading, history)
    endorsed_before = any(S_ENDORSED in e.signals for e in history.events) or bool(reading.role("claim_endorsed"))
    if askback and endorsed_before:
        return Judgement(Disposition.UGLY, Verdict.UGLY,
                         (Reason("endorse_back", f"endorsed you unasked, then asked to be endorsed back: {_quote(askback[0])}"),),
                         frozenset(base | {S_ASKBACK}))
    pitch = reading.pitch or _chase(reading, history) or _pivot(reading, history)
    if pitch:
        bait = _bait(history, outright=pitch.weight >= 1.0)
        if bait is not None:
            return _switch(bait, f"pitched {_quote(pitch)}", note, base)
        return Judgement(Disposition.BAD, Verdict.BAD,
                         (Reason("pitch", f"{what} {pitch.text}: {_quote(pitch)}"),) + _mixed(reading),
                         frozenset(base | {S_PITCH} | ({S_CONFLICT} if _mixed(reading) else set())))
    explicit = [h for h in askback if h.family == "askback"]
    if explicit:
        return Judgement(Disposition.BAD, Verdict.BAD,
                         (Reason("askback", f"asks you to endorse them: {_quote(explicit[0])}"),),
                         frozenset(base | {S_ASKBACK}))
    reasons, found = _value_reasons(reading, what)
    question = "?" in reading.text and not reading.role("small_talk")
    if not reasons and reading.seller and (reading.role("cta") or question) and not reading.role("pretext"):
        bait = _bait(history)
        if bait is not None:  # the seller's ask is a pitch, and a pitch after a bait is the switch
            return _switch(bait, f"asked you something, with a headline that says they sell {_quote(reading.seller)},",
                           note, base)
        return Judgement(Disposition.BAD, Verdict.BAD,
                         (Reason("cold_opener", f"{what} offers nothing and asks you something, and their headline "
                                                f"says they sell: {_quote(reading.seller)}"),),
                         frozenset(base | {S_PITCH, S_OPENER}))
    if not reasons:
        reasons = [Reason("no_pitch", f"{what} with no sales pitch")]
    return Judgement(Disposition.GOOD, Verdict.GOOD, tuple(reasons), frozenset(base | found))


# The words that turn a conversation to another subject, in the judge's languages.
_PIVOT = re.compile(r"\b(by the way|btw|one more thing|one other thing|while i have you|full disclosure|"
                    r"i should (also )?mention|uebrigens|ubrigens|apropos|noch (eine|was) sache|nebenbei|"
                    r"au fait|d.ailleurs|autre chose|par ailleurs|por cierto|a proposito|aparte de|otra cosa|"
                    r"tra l.altro|un.altra cosa|ti dico la verita|le dico la verita|per inciso|ya que estamos|"
                    r"while i.?m at it|tant qu.on y est|wo wir (schon |gerade )?dabei sind|gia che ci (sono|siamo))\b")


def _pivot(reading: _Reading, history: PersonHistory) -> Hit | None:
    """A turn to another subject ("by the way", "one more thing", "übrigens") towards
    anything for sale, however lightly named, from someone whose first act gave a
    non-sales reason: the turn is the switch. An event or credits offered is no turn.
    """
    if not _PIVOT.search(fold(reading.text)) or _bait(history) is None:
        return None
    if any(h.weight >= 1.0 for h in reading.role("value")):
        return None
    cue = reading.role("sales") or reading.role("product") or reading.role("cta")
    return cue[0] if cue else None


def _hostility(note: Notification, reading: _Reading, history: PersonHistory) -> str | None:
    """Why a message is hostile, if it is: insults and lectures in words, or a remark on the
    user's silence or manners that the person's history shows for what it is."""
    hostile = reading.role("hostile")
    if hostile:
        declined = any(e.kind in INVITES for e in history.events)
        after = " after their invitation went unanswered" if declined else ""
        return f"hostile{after}: {_quote(hostile[0])}"
    if reading.role("silence") and reading.role("manners"):
        return f"reproaches you for not answering: {_quote(reading.role('manners')[0])}"
    bare = _bare_remark_on_silence(reading, history)
    if bare:
        return f"remarks on your silence and offers nothing: {_quote(bare)}"
    if _aside_after_unanswered_invitation(note, reading, history):
        return "wrote again after their unanswered invitation, offering nothing and asking nothing: a remark, not a message"
    manners = _manners_after_unanswered_pitch(reading, history)
    if manners:
        return f"wrote again after their pitch, offering and selling nothing, to speak of your manners: {_quote(manners)}"
    remark = reading.role("complaint")
    if remark and not reading.pitch:
        return f"lectures you: {_quote(remark[0])}"
    return None


def _bare_remark_on_silence(reading: _Reading, history: PersonHistory) -> Hit | None:
    """A remark that you did not answer, sent after their invitation or pitch, that offers
    nothing, asks nothing and lets nothing go ("I see you declined. Directors like you are
    the problem"): what follows such a remark is reproach in whatever words, while the
    sender who lets go gracefully says so ("no hard feelings", "you know where to find me")."""
    silence = reading.role("silence")
    if not silence or reading.pitch:
        return None
    if any(reading.role(role) for role in ("askback", "graceful", "chaser")):
        return None
    if (reading.role("pretext") or reading.role("cta")) and _asks(reading.text):
        return None
    if any(h.weight >= 0.9 for h in reading.role("value")):
        return None  # a lighter value cue ("training", a job word) is often the reproach's own words
    declined = any(e.kind in INVITES or S_PITCH in e.signals for e in history.events)
    return silence[0] if declined else None


# A request without a question mark: "please" in the judge's languages, and the
# conditionals and thanks-in-advance that wrap an ask ("if you could", "dankbar").
_PLEASE = re.compile(r"\b(please|pls|plz|kindly|bitte|por favor|per favore|s.il vous plait|svp|gentilmente|"
                     r"cortesemente|alsjeblieft)\b")
_WOULD_YOU = re.compile(r"\b(if|se|si|wenn|als|zou|could|would|apprecie|appreciated|apprezzat[oa]|agradecid[oa]|"
                        r"dankbar|reconnaissante?|grat[oa]|agradeceria|merci d.avance|thanks in advance|"
                        r"grazie in anticipo|gracias de antemano)\b")

ASIDE_WORDS = 12
_NOT_AN_ASIDE = ("value", "courtesy", "pretext", "cta", "chaser", "graceful", "askback", "product", "sales", "small_talk")


def _aside_after_unanswered_invitation(note: Notification, reading: _Reading, history: PersonHistory) -> bool:
    """An InMail from someone whose invitation the user left unanswered that offers nothing,
    asks nothing and pitches nothing, in a sentence or more ("Three weeks and not a
    word. Some of us actually built this industry."): whoever writes again with no
    request and no offer writes to remark on the silence, whatever the words. A follow-up
    with a question, an offer, a nudge or a graceful exit is not one.
    """
    if note.kind is not Kind.INMAIL or len(reading.text.split()) < ASIDE_WORDS:
        return False
    invited = any(e.kind in INVITES for e in history.events)
    answered = any(e.kind in (Kind.MESSAGE, Kind.INVITATION_ACCEPTED) for e in history.events)
    if not invited or answered or "?" in reading.text or _PLEASE.search(fold(reading.text)) or reading.pitch:
        return False
    return not any(reading.role(role) for role in _NOT_AN_ASIDE)


def _manners_after_unanswered_pitch(reading: _Reading, history: PersonHistory) -> Hit | None:
    """A word on manners in a message after their own pitch, that neither pitches again
    nor offers, asks or lets go ("Schwaches Bild", "complimenti per la serietà"): the
    seller who was not answered and writes only to speak of manners is reproaching the
    silence, though no word of it names the silence. Counting their own reminders without
    asking anything ("trois relances sans réponse") is part of the reproach.
    """
    if not any(S_PITCH in e.signals for e in history.events):
        return None
    if reading.pitch or any(reading.role(role) for role in _NOT_AN_ASIDE if role != "chaser"):
        return None
    if reading.role("chaser") and _asks(reading.text):
        return None  # "any news? I know you are busy": a nudge, not a reproach
    manners = reading.role("manners")
    return manners[0] if manners else None


def _asks(text: str) -> bool:
    """A question, or a request without a question mark."""
    folded = fold(text)
    return "?" in text or bool(_PLEASE.search(folded) or _WOULD_YOU.search(folded))


def _asks_in_return(reading: _Reading) -> list[Hit]:
    """Talk of endorsements, a word of reciprocity and a request ("you know how
    endorsements work 😉", "se puder dar uma olhadinha no meu também?")."""
    asks = _asks(reading.text) or "😉" in reading.text
    if reading.role("skills_talk") and reading.role("reciprocity") and asks:
        return reading.role("reciprocity")
    return []


# A first-person object or possessive in the judge's languages: whom a request is for.
_FOR_ME = re.compile(r"\b(me|moi|mir|mich|mi|em|mine|meine[nrs]?|miennes?|miens?|mias?|mios?|mie|miei)\b|\bm'")


def _skills_asked_after_endorsing(reading: _Reading, history: PersonHistory) -> list[Hit]:
    """Talk of skills and a request for the sender ("kannst du mir ein paar Kenntnisse
    bestätigen?", "a ver si tú me puedes validar"), from someone who endorsed the user:
    the endorsement asks to be returned, though no word says "back". Something offered,
    a meeting or a sale makes it a message like any other.
    """
    endorsed = any(S_ENDORSED in e.signals for e in history.events) or reading.role("claim_endorsed")
    if not endorsed or not reading.role("skills_talk") or not _asks(reading.text):
        return []
    if any(h.weight >= 0.9 for h in reading.role("value")) or any(reading.role(r) for r in ("cta", "pretext", "sales")):
        return []
    return reading.role("skills_talk") if _FOR_ME.search(fold(reading.text)) else []


CHASE_WORDS = 15
_LINK = re.compile(r"\b(?:https?://|www\.)", re.IGNORECASE)


# What a message after a pitch may bring that makes it more than the sale going on.
_NOT_A_CHASE = ("value", "courtesy", "small_talk", "pretext", "silence", "manners", "complaint")


def _chase(reading: _Reading, history: PersonHistory) -> Hit | None:
    """A message that follows an earlier pitch pitches again, though it names nothing,
    unless it brings something concrete (an event, credits, a job) or lets go: a nudge
    ("any news?", "following up"), a call ask, a product or a lighter sales word, a short
    note with a link, or any message that brings nothing else (no value, thanks, small
    talk, pretext or remark). After anything else it is only a note."""
    last = next((e for e in reversed(history.events) if e.verdict is not None), None)
    if last is None or S_PITCH not in last.signals or any(h.weight >= 1.0 for h in reading.role("value")):
        return None
    if reading.role("graceful"):
        return None  # "no hard feelings, you know where to find me": letting go, not pushing
    nudge = reading.role("chaser") or reading.role("cta") or reading.role("sales") or reading.role("product")
    if nudge:
        return nudge[0]
    words = reading.text.split()
    if len(words) <= CHASE_WORDS and ("?" in reading.text or _LINK.search(reading.text)):
        return Hit("chaser", "chaser", 1.0, "follows up on their earlier pitch", " ".join(words))
    if not any(reading.role(role) for role in _NOT_A_CHASE):
        return Hit("chaser", "chaser", 1.0, "follows up on their earlier pitch, bringing nothing else",
                   " ".join(words[:12]))
    return None


def event_of(note: Notification, judgement: Judgement) -> PersonEvent:
    """What history keeps of a judged notification."""
    return PersonEvent(note.message_id, note.kind, note.date, judgement.verdict, judgement.signals,
                       judgement.reasons)


def sort_key(note: Notification) -> tuple[float, int]:
    return (note.date.timestamp() if note.date else float("inf"), note.ref.uid)
