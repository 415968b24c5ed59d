"""The judge and the person rollup on notifications built in the test: rules of shared/taxonomy.md."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from mailbot import signals
from mailbot.judge import Me, event_of, judge
from mailbot.model import (Authenticity, Disposition, Kind, MessageRef, Notification, Person, PersonHistory,
                           Recommendation, Verdict)
from mailbot.people import replay as _replay, rollup

SIGNALS = signals.build()
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
_uid = iter(range(1, 10_000))


def note(kind: Kind, text: str = "", *, person: str = "Dana Whitfield", days: int = 0, default: bool = False,
         auth: Authenticity = Authenticity.VERIFIED) -> Notification:
    uid = next(_uid)
    return Notification(
        ref=MessageRef("INBOX", 1, uid), message_id=f"<m{uid}@test>", date=T0 + timedelta(days=days),
        subject="s", sender="invitations@linkedin.com", kind=kind, authenticity=auth, authenticity_reason="",
        person=Person(key=f"name:{person.lower()}", name=person), text=text, default_note=default)


def replay(notes, signals_):
    return _replay(notes, signals_).judgements


def verdict_of(n: Notification, *earlier: Notification) -> tuple[Verdict | None, list[str]]:
    judgements = replay([*earlier, n], SIGNALS)
    j = judgements[n.message_id]
    return j.verdict, [r.code for r in j.reasons]


@pytest.mark.parametrize("text", [
    "Hi Alex, we're running a free webinar on IFRS 16 next week with 2 CPE credits. Happy to save you a seat.",
    "Hallo Alex, wir veranstalten ein kostenloses Webinar zu IFRS 16 mit Weiterbildungspunkten.",
    "Bonjour Alex, nous organisons un webinaire gratuit sur la clôture mensuelle, ouvert aux DAF.",
    "Hola Alex, organizamos un taller gratuito sobre cierre contable para directores financieros.",
    "Ciao Alex, organizziamo un webinar gratuito sulla chiusura di bilancio, con crediti formativi.",
    "Hi Alex, Maria Lopez suggested I reach out, she thought I could introduce you to our audit committee chair.",
    "Hi Alex, quick question: how did your team handle the lease accounting migration?",
])
def test_value_notes_are_good_in_every_language(text: str) -> None:
    verdict, codes = verdict_of(note(Kind.INVITATION, text))
    assert verdict is Verdict.GOOD
    assert any(c.startswith("value:") for c in codes), codes


@pytest.mark.parametrize("text", [
    "Hi Alex, a colleague praised your work on their booking system. Could you send us your rates and a rough quote?",
    "Guten Tag, wir eröffnen im Herbst ein Café. Dürften wir Ihre Preisliste für unsere Mengen anfragen?",
    "Bonjour Alex, un confrère m'a parlé de vous. Pourriez-vous nous faire une proposition chiffrée pour notre portail ?",
    "Hola Alex, tenemos tres tiendas y necesitamos algo parecido a lo vuestro. ¿Me dices tu tarifa?",
    "Ciao Alex, abbiamo visto il vostro lavoro: mandateci il vostro listino, ci serve qualcosa di simile.",
    "Salut Alex, on a un client qui veut une refonte et on est débordés. Je t'ai recommandé, le DSI va t'écrire.",
    "Hallo Alex, ich habe Sie bei unserem Schwesterwerk empfohlen, der Leiter meldet sich bei Ihnen.",
    "Hola Alex, te he presentado por correo a nuestra directora de compras, te escribirá esta semana.",
    "Ciao Alex, ti ho segnalato al direttore acquisti di un nostro cliente, ti chiamerà lui.",
    "Hola Alex, ¿te interesaría hacer un peritaje? Honorarios a tu tarifa habitual, lo paga el cliente.",
    "Grüezi Alex, wir führen das neue Verfahren im Herbst ein. Dürfte ich Sie dazu kurz ausfragen?",
    "Hola Alex, coordino un máster: tengo seis alumnos que buscan prácticas en tu sector, sin coste. ¿Te mando perfiles?",
])
def test_a_customer_or_a_referral_is_good_in_every_language(text: str) -> None:
    verdict, codes = verdict_of(note(Kind.INVITATION, text))
    assert verdict is Verdict.GOOD, codes
    assert any(c.startswith("value:") for c in codes), codes


@pytest.mark.parametrize("text", [
    "Hi Alex, we help firms like yours reduce your costs and fees by 30%. Open to a quick demo?",
    "Bonjour Alex, je vous présente notre solution de gestion des permis en visio mardi ?",
    "Hola Alex, te mando nuestra tarifa con un descuento especial este mes. ¿Hablamos?",
])
def test_our_prices_offered_are_still_a_pitch(text: str) -> None:
    verdict, codes = verdict_of(note(Kind.INVITATION, text))
    assert verdict is Verdict.BAD, codes


@pytest.mark.parametrize("text", [
    "Hi Alex, I help companies like yours cut close time by 40%. Open to a quick demo next week?",
    "Hallo Alex, unsere Plattform hilft Finanzteams, den Abschluss zu automatisieren. Kurzes Telefonat diese Woche?",
    "Bonjour Alex, notre solution aide les DAF à automatiser la clôture. Seriez-vous disponible pour une démo ?",
    "Hola Alex, ayudamos a empresas como la tuya a generar leads cualificados. ¿Agendamos una llamada?",
    "Ciao Alex, la nostra piattaforma aiuta i CFO a ridurre i costi del 30%. Fissiamo una breve chiamata?",
    "Hi Alex, can I send you a quote for our outsourced bookkeeping services?",
])
def test_sales_notes_are_bad(text: str) -> None:
    verdict, codes = verdict_of(note(Kind.INVITATION, text))
    assert verdict is Verdict.BAD
    assert codes == ["pitch"]


@pytest.mark.parametrize("text", [
    "Hi Alex, I'd like to present our approach to automated intercompany reconciliations.",
    "Hallo Alex, gern würde ich Ihnen unsere neue KI-Abschlussplattform vorstellen.",
    "Bonjour Alex, je peux vous établir un comparatif de vos contrats de prévoyance.",
    "Hola Alex, más de 300 empresas ya confían en nosotros para su nómina.",
    "Ciao Alex, il kit iniziale di 120 euro è da versare prima di iniziare l'attività.",
    "Bonjour Alex, certifiez-vous coach professionnel, 100% financé par votre CPF.",
])
def test_sales_concepts_are_known_in_every_language(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD


@pytest.mark.parametrize("kind,text,expected", [
    (Kind.INVITATION, "Hi Alex, I work with CFOs to streamline their month-end close using AI.", Verdict.BAD),
    (Kind.INVITATION, "Hi Alex, our firm specializes in R&D tax credits for mid-market manufacturers.", Verdict.BAD),
    (Kind.MESSAGE, "Quick one - do you currently have a financial advisor? I plan retirements for executives.",
     Verdict.BAD),
    (Kind.MESSAGE, "Just following up on my previous message. Did you get a chance to look at it?", Verdict.BAD),
    (Kind.MESSAGE, "Ciao Alex, la nostra società offre servizi di consulenza fiscale alle PMI.", Verdict.BAD),
    (Kind.INVITATION, "Hallo Alex, ich bin Steuerberater und unterstütze Unternehmen bei der Steuerplanung.",
     Verdict.BAD),
    (Kind.INVITATION, "Alex - saw your talk at the AICPA conference on revenue recognition.", Verdict.GOOD),
    (Kind.INVITATION, "Bonjour Alex, j'organise un afterwork entre DAF à Lyon le mois prochain.", Verdict.GOOD),
    (Kind.INMAIL, "I'm a recruiter working on a Head of Finance role in Munich. Would you be open to a chat?",
     Verdict.GOOD),
    (Kind.INVITATION, "Guten Tag Alex, wir bieten im Februar eine kostenlose Online-Schulung zu IFRS 16 an.",
     Verdict.GOOD),
    (Kind.MESSAGE, "Alex, I'm surprised you haven't responded. I took the time to write. Not very courteous.",
     Verdict.UGLY),
])
def test_structure_not_wording_decides(kind: Kind, text: str, expected: Verdict) -> None:
    assert verdict_of(note(kind, text))[0] is expected


@pytest.mark.parametrize("kind,text,expected", [
    (Kind.INVITATION, "Bon dia Alex, us podem fer preu especial en la nostra plataforma de gestió d'obres. "
     "Et va bé una trucada dijous?", Verdict.BAD),
    (Kind.INVITATION, "Hola Alex, ajudem a despatxos d'arquitectura a guanyar concursos. T'envio el nostre pressupost "
     "sense compromís?", Verdict.BAD),
    (Kind.INVITATION, "Hola Alex, el mes que ve fem una jornada gratuïta sobre rehabilitació energètica per a "
     "col·legiats. Inscripció gratuïta, places limitades.", Verdict.GOOD),
    (Kind.MESSAGE, "Alex, ni contestes a una invitació. Quina vergonya, quina mala educació, sou uns prepotents.",
     Verdict.UGLY),
])
def test_catalan_notes_are_read(kind: Kind, text: str, expected: Verdict) -> None:
    earlier = (note(Kind.INVITATION, "Hola Alex, connectem?", days=-10),) if kind is Kind.MESSAGE else ()
    verdict, codes = verdict_of(note(kind, text), *earlier)
    assert verdict is expected, codes


def test_generic_note_from_a_seller_is_a_cold_opener() -> None:
    text = "Hi Alex, I came across your profile and would love to connect."
    seller = replace(note(Kind.INVITATION, text), person=Person("k:s", "Sam", "Account Executive at Ledgerly"))
    peer = replace(note(Kind.INVITATION, text), person=Person("k:p", "Pat", "Senior Controller at Acme"))
    assert judge(seller, PersonHistory(""), SIGNALS).reasons[0].code == "cold_opener"
    assert judge(peer, PersonHistory(""), SIGNALS).verdict is Verdict.GOOD


def test_default_note_is_bad_with_plain_reason() -> None:
    j = replay([n := note(Kind.INVITATION, "", default=True)], SIGNALS)[n.message_id]
    assert j.verdict is Verdict.BAD
    assert j.reasons[0].text == "no personal note (LinkedIn's default text only)"


def test_bait_and_switch_is_ugly_and_says_how_long_after() -> None:
    bait = note(Kind.INVITATION, "Hi Alex, I'd love for you to join our peer circle of fellow finance leaders.")
    switch = note(Kind.MESSAGE, "Thanks for connecting! Our wealth management team can review your portfolio.",
                  days=3)
    verdict, codes = verdict_of(switch, bait)
    assert verdict is Verdict.UGLY and codes == ["bait_and_switch"]
    text = replay([bait, switch], SIGNALS)[switch.message_id].reasons[0].text
    assert "3 days later" in text and "wealth management" in text


def test_user_invited_connection_pitching_once_is_only_bad() -> None:
    accepted = note(Kind.INVITATION_ACCEPTED)
    pitch = note(Kind.MESSAGE, "Great to connect. We help firms like yours with a free consultation on tax strategy.",
                 days=2)
    verdict, codes = verdict_of(pitch, accepted)
    assert verdict is Verdict.BAD and codes == ["pitch"]
    events = [event_of(n, j) for n, j in zip([accepted, pitch], replay([accepted, pitch], SIGNALS).values())]
    assert rollup(events).recommendation is None


def test_default_note_then_pitch_is_bad_not_ugly() -> None:
    invite = note(Kind.INVITATION, "", default=True)
    pitch = note(Kind.MESSAGE, "Would you be open to a 15 minute demo of our platform?", days=5)
    assert verdict_of(pitch, invite)[0] is Verdict.BAD


def test_endorse_me_back_is_ugly() -> None:
    endorsement = note(Kind.ENDORSEMENT)
    ask = note(Kind.MESSAGE, "Hi Alex, could you endorse me back for Financial Modeling? Thanks!", days=1)
    assert verdict_of(ask, endorsement) == (Verdict.UGLY, ["endorse_back"])


@pytest.mark.parametrize("text", [
    "Wow. Ignoring my invitation is really unprofessional. Your loss.",
    "Wie unhöflich, nicht einmal zu antworten.",
    "Très impoli de refuser sans un mot.",
    "Qué maleducado, ni siquiera respondes.",
    "Davvero scortese da parte tua.",
])
def test_hostility_is_ugly(text: str) -> None:
    invite = note(Kind.INVITATION, "Hi Alex, fellow controller here, would love to connect.")
    assert verdict_of(note(Kind.INMAIL, text, days=4), invite)[0] is Verdict.UGLY


def test_lone_endorsement_and_acceptance_carry_nothing_to_judge() -> None:
    for kind in (Kind.ENDORSEMENT, Kind.INVITATION_ACCEPTED):
        j = judge(note(kind), PersonHistory(""), SIGNALS)
        assert j.verdict is None and j.disposition is Disposition.OTHER


def test_spoof_is_suspicious_and_not_judged() -> None:
    j = judge(note(Kind.INVITATION, "free webinar", auth=Authenticity.SUSPICIOUS), PersonHistory(""), SIGNALS)
    assert j.disposition is Disposition.SUSPICIOUS and j.verdict is None


def _state(*notes: Notification):
    judgements = replay(list(notes), SIGNALS)
    return rollup([event_of(n, judgements[n.message_id]) for n in notes])


def test_recommendations_follow_the_taxonomy_table() -> None:
    assert _state(note(Kind.INVITATION, "Hi Alex, free CPE webinar on audit analytics next week.")).recommendation \
        is Recommendation.ACCEPT
    assert _state(note(Kind.INVITATION, "", default=True)).recommendation is Recommendation.IGNORE
    bait = note(Kind.INVITATION, "Join our community of fellow CFOs.", person="Ravi")
    switch = note(Kind.MESSAGE, "Our insurance plans protect executives like you.", person="Ravi", days=2)
    assert _state(bait, switch).recommendation is Recommendation.REMOVE
    p1 = note(Kind.MESSAGE, "Can I show you a quick demo of our AP automation?", person="Kim")
    p2 = note(Kind.MESSAGE, "Following up: our platform helps teams cut costs. Free trial?", person="Kim", days=7)
    assert _state(p1).recommendation is None
    assert _state(p1, p2).recommendation is Recommendation.REMOVE


def test_hostile_inmail_leaves_an_unanswered_invitation_pending() -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Max")
    rant = note(Kind.INMAIL, "Not even answering? How rude.", person="Max", days=3)
    state = _state(invite, rant)
    assert state.verdict is Verdict.UGLY and state.pending
    assert state.recommendation is Recommendation.IGNORE
    message = note(Kind.MESSAGE, "You call yourself a professional? Pathetic.", person="Max", days=4)
    assert _state(invite, rant, message).recommendation is Recommendation.REMOVE


def test_known_bad_person_reinviting_nicely_is_ignored() -> None:
    p1 = note(Kind.INMAIL, "How dare you ignore me. Rude.", person="Lee")
    p2 = note(Kind.INVITATION, "Hi Alex, free CPE webinar next week, would love to have you.", person="Lee", days=30)
    state = _state(p1, p2)
    assert state.verdict is Verdict.UGLY
    assert state.recommendation is Recommendation.IGNORE
    assert state.reasons[0].code == "known"


def test_field_of_the_user_counts_as_value() -> None:
    me = Me(fields=("revenue recognition",))
    n = note(Kind.MESSAGE, "Hi Alex, I've been reading about revenue recognition for SaaS contracts.")
    j = judge(n, PersonHistory(""), SIGNALS, me)
    assert j.verdict is Verdict.GOOD and "field" in [r.code for r in j.reasons]


def test_user_phrases_extend_the_defaults() -> None:
    custom = signals.build({"phrases": {"sales": {"en": [r"\bpayroll bundle\b"]}}})
    n = note(Kind.MESSAGE, "Hi Alex, have you seen the payroll bundle?")
    assert judge(n, PersonHistory(""), SIGNALS).verdict is Verdict.GOOD
    assert judge(n, PersonHistory(""), custom).verdict is Verdict.BAD


def test_overrides_are_checked() -> None:
    problems = signals.check_overrides({"phrases": {"nonsense": {"en": ["x"]}, "sales": {"xx": ["y"], "en": ["("]}},
                                        "weights": {"cta": "high"}, "colour": 1})
    assert len(problems) == 5, problems


def test_a_pending_invitation_that_offers_value_and_pitches_goes_to_review() -> None:
    mixed = note(Kind.INVITATION, "Free CPE webinar on lease accounting next week - and a quick demo of our "
                                  "lease software afterwards.", person="Mo")
    state = _state(mixed)
    assert state.verdict is Verdict.BAD and state.recommendation is Recommendation.REVIEW
    plain = note(Kind.INVITATION, "Can I show you a quick demo of our lease software?", person="Jo")
    assert _state(plain).recommendation is Recommendation.IGNORE


@pytest.mark.parametrize("text", [
    "With all due respect, someone in your position could have the courtesy to reply. Noted.",
    "Estimado Alex: seguro está demasiado ocupado siendo importante.",
    "Sans vouloir vous offenser, je trouve assez révélateur que vous ne preniez pas la peine de répondre.",
])
def test_a_remark_on_your_silence_is_hostile(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Rem")
    assert verdict_of(note(Kind.INMAIL, text, person="Rem", days=5), invite) == (Verdict.UGLY, ["hostility"])


def test_a_compliment_does_not_excuse_a_pitch() -> None:
    text = ("J'ai lu avec plaisir votre publication sur la clôture. Nous accompagnons les directions financières "
            "dans ce type de transformation. Seriez-vous disponible vingt minutes la semaine prochaine ?")
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD
    assert verdict_of(note(Kind.INVITATION, "I read your post on the close - spot on."))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", ["Just endorsed you for SAP FI/CO - you know how it works ;)",
                                  "Compétences contre compétences ? :)", "¿Aptitudes por aptitudes?"])
def test_an_endorsement_trade_after_an_endorsement_is_ugly(text: str) -> None:
    endorsed = note(Kind.ENDORSEMENT, person="Tra")
    assert verdict_of(note(Kind.MESSAGE, text, person="Tra", days=1), endorsed)[0] is Verdict.UGLY


def test_the_sender_headline_repeated_above_a_message_is_not_the_note() -> None:
    rant = replace(note(Kind.INMAIL, "Director, Hargreaves Interim Finance\n\nWith all due respect, you could "
                                     "have replied."), person=Person("k:n", "Nigel", "Director, Hargreaves Interim Finance"))
    assert judge(rant, PersonHistory(""), SIGNALS).verdict is Verdict.UGLY


@pytest.mark.parametrize("kind,text,expected", [
    (Kind.INVITATION, "Olá Alex, ajudamos empresas como a sua a reduzir custos. Agendar uma chamada rápida?", Verdict.BAD),
    (Kind.INVITATION, "Hallo Alex, wij helpen bedrijven met debiteurenbeheer. Heeft u volgende week tijd?", Verdict.BAD),
    (Kind.INVITATION, "Olá Alex, webinar gratuito sobre IFRS 16 com créditos CPE.", Verdict.GOOD),
    (Kind.MESSAGE, "Wat onbeschoft om niet te reageren.", Verdict.UGLY),
])
def test_portuguese_and_dutch_notes_are_read_too(kind: Kind, text: str, expected: Verdict) -> None:
    assert verdict_of(note(kind, text))[0] is expected


@pytest.mark.parametrize("chaser", [
    "Hi Alex, any news?",
    "Hallo Alex, kleine Erinnerung an meine letzte Nachricht.",
    "Bonjour Alex, je me permets de vous relancer.",
    "¿Pudiste revisarlo?",
    "Ciao Alex, ti riscrivo per la call.",
    "Olá Alex, alguma novidade?",
    "Ho lasciato una copia in segreteria per i docenti di storia, insieme al materiale per il triennio.",
    "Wanted to add that our team in Recife has two more seniors joining next month, both strong in Kotlin.",
])
def test_a_nudge_after_a_pitch_is_a_second_pitch(chaser: str) -> None:
    """No nudge word is needed either: a seller's next message that gives nothing else continues the sale."""
    pitch = note(Kind.MESSAGE, "Can I show you a quick demo of our AP automation?", person="Lee")
    nudge = note(Kind.MESSAGE, chaser, person="Lee", days=6)
    assert verdict_of(nudge, pitch)[0] is Verdict.BAD
    assert _state(pitch, nudge).recommendation is Recommendation.REMOVE


def test_a_nudge_after_a_friendly_note_is_no_pitch() -> None:
    question = note(Kind.MESSAGE, "Quick question: how did your team handle the lease accounting migration?",
                    person="Sam")
    nudge = note(Kind.MESSAGE, "Hi Alex, any news?", person="Sam", days=6)
    assert verdict_of(nudge, question)[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hallo Herr Morgan, wir unterstützen Finanzabteilungen im Mittelstand dabei, das Reporting zu vereinfachen. "
    "Gern würde ich Ihnen in einem kurzen Termin zeigen, wie das bei Ihnen aussähe.",
    "Alex, I coach finance leaders stepping into CFO roles; most of my clients are controllers like you. "
    "Would you be open to a complimentary discovery session?",
    "Hi Alex, we run corporate travel for 300 firms and I'm happy to benchmark your costs, free of charge.",
    "Ciao Alex, molte aziende lasciano soldi sul tavolo con il credito d'imposta. Le andrebbe una verifica gratuita?",
    "Hallo Alex, am Donnerstag gibt es ein kostenloses Webinar, in dem wir live zeigen, wie Reconix Ihre Abstimmung "
    "automatisiert. Soll ich Sie eintragen?",
    "Ciao Alex! Il mio percorso ha aiutato +300 manager. Prima call GRATIS, scrivimi 'SI' e ti mando il link",
    "Bonjour Alex, comment gérez-vous les retards de paiement ? On a peut-être une solution, un échange de 15 minutes ?",
])
def test_a_service_described_for_companies_like_yours_is_a_pitch(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


def test_a_free_report_for_everyone_is_not_a_free_audit_of_you() -> None:
    text = "Hi Alex, I run a free quarterly benchmark of month-end close days across 40 finance teams; want the report?"
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Bonjour Alex, vous n'avez pas jugé utile de répondre. Permettez-moi de rappeler que la courtoisie ne coûte rien.",
    "Alex, un simple «no, gracias» no cuesta nada; sin contestar así, un poco de empatía, por favor.",
    "Beste Alex, geen antwoord dus. Ik dacht dat mensen in finance beleefder waren.",
    "Visualizou e não respondeu né. Falta de educação.",
])
def test_a_remark_on_silence_with_a_word_on_manners_is_hostile(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.UGLY


def test_silence_or_manners_alone_is_not_hostile() -> None:
    assert verdict_of(note(Kind.MESSAGE, "Sorry for not answering sooner, I was travelling. Yes, happy to help."))[0] \
        is Verdict.GOOD
    assert verdict_of(note(Kind.MESSAGE, "I have great respect for your work on the close calendar."))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hey Alex, endorsed you for IFRS the other day. You know how endorsements work 😉",
    "Dag Alex, ik heb je onderschreven voor Budget. Zou je hetzelfde voor mij willen doen?",
    "Oi Alex! Deixei umas validações de competências. Se puder dar uma olhadinha no meu também, ia ajudar!",
])
def test_endorsement_talk_with_reciprocity_and_a_request_is_endorse_back(text: str) -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Kai")
    assert verdict_of(note(Kind.MESSAGE, text, person="Kai", days=1), endorsement)[0] is Verdict.UGLY


def test_thanking_for_an_endorsement_is_not_asking_back() -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Ana")
    thanks = note(Kind.MESSAGE, "Thanks for connecting, Alex. I endorsed you for IFRS too, well deserved.",
                  person="Ana", days=1)
    assert verdict_of(thanks, endorsement)[0] is Verdict.GOOD


def test_a_connections_own_offer_is_no_bait_for_a_later_pitch() -> None:
    webinar = note(Kind.MESSAGE, "Hi Alex, we're running a free webinar on IFRS 16 next week.", person="Bo")
    pitch = note(Kind.MESSAGE, "Can I show you a quick demo of our lease accounting software?", person="Bo", days=9)
    assert verdict_of(pitch, webinar)[0] is Verdict.BAD


@pytest.mark.parametrize("text", ["Hi Alex, connect?", "Hola Alex, me gustaría conectar contigo.", "👋",
                                  "Hallo Alex, ich möchte mich gerne mit Ihnen vernetzen."])
def test_a_note_of_greetings_alone_is_like_the_default_note(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text)) == (Verdict.BAD, ["empty_note"])


def test_a_short_note_with_a_reason_is_a_personal_note() -> None:
    assert verdict_of(note(Kind.INVITATION, "Great meeting you at the IFRS conference!"))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hola Alex, soy recruiter interna; buscamos un Controller para 3 filiales, 55–65 k€ y teletrabajo. ¿Te interesa?",
    "Hallo Alex, ik ben corporate recruiter en we zoeken een Manager Group Reporting. Heb je interesse in een "
    "vrijblijvend gesprek met de hiring manager?",
])
def test_a_salary_or_a_chat_in_a_job_offer_is_no_sales_talk(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Re your question: I've dropped our 5-day close template in the thread, feel free to steal it. "
    "Happy to walk you through it on a call.",
    "The regulator issued a guidance note, PDF here: bit.ly/x. Happy to jump on a call if you need more context.",
    "¡Gracias por conectar! Te paso el contacto de nuestra consultora de SII; nos ayudó mucho. "
    "Yo no tengo nada que ver con ellos.",
])
def test_help_offered_without_strings_is_value(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.GOOD


def test_one_meeting_ask_phrased_twice_does_not_outweigh_a_peer_question() -> None:
    text = ("Bonjour Alex, je me permets une question de pair à pair : vous avez parlé de votre migration vers un "
            "outil de consolidation. Je serais ravie d'échanger 20 minutes, et de partager notre grille en retour.")
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Vale, veo que no respondes. Tú te lo pierdes. Tanto 'liderazgo' en el perfil y luego ni un hola 🤡",
    "Wow. Read receipts say you saw both messages. I guess 'open to networking' in your headline is just decorative.",
    "Complimenti Alex, davvero. Un invito rimasto lì per settimane.",
])
def test_mockery_of_your_silence_is_hostile(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.UGLY


def test_a_booking_link_for_free_mentoring_is_no_pitch() -> None:
    text = ("Hi Alex, I mentor for free through the ACCA scheme, so I've opened some 30-min slots here: "
            "https://calendly.com/hannah/mentoring. Feel free to pass it on.")
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


def test_a_brochure_sent_unasked_is_a_pitch() -> None:
    assert verdict_of(note(Kind.MESSAGE, "Notre plaquette 2026, au cas où : https://example.fr/plaquette.pdf"))[0] \
        is Verdict.BAD


def test_a_note_in_a_language_mailbot_cannot_read_is_left_to_you() -> None:
    polish = note(Kind.INVITATION, "Dzień dobry Alex, chciałbym zaprosić Pana do współpracy z naszą firmą, "
                                   "oferujemy najlepsze rozwiązania księgowe w Polsce.", person="Jan")
    state = _state(polish)
    assert state.recommendation is Recommendation.REVIEW
    assert "language mailbot does not read" in state.reasons[0].text
    portuguese = note(Kind.INVITATION, "Olá Alex, gostaria de te convidar para o nosso evento gratuito de "
                                       "controladoria em Lisboa.", person="Rui")
    assert _state(portuguese).recommendation is Recommendation.ACCEPT


def test_a_buyer_asking_you_for_a_quote_is_a_customer_not_a_seller() -> None:
    buyer = ("Dear Alex sir, we are planning replacement of 4 nos. screw compressors at our plant in Q3. "
             "Kindly share budgetary quotation and delivery lead time.")
    assert verdict_of(note(Kind.INVITATION, buyer))[0] is Verdict.GOOD
    seller = "Hi Alex, we could cut your fleet costs with our fuel card. Can I send a quote?"
    assert verdict_of(note(Kind.INMAIL, seller))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hola Alex, llevo la búsqueda de Director/a Financiero/a para un grupo en Lleida. Reporta al CEO, "
    "110-125k fijo + 20% variable. ¿Hablamos?",
    "Lieber Alex, ein Mittelständler sucht einen Fractional CFO: 2 Tage pro Woche für 12 Monate, Tagessatz 1.400 €.",
])
def test_a_role_offered_with_its_terms_is_good_even_with_pay_and_a_call(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


def test_an_agency_selling_candidates_for_your_open_positions_is_a_pitch() -> None:
    text = "Buongiorno Alex, siamo un'agenzia per il lavoro. Avete posizioni aperte? Vi inviamo candidati in 48 ore."
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", ["wow. rude.", "sympa de répondre 🙄", "Nicht mal ne Antwort. Sehr professionell 👏",
                                  "3 msgs, 0 replies. not a good look for a 'leader'."])
def test_terse_reproach_is_hostile(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Jo")
    assert verdict_of(note(Kind.INMAIL, text, person="Jo", days=9), invite)[0] is Verdict.UGLY


def test_a_link_slug_is_not_read_as_words() -> None:
    text = "saw this IFRS 18 summary, thought of u 👉 linkedin.com/pulse/ifrs-18-in-10-minutes"
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.GOOD


def test_a_paid_expert_call_for_you_is_no_pitch_but_a_launch_with_an_honorarium_is() -> None:
    expert = ("Hello Alex, I'm reaching out on behalf of a client preparing a market study, who would value an hour "
              "with an in-house lawyer on sanctions screening. Honorarium: USD 650 for 60 minutes by phone.")
    assert verdict_of(note(Kind.INMAIL, expert))[0] is Verdict.GOOD
    launch = ("Sehr geehrter Herr Dr. Morgan, zur Markteinführung unseres neuen Präparats laden wir zu einer Expertenrunde "
              "ein (Honorar 800 €). Anschließend stellt sich Ihr zuständiger Außendienst vor.")
    assert verdict_of(note(Kind.INMAIL, launch))[0] is Verdict.BAD


def test_a_formal_threat_after_silence_is_hostile() -> None:
    text = ("Sehr geehrte/r Alex, Sie haben meine Kontaktanfrage unbeantwortet gelassen. Ich behalte mir ausdrücklich "
            "alle Rechte vor.")
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.UGLY


def test_quoted_lines_are_someone_elses_words() -> None:
    text = ("> We're about to sit through three vendor pitches with pricing calls and quotes.\n\n"
            "Honestly: the licence was fine, the implementation took twice as long. Happy to compare notes.")
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.GOOD
    hostile = "> Thanks, but we've signed with another provider.\n\nReally? That's poor form, Alex. I'll remember it."
    assert verdict_of(note(Kind.MESSAGE, hostile))[0] is Verdict.UGLY


def test_a_short_link_after_a_pitch_pushes_it() -> None:
    pitch = note(Kind.MESSAGE, "Can I show you a quick demo of our AP automation?", person="Lee")
    link = note(Kind.MESSAGE, "Alex, here is the page if you prefer to read: https://ap.example.com/tour/lee",
                person="Lee", days=3)
    assert verdict_of(link, pitch)[0] is Verdict.BAD


def test_a_firms_size_is_not_a_price_but_a_price_plus_tax_is() -> None:
    search = ("Hi Alex, I'm leading a Group CFO search for a £400m engineering group. The role reports to the Chair. "
              "Package: £220-250k base, 50% bonus. Open to a confidential call?")
    assert verdict_of(note(Kind.INMAIL, search))[0] is Verdict.GOOD
    coaching = ("Buongiorno Alex, il mio programma (tre mesi, 3.500 € + IVA) comprende simulazioni di colloquio e "
                "accesso alla mia rete di head hunter.")
    assert verdict_of(note(Kind.INMAIL, coaching))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hallo Alex, wir stellen ein Angebot für die Ausschreibung der Stadtwerke zusammen. Lust auf eine Bietergemeinschaft?",
    "Hola Alex, ha salido la licitación del lote 2. Sola no llego a la solvencia técnica. ¿Nos presentamos juntos en UTE?",
    "Hi Alex, there's a tender out for demand forecasting. Fancy a joint bid? I'd share the quote work 50/50.",
])
def test_a_peer_proposing_to_bid_together_brings_value(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "I've sent the rate card twice now. Frankly that's amateur hour. Unfollowing.",
    "Dass Sie nicht antworten, sagt einiges über Ihre Arbeitsauffassung. Freelancer wie Sie gibt es wie Sand am Meer.",
    "Typique des freelances qui se croient au-dessus du lot. Continuez à vous brader.",
    "Ma si rende conto? Che modo di lavorare è questo? Poca serietà, davvero.",
])
def test_contempt_after_silence_is_hostile(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.UGLY


def test_a_research_interview_is_a_reason_to_connect_and_a_demo_after_it_a_switch() -> None:
    study = note(Kind.INVITATION, "Hi Alex, I'm researching how CFOs run the month-end close and interviewing 25 of "
                 "them. 20 minutes, anonymised, and everyone gets the final report. Would you be up for it?",
                 person="Kim")
    assert verdict_of(study)[0] is Verdict.GOOD
    demo = note(Kind.MESSAGE, "Thanks for the chat! Could I get 30 minutes with your controller for a demo of Ledgerly?",
                person="Kim", days=5)
    assert verdict_of(demo, study)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Ignoring people is a choice, Alex. A pretty poor one for someone who calls themselves a 'leader'.",
    "Alex, du hast meine Nachricht gelesen und nicht geantwortet. Find ich schlicht unanständig.",
    "Vous m'ajoutez et ensuite vous ne répondez même pas ? Drôle de façon de réseauter.",
    "Veo que ni aceptas ni rechazas. Muy elegante. Tranquilo, que no volveré a molestar.",
    "I asked one small favour and not even a reply. Honestly I expected more from you.",
    "Je suis sans emploi et je demandais dix minutes. J'espère que vous ne vous retrouverez jamais de l'autre côté.",
    "Ho fatto uno screenshot della mia richiesta ignorata. Domani lo pubblico su LinkedIn.",
])
def test_hostility_in_other_registers(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Jo")
    assert verdict_of(note(Kind.INMAIL, text, person="Jo", days=9), invite)[0] is Verdict.UGLY


def test_a_graceful_bow_out_is_not_a_lecture() -> None:
    text = ("Hi Alex, I'll take the silence as a 'not now', totally fair, inboxes are brutal. I'll stop reaching out. "
            "If forecasting ever turns into a headache, my door's open.")
    assert verdict_of(note(Kind.INMAIL, text))[0] is not Verdict.UGLY


@pytest.mark.parametrize("text,expected", [
    ("Just endorsed you for Python, you deserve it! Please help me with an endorsement for Kubernetes.", Verdict.UGLY),
    ("I popped an endorsement on your profile for Budgeting. If you could return one for Process Improvement "
     "I'd owe you a pint!", Verdict.UGLY),
    ("Je vous ai recommandé pour Comptabilité analytique, c'était mérité. Pas besoin de me rendre la pareille, "
     "vraiment !", Verdict.GOOD),
    ("¡Te he validado en Control de gestión! Y no, no quiero nada a cambio 😂", Verdict.GOOD),
])
def test_endorse_back_asks_and_their_denials(text: str, expected: Verdict) -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Pat")
    assert verdict_of(note(Kind.MESSAGE, text, person="Pat", days=1), endorsement)[0] is expected


@pytest.mark.parametrize("text", [
    "Hallo Alex, Katharina hat mir deinen Namen gegeben. Ich bau gerade ein Cash-Pooling auf. Hättest du mal "
    "20 Minuten für meine Fragen?",
    "Respected Sir, I am a final year CS student and my FYP is on distributed tracing. If you could spare 15 "
    "minutes to guide me on my architecture I will be highly obliged.",
    "Bonjour Monsieur Morgan, nous organisons un séminaire gratuit, 3 heures de formation continue attestées. "
    "Il reste quelques places, je me permets de vous inviter.",
])
def test_a_time_ask_for_advice_or_a_free_seat_is_no_pitch(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Guten Tag, wir übernehmen die Lohnbuchhaltung zu fixen Monatspauschalen. Darf ich Ihnen unverbindlich eine "
    "Offerte machen?",
    "Buongiorno Alex, abbiamo furgoni elettrici a noleggio a lungo termine. Posso prepararLe un'offerta?",
    "Dear Purchasing Manager, we are professional manufacturer of barcode scanners. Free sample available. "
    "Could you tell me your demand quantity?",
    "Hello Alex, I can do complete on-page and off-page SEO at a very reasonable monthly cost. Can I share a plan?",
])
def test_offers_said_without_a_sales_word_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "hey Alex, i maintain a small postgres job queue. i'd love 20 min of brutally honest feedback on the new retry API.",
    "Hallo Alex, ich baue ein Tool für Feature-Flags. Hättest du 15 Minuten für ein ehrliches Gespräch? Ganz ohne "
    "Verkaufsabsicht.",
    "Hola Alex! Con dos amigos estamos montando una app. No vendemos nada. ¿Le echarías un vistazo?",
    "hi Alex, honest disclosure: i'm pre-product, nothing to sell. would you do a 20 min interview?",
])
def test_a_time_ask_for_feedback_with_nothing_to_sell_is_no_pitch(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


def test_feedback_then_a_price_is_a_bait_and_switch() -> None:
    ask = note(Kind.INVITATION, "hi Alex, not selling anything: i'd value 15 min of a CTO's honest feedback on my "
               "code-review bot.", person="Eli")
    price = note(Kind.MESSAGE, "thanks! we just opened paid plans, €29 per seat. want a discount code?",
                 person="Eli", days=12)
    assert verdict_of(price, ask)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Cheers for the connect. We'd love to be included in the RFQ. I can have a quote with you by Friday.",
    "Hola Alex: te adjunto nuestra oferta para las cajas de los compresores. Validez 15 días.",
    "Bonjour Alex, cabinet de recrutement : on place des devs seniors, 18 % du brut annuel, garantie 3 mois.",
    "Hi Alex, is your CPD record in order? Our annual pass is £395 + VAT. Happy to set you up with a trial login.",
])
def test_suppliers_asking_in_and_priced_offers_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


def test_a_default_note_plus_a_greeting_says_nothing() -> None:
    text = "Me gustaría añadirte a mi red profesional en LinkedIn. ¡Un saludo desde Zaragoza!"
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Interessant, dass Sie meine Anfrage einfach liegen lassen. Man sieht sich im Leben immer zweimal.",
    "Mate, I offered to send you work and you couldn't even click accept? Bit up yourself, aren't you.",
    "Je constate que vous m'avez répondu « pas intéressé ». Franchement, c'est d'une condescendance rare.",
    "Alex, three messages and you can't spare a one-line reply. Frankly that tells me everything about how you lead.",
])
def test_more_hostility_after_silence(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Jo")
    assert verdict_of(note(Kind.INMAIL, text, person="Jo", days=9), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Monsieur, trois relances et pas la moindre réponse. Un simple « non merci » aurait suffi. Vous traitez vos "
    "fournisseurs comme vos clients ?",
    "Aò, manco 'n clic per accettà? Ma chi te credi d'esse? Ste arie da milanese so' proprio ridicole.",
    "Gentile Alex, prendo atto che non ha ritenuto di accettare. Mi permetto solo di osservare che chi scrive di "
    "condivisione potrebbe anche praticarla.",
    "Grüß Gott. Dass man auf eine Kontaktanfrage nicht einmal reagiert, ist schon ein starkes Stück. Die Branche ist klein.",
])
def test_hostility_in_formal_and_regional_registers(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Jo")
    assert verdict_of(note(Kind.INMAIL, text, person="Jo", days=9), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Hola Alex! Hemos lanzado un servicio de revenue management externalizado: nos encargamos de todo por una cuota "
    "fija mensual. ¿Te cuadra una llamada?",
    "Buongiorno, installiamo impianti fotovoltaici in formula PPA, zero investimento iniziale. Ci sentiamo?",
    "Hi Alex, groups your size typically hand 20% of room revenue to OTAs. Worth 15 min next week?",
    "Hi Alex, my team runs reliability workshops tailored to your stack, priced by team size. Interested?",
])
def test_services_described_by_their_terms_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Merci pour l'invitation. Comme promis, voici notre grille d'audit et le tableau de bord qu'on présente en comité.",
    "Hey Alex, we put together a free salary report. Glad to share it with you and your leadership team.",
    "Ciao Alex, ti giro i dati del nostro pilota con le pompe di calore: -27% di gas in 12 mesi. Nessun fornitore "
    "da spingere, solo numeri.",
])
def test_sharing_a_grid_a_report_or_savings_data_is_no_pitch(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.GOOD


def test_a_short_english_note_is_readable() -> None:
    from mailbot.judge import readable
    assert readable("Hi Alex, Hi Alex, new year, clean slate? I'd genuinely value being connected.")


@pytest.mark.parametrize("text", [
    "Alex - a few of us insurance CISOs get on a call the first Tuesday of the month. No vendors in the room. Want in?",
    "Hola Alex, soy Lucía, coincidimos en el proyecto de SSO. Mi director quiere hablar con alguien de una aseguradora "
    "sobre cómo montasteis el PAM. ¿Os presento por aquí?",
    "Bonjour Alex, nous recrutons notre RSSI Groupe (CDI), rattaché au directeur général. Votre parcours dans "
    "l'assurance correspond vraiment.",
    "Hi Alex, I run a small invite-only forum for heads of careers, no vendors. Next call is on placement-year drop-outs.",
])
def test_the_users_industry_named_is_no_sale(text: str) -> None:
    """'insurance', 'aseguradora', 'l'assurance', 'placement' name an industry or a year out, not a product."""
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text,expected", [
    ("hola alex,, te puedo hacer un par de preguntas?? trabajo en una cadena de hoteles, no vendo nada ..", Verdict.GOOD),
    ("HI ALEX, WE'RE MOVING OUR LEASES ONTO IFRS 16. HOW DID YOU SET THE DISCOUNT RATES? ANY TIP IS WELCOME.", Verdict.GOOD),
    ("Hi Alex 👋 our FP&A platform 📊 cuts budgeting time in half ⏱️ free 30-day pilot for your team? 🚀", Verdict.BAD),
    ("Hola Alex, trabajo en seguros para empresas. Revisamos tu póliza sin coste y te pasamos una contrapropuesta.",
     Verdict.BAD),
])
def test_surface_forms_do_not_change_the_reading(text: str, expected: Verdict) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is expected


def test_an_italian_tip_with_a_validated_formula_is_no_endorse_back() -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Fra")
    tip = note(Kind.MESSAGE, "Alex, ti giro una dritta: l'amoxicillina è carente da noi e credo arriverà anche da voi. "
               "Ti allego la formula, validata con il nostro ordine. Se ti serve te la spiego.", person="Fra", days=3)
    assert verdict_of(tip, endorsement)[0] is Verdict.GOOD


@pytest.mark.parametrize("text,expected", [
    ("Alex, your Glassdoor rating slipped to 3.4. We build employer brand campaigns, packages from €6k.", Verdict.BAD),
    ("Alex, we keep getting briefs that aren't our thing. Happy to send them your way, no finder's fee.", Verdict.GOOD),
    ("Hallo Alex, Austausch unter Agenturinhabern: offen reden über Personal, Preise und Kunden. Lust dabei zu sein?",
     Verdict.GOOD),
])
def test_a_word_in_passing_is_not_the_verdict(text: str, expected: Verdict) -> None:
    """A rating cited by a vendor is no threat, 'vouch for her' no endorse-back, 'no finder's fee' no fee."""
    assert verdict_of(note(Kind.MESSAGE, text))[0] is expected


def test_vouching_for_a_colleague_is_no_endorse_back() -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Liv")
    intro = note(Kind.MESSAGE, "Hi Alex, one of my team leads is looking for an HRBP role. Would you be open to a coffee "
                 "with her? I'd vouch for her without hesitation.", person="Liv", days=2)
    assert verdict_of(intro, endorsement)[0] is not Verdict.UGLY


def test_generic_openers_say_nothing() -> None:
    for text in ("Hi Alex, came across your profile and thought it would be good to connect.",
                 "hey alex hope ur well, lets connect 👍"):
        assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text,expected", [
    ("Great to hear from you. Next step: every shortlisted candidate goes through our Leadership Readiness "
     "Assessment, a one-off £650 investment. I'll send the booking link.", Verdict.BAD),
    ("Before I present you, my clients expect our Executive Positioning programme - €1,200. Shall I send the invoice?",
     Verdict.BAD),
    ("Alex - Financial Controller, manufacturing, Leeds, up to £80k + car allowance. Worth a chat?", Verdict.GOOD),
    ("Hi Alex! I have a number of fantastic opportunities that could be a great fit. Let's connect!", Verdict.BAD),
    ("We've just registered a strong management accountant, available immediately. Usual terms apply.", Verdict.BAD),
])
def test_recruiters_who_bring_a_role_against_those_who_sell(text: str, expected: Verdict) -> None:
    """A role with its terms is value; a fee asked of the candidate, a pipeline note or a candidate sold is not."""
    assert verdict_of(note(Kind.INMAIL, text))[0] is expected


@pytest.mark.parametrize("text,expected", [
    ("Hola Alex, soy CFO de otro promotor eólico. Estamos los dos con la misma ventanilla del ICO para el aval. "
     "¿Compartimos notas?", Verdict.GOOD),
    ("Alex, I write a free newsletter and I'd love to include a quote from a developer CFO. Anonymous is fine.",
     Verdict.GOOD),
    ("Ciao Alex, come promesso ti mando il nostro template di portfolio review, usalo pure come vuoi.", Verdict.GOOD),
    ("Bonjour Alex, je peux vous proposer un abonnement cabinet avec 3 mois offerts. Intéressé ?", Verdict.BAD),
    ("Thank you. As it happens I act as a quantum expert: my day rate is £2,400. Happy to send my fee schedule.",
     Verdict.BAD),
])
def test_state_agencies_quotes_and_templates_read_in_context(text: str, expected: Verdict) -> None:
    """The ICO is a state bank here, not a coin offering; a quote from you is a citation; a template is shared."""
    assert verdict_of(note(Kind.MESSAGE, text))[0] is expected


def test_sarcastic_praise_after_silence_is_hostile() -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Pao")
    text = "Complimenti per la professionalità, Alex. Nemmeno un \"no grazie\". Con questo atteggiamento non andrete lontano."
    assert verdict_of(note(Kind.INMAIL, text, person="Pao", days=9), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "hola alex!! t paso dossier y precios d nuestras reformas llave en mano?",
    "ciao alex, nn so se ti interessa, ti mando il listino x la prossima fiera?",
])
def test_chat_shorthand_is_read_like_full_words(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD


def test_a_fee_asked_up_front_after_a_job_offer_is_a_bait_and_switch() -> None:
    offer = note(Kind.INMAIL, "Hi Alex, we're hiring a Logistics Lead (remote, $90k-$100k). The hiring manager would "
                 "like a chat this week.", person="Kim")
    fee = note(Kind.INMAIL, "Good news, you got the job! A refundable onboarding fee of $200 must be paid via Zelle "
               "before your laptop ships.", person="Kim", days=3)
    assert verdict_of(fee, offer) == (Verdict.UGLY, ["bait_and_switch"])


@pytest.mark.parametrize("text", [
    "Hi Alex, saw you're open to work. My interview coaching starts at £400, hiring managers love my clients.",
    "Alex, our job search accelerator places leaders in 90 days: $2,000 or 4 monthly payments. Want details?",
    "Bonjour Alex, coût par candidat présenté : 900 €. Je vous envoie notre plaquette ?",
])
def test_a_price_with_the_terms_of_a_purchase_is_a_pitch_next_to_job_words(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hi Alex, two free places left on our negotiation course (normally £600). Want one for your team?",
    "Hi Alex, our foundation's call for proposals on water projects opens in March. Can I send you the guidelines?",
    "Salut Alex, il nous manque un labo allemand pour notre projet ANR. Ça te dit ? On en parle à la conf ?",
    "Hallo Alex, unser kostenloser Fortbildungstag zur Sepsis findet im März statt, DFP-Punkte inklusive. "
    "Darf ich Ihnen das Programm schicken?",
])
def test_waived_prices_funding_calls_and_joint_research_are_value(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hab dich grad für Controlling bestätigt. Bestätigst du mich für Treasury? Danke dir!",
    "Endorsed you for Budgeting this morning! Would you do the honours on Forecasting?",
    "I've endorsed you for two skills. An endorsement for Negotiation would mean a lot before my review.",
])
def test_more_endorse_back_asks(text: str) -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Lu")
    assert verdict_of(note(Kind.MESSAGE, text, person="Lu", days=1), endorsement)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Two invitations and a reminder, and nothing. That attitude says it all.",
    "No reply at all. Some of us actually have to work for a living, you know.",
    "Nessuna risposta. Voi manager vi sentite sempre superiori.",
    "oye q ni contestas. vaya humos",
    "Got your 'not right now'. Best of luck with your spreadsheets.",
])
def test_hostility_after_a_decline_in_new_words(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Ro")
    assert verdict_of(note(Kind.INMAIL, text, person="Ro", days=8), invite)[0] is Verdict.UGLY


def test_a_follow_up_with_a_lighter_sales_word_pitches_again() -> None:
    pitch = note(Kind.MESSAGE, "Hi Alex, we implement Workday for firms your size, fixed price from £40k. Keen?",
                 person="Vi")
    again = note(Kind.MESSAGE, "Hi Alex, we have capacity next month if you want to move on the outline.",
                 person="Vi", days=10)
    assert verdict_of(again, pitch) == (Verdict.BAD, ["pitch"])


def test_congratulations_on_a_role_are_no_job_offer() -> None:
    text = "Congrats on the CFO role! We automate AP approvals for manufacturers. 20 min on Thursday?"
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hi Alex, our buyers loved your granola at the fair and we'd like to discuss stocking it in our 30 shops. "
    "Open to a call?",
    "Hi Alex, could we have samples of the cider and the perry for our autumn review? If they pass, we'd talk listing.",
])
def test_a_buyer_asking_to_stock_your_products_is_value(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


def test_a_members_offer_after_a_peer_group_invitation_is_a_bait_and_switch() -> None:
    group = note(Kind.INVITATION, "Bonjour Alex, j'anime un groupe d'échange entre DSI de villes moyennes, gratuit, "
                 "on partage nos cahiers des charges.", person="Mo")
    offer = note(Kind.MESSAGE, "Bienvenue ! Je travaille aussi pour un éditeur de logiciel : nous faisons aux membres "
                 "une offre groupée. D'accord pour une présentation ?", person="Mo", days=12)
    assert verdict_of(offer, group)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "I invited you weeks ago and still nothing. Your team deserves better.",
    "Ma che ci vuole a rispondere? Siete tutti uguali.",
    "Te invité hace semanas y nada. Se te ha subido el cargo a la cabeza.",
    "Auf zwei Nachrichten kommt nichts. Das ist schlicht kein Umgang.",
])
def test_more_remarks_on_silence_and_contempt(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Ed")
    assert verdict_of(note(Kind.INMAIL, text, person="Ed", days=20), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Ich bin Vertriebspartnerin bei einem Direktvertrieb. Wäre das nicht ein Zusatzeinkommen für Sie?",
    "I noticed your company is hiring an analyst, so a project must be coming. We've implemented it at eleven banks. "
    "Worth a conversation?",
    "Buenas!! lanzo mi curso de Excel para contables, 25% dto hasta el viernes",
])
def test_offers_behind_other_words_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


def test_asking_whether_the_samples_arrived_after_a_pitch_pitches_again() -> None:
    pitch = note(Kind.MESSAGE, "Ciao Alex, facciamo magliette tecniche da 3,80 € al pezzo. Ti interessa un campione?",
                 person="Lu")
    again = note(Kind.MESSAGE, "Alex, ti ho spedito un campione in ufficio, l'hai ricevuto? Per l'ordine ci servirebbe "
                 "la conferma entro marzo, così blocchiamo la produzione per la gara.", person="Lu", days=9)
    assert verdict_of(again, pitch) == (Verdict.BAD, ["pitch"])


@pytest.mark.parametrize("text", [
    "Veo que has rechazado mi solicitud. Directores como tú son el problema de este sector.",
    "I see you ignored my invitation. Funny, for someone who preaches openness on every panel.",
    "Ich sehe, Sie haben meine Anfrage ignoriert. Für einen Controller ganz schön verschlossen.",
])
def test_a_remark_on_silence_that_offers_nothing_is_hostile(text: str) -> None:
    """Whatever words follow "you declined", a message that only remarks on it reproaches."""
    invite = note(Kind.INVITATION, "", default=True, person="Jo")
    verdict, codes = verdict_of(note(Kind.INMAIL, text, person="Jo", days=15), invite)
    assert (verdict, codes) == (Verdict.UGLY, ["hostility"])


@pytest.mark.parametrize("text", [
    "I see you declined my invitation - no hard feelings, all the best with the launch.",
    "Sin respuesta de tu parte, así que no te molesto más. Sabes dónde encontrarme.",
    "Hi Alex, I sent an invitation last month and haven't heard back, in case it got buried. "
    "Would you join our free roundtable on lease accounting?",
])
def test_letting_the_silence_go_or_asking_again_is_not_hostile(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Jo")
    assert verdict_of(note(Kind.INMAIL, text, person="Jo", days=15), invite)[0] is not Verdict.UGLY


def test_a_remark_on_silence_with_nothing_before_it_is_no_reproach() -> None:
    text = "The regulator ignored our consultation response again. Did yours fare better?"
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.GOOD


def test_letting_go_after_a_pitch_is_no_second_pitch() -> None:
    pitch = note(Kind.MESSAGE, "Hallo Alex, wir haben ein Festpreispaket für die CSRD-Analyse. Magst du dir das "
                 "Angebot anschauen?", person="Fa")
    exit_ = note(Kind.MESSAGE, "Alles klar, danke für die ehrliche Antwort! Viel Erfolg mit der internen Lösung, und "
                 "falls doch mal Bedarf ist: du weißt ja, wo du mich findest.", person="Fa", days=4)
    assert verdict_of(exit_, pitch)[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Fair enough, 'not this quarter'. Funny, the last CFO said that before her board replaced her.",
    "Bien reçu votre « non merci ». Le jour où vous viendrez me chercher, les conditions ne seront plus les mêmes.",
    "Ein kurzes \"kein Interesse\" hätte genügt. Aber ihr Controller habt ja nie Zeit.",
])
def test_a_refusal_quoted_back_with_nothing_else_is_hostile(text: str) -> None:
    pitch = note(Kind.MESSAGE, "Hi Alex, our close software cuts month-end by four days. Open to a demo?", person="Qu")
    assert verdict_of(note(Kind.MESSAGE, text, person="Qu", days=6), pitch)[0] is Verdict.UGLY


def test_a_refusal_quoted_back_gracefully_is_not_hostile() -> None:
    pitch = note(Kind.MESSAGE, "Hi Alex, our close software cuts month-end by four days. Open to a demo?", person="Qu")
    text = "Understood, 'not this year'. No hard feelings, you know where to find me."
    assert verdict_of(note(Kind.MESSAGE, text, person="Qu", days=6), pitch)[0] is not Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Moin Alex, wir suchen einen Barbera unter 12 € EK. Schicken Sie mir Ihre Preisliste?",
    "Hi Alex, I'm reporting a spring piece on family estates. No fee, no samples needed. Could I have 30 minutes?",
    "Sehr geehrter Herr Morgan, zwölf Zollverantwortliche tauschen sich im Oktober aus. Die Teilnahme ist kostenfrei. "
    "Hätten Sie Interesse?",
])
def test_buyers_reporters_and_free_peer_meetings_are_value(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


def test_a_podcast_invitation_then_a_guest_fee_is_a_bait_and_switch() -> None:
    invite = note(Kind.INMAIL, "Hi Alex! Would love to have you on my podcast to talk about your open-source work.",
                  person="Po")
    fee = note(Kind.INMAIL, "So glad you're in! Guests cover a $600 production fee; the invoice link is below.",
               person="Po", days=3)
    assert verdict_of(fee, invite) == (Verdict.UGLY, ["bait_and_switch"])


@pytest.mark.parametrize("text", [
    "Hi Alex, we're growing our interim network and looking for associates. Joining the preferred pool is GBP 1,200 "
    "a year. Shall I send the onboarding pack?",
    "Alex, ich bin jetzt bei einer Vermittlungsplattform für Interim-Manager: das Premium-Jahresabo gibt's für dich "
    "zum halben Preis, 690 statt 1.380 €.",
])
def test_a_price_next_to_recruiting_words_is_still_a_pitch(text: str) -> None:
    """Talk of recruiters and placements is no job on offer: only a job or its terms excuse a price."""
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Bonjour Alex, j'ai postulé hier à votre offre de dev back-end. Auriez-vous 10 minutes cette semaine ?",
    "Buongiorno Alex, per un gruppo industriale del bresciano cerchiamo un direttore di stabilimento. Possiamo "
    "sentirci giovedì?",
    "Dear Alex, I'm retained by the nominations committee of a listed developer to find their next chair. Time "
    "commitment is 30 days a year; the fee is £165,000. Would a call next week suit?",
])
def test_applicants_and_search_mandates_are_value(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, we could pilot our take-back logistics in 5 of your stores for NOK 90 000 a month. Interested?",
    "Bonjour Alex, notre espace propose bureaux et domiciliation dès 180 000 FCFA/mois. Je vous fais une visite ?",
    "Buongiorno, con la presente siamo a proporre i nostri servizi di vigilanza con tariffe inferiori alla convenzione.",
    "Thanks for connecting! Our robots cut cleaning time by up to 40%. We can offer a 3-month trial under a simple "
    "purchase order.",
])
def test_prices_in_any_currency_and_offers_in_trade_words_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


def test_a_refusal_in_german_is_a_remark_on_silence() -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Ge")
    text = "Herr Morgan, ich habe gesehen, dass Sie meine Anfrage abgelehnt haben. Bemerkenswert."
    assert verdict_of(note(Kind.INMAIL, text, person="Ge", days=9), invite)[0] is Verdict.UGLY


def test_rendre_la_politesse_after_an_endorsement_is_an_endorse_back_ask() -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Fr")
    text = "Je t'ai recommandé pour CSRD. Si tu as deux secondes, tu pourrais me rendre la politesse sur « Formation » ?"
    assert verdict_of(note(Kind.MESSAGE, text, person="Fr", days=1), endorsement)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Moin Alex, wir sind eine Spedition und suchen eine Software für die Dispo. Hättet ihr nächste Woche Zeit für "
    "eine Demo bei uns?",
    "Alex, we act for a UK lender and we need Italian counsel for the recognition proceedings. Could we speak on "
    "Thursday?",
    "Alex, I'm writing about how small firms cope with e-invoicing. Could I ring you for ten minutes? Happy to keep it "
    "off the record.",
])
def test_clients_asking_for_the_users_work_and_reporters_are_value(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


def test_a_request_sent_a_month_ago_and_nothing_is_a_remark_on_silence() -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Pa")
    text = "Alex. Sent you a request a month ago. Nothing. Enjoy the view from up there."
    assert verdict_of(note(Kind.INMAIL, text, person="Pa", days=30), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Je t'ai endossé en gestion de projet. Tu pourrais m'endosser en rédaction de demandes ?",
    "Te validé en Finanzas, te lo ganaste. ¿Me tiras uno pa'trás en Contabilidad?",
    "Te recomendé en Logística, re merecido. ¿Me devolvés la gentileza con Compras?",
    "Servus Alex, i hab di für Controlling bestätigt. Kannst du mi für Excel a bestätigen?",
])
def test_endorse_back_asks_in_regional_words(text: str) -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Rg")
    assert verdict_of(note(Kind.MESSAGE, text, person="Rg", days=1), endorsement)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Ça fait deux semaines que je t'ai invité. Un clic, c'est pas sorcier. Reste dans ta tour d'ivoire.",
    "Te mandé la solicitud hace dos meses y ni te dignaste. Se creen por encima de todos, qué soberbia.",
    "Le ho mandato l'invito tre volte e niente. Certi direttori si credono chissà chi.",
    "Pas capable de répondre à une simple demande? Du monde qui se pense au-dessus de tout le monde.",
    "Alex, ni una respuesta. Con razón nadie quiere trabajar con ustedes. Aprende un poco de humildad.",
])
def test_regional_remarks_on_silence_with_contempt_are_hostile(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Qc")
    assert verdict_of(note(Kind.INMAIL, text, person="Qc", days=20), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Hi Alex, we place international students on funded master's programmes; the university pays 12% of first-year "
    "tuition per enrolment.",
    "Allo Alex, notre agence recrute des étudiants pour vos maîtrises. On est payés à la commission, 10 % des frais "
    "de la première année.",
    "Hi Alex, we match your patents with licensees and we take 10% of first-year royalties. Shall we start?",
    "Guten Tag, wir bauen die PV-Anlage auf Ihr Dach, Sie zahlen nur den Strom. Darf ich vorbeikommen?",
    "Hola Alex, tenemos oficinas privadas para equipos de 8 y el primer mes va a mitad de precio.",
    "Bonjour Alex, je peux vous monter une soumission sur nos microscopes avec un rabais de 25 %.",
    "Hallo Alex, wir schließen gerade unsere Seed-Runde und suchen Business Angels, Tickets ab 50 T€. Deck gefällig?",
])
def test_commissions_and_price_terms_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hi Alex, I've just taken over the Ontario file for partnership grants. We're holding a free briefing on the new "
    "rules next month, glad to save seats for your team.",
    "Bonjour Alex, on voudrait financer une thèse en hydrologie avec un de vos labos, environ 50 k$ par année.",
    "Grüezi, wir stehen bei der Travel Rule für Kryptotransfers vor offenen Fragen. Wie löst Ihre Bank das? Ich wäre "
    "für eine Einschätzung unter Kollegen dankbar.",
    "Hola Alex, estoy a cargo de una búsqueda para la gerencia de abastecimiento de un grupo industrial. ¿Te interesa "
    "conversar o me recomiendas a alguien?",
    "Alex, I chair our foundation's speaker series (free, open to all). Would you join our spring panel on hiring?",
    "Hi Alex, we open an agency search in March and I'd like your team in it. Can I send you the brief?",
])
def test_grants_funding_searches_panels_and_buyers_are_value(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


def test_a_nomination_with_a_lone_send_offer_then_a_fee_is_a_bait_and_switch() -> None:
    """One lighter sales word beside a pretext is how the pretext is worded; the fee that follows is the switch."""
    first = note(Kind.INMAIL, "Dear Alex, you have been nominated by your peers to join the Treasury Leaders Circle. "
                              "May I send you the nomination letter?", person="Nm")
    fee = note(Kind.INMAIL, "Dear Alex, to complete your admission the annual fee of USD 1,900 is payable by card.",
               person="Nm", days=3)
    assert verdict_of(fee, first)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Hola Alex, me pasó tu contacto Lucía. Tengo un congreso en Córdoba y necesito una compañera de cabina: "
    "2 días, tarifa plena, viáticos pagos. ¿Te interesa?",
    "Hallo Alex, für ein Symposium in Bern suche ich noch jemanden für die englische Kabine. Honorar nach Tarif, "
    "Reise wird bezahlt. Hätten Sie Zeit?",
    "Hallo Herr Morgan, ich besetze für einen Kunden die Vertriebsleitung Süd: 120 bis 140 T€ plus Dienstwagen. "
    "Wäre das interessant für Sie?",
    "Bonjour Alex, un de nos clients cherche un DAF de transition pour six mois, trois jours par semaine sur site. "
    "La mission vous intéresse ?",
    "Grüß Gott, ich habe Ihre Ausschreibung für die Physio-Stelle in Graz gesehen und bin seit fünf Jahren in der "
    "Sportphysio. Darf ich Ihnen meine Unterlagen senden?",
])
def test_paid_work_and_applications_are_value(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, we book 10 qualified meetings a month with buyers in your sector. Pay per booked appointment.",
    "Ciao Alex, organizziamo hackathon brandizzati per aziende tech. Pacchetto da 15k tutto incluso. Ci sentiamo?",
    "Grüezi Alex, Praxen in unserem Partnernetz zahlen 5 % Lizenzgebühr vom Umsatz und bekommen Marketing und Software.",
    "Hi Alex, I've set up on my own and I'm offering Gift Aid audits for charities, on a 20% contingency of whatever "
    "we recover.",
    "Thanks for connecting! We supply clinics with our protein range at wholesale prices, 30% margin, no minimum "
    "order. Want a starter box?",
    "Bonjour Alex, notre centre de services reprend toute votre paie dès le premier mois. Je vous adresse une "
    "estimation chiffrée ?",
])
def test_pay_per_result_licence_fees_and_trade_terms_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


def test_a_demo_day_jury_then_a_hiring_partner_fee_is_a_bait_and_switch() -> None:
    """A students' demo day is an event, not a product demo; the fee that follows it is the switch."""
    invite = note(Kind.INVITATION, "Ciao Alex! Venerdì c'è il demo day dei nostri studenti e cerchiamo tre manager "
                                   "per la giuria. Ci staresti?", person="Dd")
    fee = note(Kind.MESSAGE, "Grazie! Ti giro il nostro pacchetto Hiring Partner: 5.000 € + IVA l'anno.",
               person="Dd", days=4)
    assert verdict_of(invite)[0] is Verdict.GOOD
    assert verdict_of(fee, invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Guess you're too busy running your empire to answer a simple message. I work with people who respect my time.",
    "Na gut, dann halt ned. Kriegt ma ned amal a Antwort. Typisch Großkopferte, werds scho sehn.",
    "Ok, ho capito. Almeno un no grazie si poteva scrivere. Che spocchia.",
    "I assumed a connection request would be welcome. Evidently not. One expects better manners.",
    "Drei Tage standen wir uns gegenüber, und du klickst nicht mal auf Annehmen. Na dann viel Spaß noch.",
])
def test_more_remarks_on_silence_in_plain_and_dialect_words(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Sl")
    assert verdict_of(note(Kind.INMAIL, text, person="Sl", days=14), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Hi Alex, just checking you saw my invite. Enjoy your weekend!",
    "Respected Sir, I would be highly obliged if you kindly accept my request.",
])
def test_a_polite_nudge_after_an_invitation_is_no_reproach(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Pn")
    assert verdict_of(note(Kind.INMAIL, text, person="Pn", days=7), invite)[0] is not Verdict.UGLY


def test_a_french_endorse_back_ask_with_en_faire_autant_is_ugly() -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Fa")
    text = ("J'ai pris le temps de valider plusieurs de vos compétences. Je vous serais reconnaissant d'en faire "
            "autant pour les miennes.")
    assert verdict_of(note(Kind.MESSAGE, text, person="Fa", days=1), endorsement)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Veo que ni siquiera se molesta en aceptar. Qué triste, de verdad. Que le vaya bonito.",
    "Dottore, lei non si degna neanche di accettare. Ma chi si crede di essere?",
    "Eine höfliche Absage hätte ich verstanden, aber gar nichts? Ziemlich schwach. So geht man nicht mit Partnern um.",
    "Bon, pas de réponse. On se croit au-dessus de tout le monde, à ce que je vois.",
    "You said no thanks, fair enough, but you could at least have heard me out. That attitude says it all.",
])
def test_remarks_on_silence_and_scorn_in_five_languages_are_hostile(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Hs")
    assert verdict_of(note(Kind.INMAIL, text, person="Hs", days=12), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Hey Alex, we can spin up a four-person QA squad in Kraków within three weeks, fully managed. Fancy a chat?",
    "Hallo Alex, unser Shop-System ist genau dafür gebaut. Sollen wir dir einen Testzugang einrichten?",
    "Hola Alex, fabricamos mobiliario de laboratorio en Elche. Me gustaría pasar por el hospital a enseñaros el modelo nuevo.",
    "Buongiorno, ho in esclusiva un capannone di 900 mq a Moncalieri. Le interessa una visita?",
    "Bonjour Alex, je place des vins dans les bars de Lille, à la commission. On en parle ?",
    "Hi Alex, we track freight rates on 2,000 lanes. For a fixed annual subscription you'd see what everyone pays.",
    "Hola Alex, gestionamos convocatorias europeas para asociaciones y solo cobramos si sale. ¿Llamada el jueves?",
])
def test_more_trades_offered_in_their_own_words_are_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hi Alex, ich orga ein Data-Meetup in Köln, kostenlos, so 80 Leute. Hast du Lust, 20 Min über euren Umzug auf "
    "Postgres zu erzählen?",
    "Guten Tag, ich verantworte die Suche nach einem CFO für einen Familienkonzern. Ihr Werdegang passt gut. Wären "
    "Sie offen für ein vertrauliches Gespräch?",
    "Alex, I'm doing a piece on how trade bodies read the new omnibus. 15 mins this week? On the record or not, "
    "your call.",
    "Hi Alex, question from a fellow payroll lead: you moved to weekly pay last year, right? Could you tell me what "
    "worked?",
    "Hi Alex, we need a Rioja under $20 for our shelves. Do you already have a US importer?",
    "Moin Alex, ich sammle gerade, wie CTOs Build vs. Buy entscheiden – 10 Min Fragen, am Ende kriegst du den "
    "kompletten Report.",
])
def test_meetups_searches_reporters_peers_and_buyers_in_other_words_are_value(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("kind, text", [
    (Kind.MESSAGE, "Cheers for connecting. Here's the evaluation framework I mentioned; happy to jump on a call if your "
                   "team wants to adapt it."),
    (Kind.INVITATION, "Hi Alex, I run our hub's autumn cohort: free, no equity, ten weeks of mentoring. Applications "
                      "close on the 30th."),
    (Kind.INVITATION, "Hola Alex, una duda de colega a colega: ¿cómo estáis tratando el IFRS 16 en los contratos de "
                      "renting de flota?"),
    (Kind.INVITATION, "Alex, I'm CI on a funded trial in geriatric wards and we need four more sites. Research costs "
                      "and a study nurse are covered. Fancy a chat?"),
])
def test_value_next_to_trade_words_stays_value(kind: Kind, text: str) -> None:
    assert verdict_of(note(kind, text))[0] is Verdict.GOOD


def _from(headline: str, kind: Kind, text: str) -> Notification:
    return replace(note(kind, text), person=Person("k:seller", "Sam Seller", headline))


@pytest.mark.parametrize("text", [
    "Hey Alex, thanks for adding me. We do forklift servicing on both sides of the river. Can I make you an offer?",
    "Hi Alex, long time! I switched to the sales side and now represent a solar-leasing firm. Shall I run you a "
    "calculation?",
])
def test_a_seller_asking_for_an_answer_and_offering_nothing_pitches(text: str) -> None:
    """A message that asks something and offers nothing, from someone whose headline says they sell."""
    message = _from("Sales | Harbour Forklift Services", Kind.MESSAGE, text)
    assert judge(message, PersonHistory(""), SIGNALS).verdict is Verdict.BAD


@pytest.mark.parametrize("headline, text", [
    ("Sales | Harbour Forklift Services", "Alex! Long time. I saw you moved to Example Industries, congratulations. "
                                          "How's the first 100 days?"),
    ("Product Manager | Harbour Apps", "Hi Alex, we do the same migration next quarter. Can I make you a copy of "
                                       "our runbook?"),
])
def test_small_talk_from_a_seller_or_an_ask_from_a_non_seller_is_no_pitch(headline: str, text: str) -> None:
    message = _from(headline, Kind.MESSAGE, text)
    assert judge(message, PersonHistory(""), SIGNALS).verdict is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Dear Alex, congratulations, you have been selected! To activate your contract you must purchase the work "
    "equipment from our approved supplier for €350, reimbursed with your first salary.",
    "Thanks for your reply. The client approved you. We will send you a cheque of $4,800: pay the licences to our "
    "approved vendor and keep the rest.",
])
def test_a_job_offer_then_a_fee_to_an_approved_supplier_is_a_bait_and_switch(text: str) -> None:
    offer = note(Kind.INMAIL, "Hello Alex, your profile has been shortlisted for a remote assistant role "
                              "(€2,400/month). Please confirm your interest.", person="Sc")
    assert verdict_of(note(Kind.INMAIL, text, person="Sc", days=2), offer)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Alex, te envié una invitación y ni siquiera te tomaste la molestia de responder. No jóvenes que se creen más "
    "que los demás.",
    "Vale, me has dejado en visto. Eres un borrego más, tío, que te crees.",
    "Drei Nachrichten, null Antwort. Sie haben es offensichtlich nicht nötig. Mit dieser Haltung wird das nichts.",
    "Vous m'invitez, je vous envoie une proposition, et plus rien ? C'est d'un mépris... Je retiens la leçon.",
    "Three weeks and not even the courtesy of clicking a button. Shocking manners.",
])
def test_yet_more_remarks_on_silence_are_hostile(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Ym")
    assert verdict_of(note(Kind.INMAIL, text, person="Ym", days=15), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "You corporate types always wonder why small suppliers stop calling. One day you will understand how this works.",
    "Funny how the people with the biggest titles have the least time for the rest of us. Noted for next time, Alex.",
])
def test_an_inmail_after_an_unanswered_invitation_that_asks_and_offers_nothing_is_a_remark(text: str) -> None:
    """Whoever writes again after their invitation went unanswered, with no request and no offer, writes to remark."""
    invite = note(Kind.INVITATION, "", default=True, person="As")
    assert verdict_of(note(Kind.INMAIL, text, person="As", days=20), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Hi Alex, I sent you an invitation a while ago, maybe it slipped through. Looking forward to connecting.",
    "Hi Alex, my invite went out without a note, sorry. I wanted to say thank you for the fix on your library.",
    "Hello Alex, I run the plant next door and would be glad to compare notes on energy prices one day.",
    "Dear Alex, I would be grateful if you could kindly accept my invitation to connect when you have time.",
])
def test_a_nudge_thanks_or_reason_after_an_unanswered_invitation_is_no_remark(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Nr")
    assert verdict_of(note(Kind.INMAIL, text, person="Nr", days=20), invite)[0] is not Verdict.UGLY


def test_the_same_words_from_a_connection_are_only_a_message() -> None:
    accepted = note(Kind.INVITATION_ACCEPTED, person="Cn")
    text = "You corporate types always wonder why small suppliers stop calling. One day you will understand how this works."
    assert verdict_of(note(Kind.MESSAGE, text, person="Cn", days=20), accepted)[0] is not Verdict.UGLY


def _from(headline: str, kind: Kind, text: str) -> Notification:
    return replace(note(kind, text), person=Person(f"k:{headline}", "Robin Vale", headline))


@pytest.mark.parametrize("headline, text", [
    ("Reporter | The Evening Ledger", "Hi Alex, I'm writing about late payments to small suppliers. Could we talk for 15 minutes this week?"),
    ("Redakteurin Wirtschaft | Rheinische Post", "Hallo Alex, ich schreibe über Fachkräftemangel im Mittelstand. Hätten Sie 20 Minuten für ein Telefonat?"),
    ("Doctorante en sociologie | Université Lyon 2", "Bonjour Alex, auriez-vous 30 minutes pour un échange la semaine prochaine sur votre parcours ?"),
    ("Estudiante de ADE | Universidad de Sevilla", "Hola Alex, ¿tendrías 15 minutos para una llamada sobre cómo empezaste en auditoría?"),
    ("Professoressa di economia aziendale | Università di Bologna", "Buongiorno Alex, avrebbe mezz'ora per una chiamata sul progetto con i miei studenti?"),
    ("Head of Purchasing | Norvik Foods", "Hi Alex, we are reviewing suppliers for next year. Could we set up a call next week?"),
])
def test_a_call_ask_from_the_press_research_study_or_a_buyer_is_no_pitch(headline: str, text: str) -> None:
    """Their trade is to ask for time, not to sell: the call wants the user's view."""
    verdict, reasons = verdict_of(_from(headline, Kind.INVITATION, text))
    assert verdict is Verdict.GOOD and "asker" in reasons
    assert verdict_of(_from("Consultant | Norvik Group", Kind.INVITATION, text))[0] is Verdict.BAD


def test_a_headline_that_also_sells_or_an_ask_about_a_product_stays_a_pitch() -> None:
    ask = "Hi Alex, could we talk for 15 minutes this week?"
    assert verdict_of(_from("Journalist turned Sales Director | Ledgerly", Kind.INVITATION, ask))[0] is Verdict.BAD
    product = "Hi Alex, could we talk for 15 minutes this week about our platform?"
    assert verdict_of(_from("Researcher | Ledgerly", Kind.MESSAGE, product))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Ci vuole poco a essere corretti con chi lavora, complimenti davvero per la serietà.",
    "Schwaches Bild für ein Haus, das immer von Innovation redet.",
])
def test_a_word_on_manners_after_their_pitch_is_a_reproach(text: str) -> None:
    """Whoever was not answered and writes again on manners, with nothing to offer or sell, remarks on it."""
    pitch = note(Kind.MESSAGE, "Hi Alex, our payroll platform cuts processing costs by 30%. Can I book you a demo?",
                 person="Mp")
    assert verdict_of(note(Kind.MESSAGE, text, person="Mp", days=9), pitch)[0] is Verdict.UGLY
    friendly = note(Kind.MESSAGE, "Hi Alex, here are the slides from Thursday's meetup, as promised.", person="Mf")
    assert verdict_of(note(Kind.MESSAGE, text, person="Mf", days=9), friendly)[0] is not Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Alex, endorsed you for treasury today. Could you do cash forecasting for me when you have a sec?",
    "Servus Alex, hab dich für Controlling bestätigt. Kannst mir Treasury bestätigen, wenn du magst?",
    "Ciao Alex, ti ho confermato Bilancio. Se hai un attimo, qualche conferma sulle mie competenze di tesoreria "
    "mi farebbe comodo.",
])
def test_skills_and_a_request_for_the_sender_after_their_endorsement_is_endorse_back(text: str) -> None:
    """No word says "back", but someone who endorsed you and asks skills for themselves wants it returned."""
    endorsement = note(Kind.ENDORSEMENT, person="Eb")
    assert verdict_of(note(Kind.MESSAGE, text, person="Eb", days=1), endorsement)[0] is Verdict.UGLY


def test_an_offer_after_their_endorsement_is_no_endorse_back() -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Eo")
    text = "Hallo Alex, die Bestätigung war ernst gemeint. Soll ich dich dem Werkleiter in Linz vorstellen?"
    assert verdict_of(note(Kind.MESSAGE, text, person="Eo", days=1), endorsement)[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, a logistics group in Leeds needs an operations director, 95-110k plus car. Worth a chat this week?",
    "Hola Alex, necesitamos un auditor para dos semanas en Lima, pagamos 400 USD por día más pasajes. ¿Te interesa?",
    "Hallo Alex, für die Messe im Mai suchen wir Moderatoren, Reise wird bezahlt, 600 € pro Tag. Interesse?",
])
def test_money_that_would_flow_to_you_is_the_terms_of_work_not_a_price(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, featured guests cover a $750 production fee. Once it's paid I'll send the booking link.",
    "Hi Alex, for companies with idle cash we are paying 9% a year. Can I present it this week?",
])
def test_money_you_would_pay_stays_a_price(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.BAD


@pytest.mark.parametrize("headline", [
    "Key Account Managerin | Nordwind Logistik", "Courtière en assurances | Cabinet Morel",
    "Gerente de Cuentas | Suministros Levante", "Informatore scientifico | Farmaceutici Riva",
    "Firmenkundenberater | Volksbank Mitte",
])
def test_sales_titles_in_five_languages_say_the_sender_sells(headline: str) -> None:
    text = "Hi Alex, I came across your profile and would love to connect."
    assert verdict_of(_from(headline, Kind.INVITATION, text)) == (Verdict.BAD, ["cold_opener"])


def test_a_sellers_favour_asked_by_inmail_then_a_pitch_is_a_bait_and_switch() -> None:
    seller = "Conseiller patrimonial | Expat Finance"
    ask = replace(_from(seller, Kind.INMAIL, "Hi Alex, quick one: is the deck from the Munich panel online somewhere?"),
                  person=Person("k:fav", "Robin Vale", seller))
    pitch = replace(_from(seller, Kind.INMAIL, "Thanks for the slides! By the way, I advise expats on retirement "
                                               "savings and investment planning. 30 minutes next week?"),
                    person=Person("k:fav", "Robin Vale", seller), date=ask.date + timedelta(days=3))
    assert verdict_of(ask)[0] is Verdict.BAD
    assert verdict_of(pitch, ask)[0] is Verdict.UGLY


def test_a_lone_call_ask_then_a_priced_service_is_a_bait_and_switch_unless_the_asker_sells() -> None:
    ask = "Alex, we're weighing up a merger with the school next door. Would you be up for a brief chat sometime?"
    priced = "Thanks for connecting. I also run a consultancy that handles such mergers, fixed fee from £6,500. Interested?"
    for headline, expected in (("Governor | Chartered Accountant", Verdict.UGLY),
                               ("Sales Director | Mergewell", Verdict.BAD)):
        first = _from(headline, Kind.INVITATION, ask)
        later = replace(_from(headline, Kind.MESSAGE, priced), person=first.person, date=first.date + timedelta(days=5))
        assert verdict_of(first)[0] is Verdict.BAD
        assert verdict_of(later, first)[0] is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("So you went with the cheapest offer after all our work. Fine. I'll make sure everyone in the trade hears how "
     "you treat suppliers.", Verdict.UGLY),
    ("Nach zehn Jahren einfach gewechselt. Ich werde mir merken, wie man bei Ihnen mit Partnern umgeht.", Verdict.UGLY),
    ("Vous avez choisi un concurrent sans même nous prévenir. Je ferai savoir autour de moi comment vous traitez vos "
     "fournisseurs.", Verdict.UGLY),
    ("Avete preso un altro fornitore senza dirmi nulla. Lo dirò a chiunque mi chieda di voi.", Verdict.UGLY),
    ("Three messages and not a word back. I'll remember that.", Verdict.UGLY),
    ("Merci pour rien. Je m'en souviendrai.", Verdict.UGLY),
    ("Thanks for the tip about the conference, I'll remember that!", Verdict.GOOD),
    ("Thanks, great tip! I'll remember that when we plan next year's budget.", Verdict.GOOD),
    ("Three weeks and nothing. I'll remember this when your name comes up.", Verdict.UGLY),
    ("Merci pour le conseil, je m'en souviendrai.", Verdict.GOOD),
    ("Danke für den Hinweis zur Messe, ich werde mir das merken.", Verdict.GOOD),
    ("No reply, no decency. I'll tell everyone.", Verdict.UGLY),
    ("Great webinar yesterday, I'll tell everyone in my team about it!", Verdict.GOOD),
    ("Ich werde meinen Kollegen von Ihrem Webinar erzählen, es war sehr hilfreich.", Verdict.GOOD),
    ("C'était génial, je le dirai à tout le monde au bureau !", Verdict.GOOD),
    ("Grazie per il webinar, lo dirò a tutti i colleghi.", Verdict.GOOD),
])
def test_a_threat_to_tell_others_is_hostile_but_warm_words_passed_on_are_not(text: str, expected: Verdict) -> None:
    """Telling others how the user treats people is a threat; telling colleagues about a
    good talk, or keeping a tip in mind, is warmth."""
    assert verdict_of(note(Kind.MESSAGE, text))[0] is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hi Alex, a friend mentioned your workshop. Could you send us a quote for 40 oak tables? Drawings to follow.",
     Verdict.GOOD),
    ("Hallo Alex, ein Kollege hat Ihre Werkstatt empfohlen. Könnten Sie ein Angebot für zwei Laborabzüge machen? "
     "Pläne schicke ich gern.", Verdict.GOOD),
    ("Bonjour Alex, un ami m'a parlé de votre atelier. Pouvez-vous faire un devis pour trente chaises ?", Verdict.GOOD),
    ("Hola Alex, me encantan tus lámparas. ¿Me mandas catálogo y precios para una tienda en Valencia?", Verdict.GOOD),
    ("Ciao Alex, un collega mi ha parlato del tuo laboratorio. Mi mandi un preventivo per sei armadi a muro?",
     Verdict.GOOD),
    ("Hoi Alex, via een collega kreeg ik je naam. Zou je een offerte willen maken voor twintig tafels?", Verdict.GOOD),
    ("Hallo Alex, wir planen eine Gruppenreise nach Neapel. Hätten Sie Interesse, uns ein Angebot zu machen?",
     Verdict.GOOD),
    ("Merci pour l'invitation. On aimerait tester votre outil : vous pouvez nous faire une démo et une proposition "
     "tarifaire ?", Verdict.GOOD),
    ("Hola Alex, tenemos clientes que preguntan por vuestras bombas. ¿Nos pasarías tarifa de distribuidor?",
     Verdict.GOOD),
    ("Hi Alex, if you send me your last two energy bills I can make you a quote that beats them.", Verdict.BAD),
    ("Ciao Alex, mi mandi una bolletta e ti faccio un preventivo?", Verdict.BAD),
    ("Hola Alex, ¿me pasas los planos y te preparo un presupuesto sin compromiso?", Verdict.BAD),
    ("Bonjour Alex, je peux vous faire un devis pour vos serveurs cette semaine.", Verdict.BAD),
])
def test_a_quote_asked_of_you_is_a_customer_and_one_offered_is_a_pitch(text: str, expected: Verdict) -> None:
    """Who makes the quote decides: "could you send us a quote" is a buyer, "send me your
    bills and I'll quote you" is a seller, whatever words come between."""
    assert verdict_of(note(Kind.INVITATION, text))[0] is expected


@pytest.mark.parametrize("text", [
    "Hi Alex, we clean warehouses and offices at night. If you like, I can quote you for your hall this week.",
    "Hallo Alex, wir haben für zwei Banken die Police neu ausgeschrieben. Wenn Ihre ausläuft, mache ich Ihnen gern "
    "ein Vergleichsangebot.",
    "Bonjour Alex, nous auditons plusieurs associations. Si vous changez de réviseur, je vous fais volontiers une offre.",
    "Hola Alex, ¿habéis pensado en placas solares para la nave? Te preparo números si quieres.",
    "Ciao Alex, se cambi fornitore di energia ti preparo un preventivo in giornata.",
])
def test_a_connection_offering_to_quote_you_pitches(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text))[0] is Verdict.BAD


@pytest.mark.parametrize(("text", "expected"), [
    ("Bonjour Alex, j'organise les journées de chimie verte en mai. Un exposé de 20 min sur vos travaux vous "
     "tenterait ?", Verdict.GOOD),
    ("Hola Alex, el jueves hacemos el café de diseño por zoom. ¿Te animas a contar tu caso 10 minutos?", Verdict.GOOD),
    ("Hallo Alex, beim nächsten Treffen der Gruppe fehlt uns noch ein Impulsvortrag von 20 Minuten. Hätten Sie Lust?",
     Verdict.GOOD),
    ("Hi Alex, for our October meetup would you give a 15 min talk on data quality?", Verdict.GOOD),
    ("Hi Alex, could we get 20 minutes next week to walk you through our platform?", Verdict.BAD),
    ("Hi Alex, our summit has a sponsor pack: a 20 min keynote, a booth and logo for €6,500. Interested?", Verdict.BAD),
])
def test_minutes_of_a_talk_are_a_speaking_slot_not_a_meeting(text: str, expected: Verdict) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is expected


@pytest.mark.parametrize(("invitation", "priced"), [
    ("Ciao Alex, seguo una ricerca per un cliente a Torino sul controllo di gestione, ti andrebbe di collegarci "
     "così ti giro i dettagli?",
     "Grazie del collegamento! In realtà vendiamo un software di budgeting: 90 € al mese per utente. Le mando l'offerta?"),
    ("Bonjour Alex, je prépare une soirée dégustation gratuite pour mes clients en mars. Pourriez-vous m'envoyer une "
     "fiche sur votre domaine ?",
     "Merci ! Au passage, je propose aussi des formations de sommellerie à 450 € la journée pour vos équipes. "
     "Je vous envoie le devis ?"),
])
def test_an_invitation_pitched_on_light_cues_then_a_price_is_a_bait_and_switch(invitation: str, priced: str) -> None:
    """A light cue read as a pitch ("ti giro i dettagli") was the bait when a price follows;
    a nudge after it, or a seller's own invitation, stays a plain pitch."""
    first = note(Kind.INVITATION, invitation, person="Lc")
    assert verdict_of(first)[0] is Verdict.BAD
    assert verdict_of(note(Kind.MESSAGE, priced, person="Lc", days=5), first)[0] is Verdict.UGLY
    nudge = note(Kind.MESSAGE, "Any news on my last message? Happy to jump on a call.", person="Lc", days=5)
    assert verdict_of(nudge, first)[0] is Verdict.BAD
    seller = _from("Sales Director | Budgetly", Kind.INVITATION, invitation)
    later = replace(_from("Sales Director | Budgetly", Kind.MESSAGE, priced), person=seller.person,
                    date=seller.date + timedelta(days=5))
    assert verdict_of(later, seller)[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Thanks for the answer! By the way, we're building a tool for exactly that. Want to see it?",
    "Danke für die Antwort! Übrigens bauen wir genau dafür ein Tool, magst du es sehen?",
])
def test_a_turn_to_something_for_sale_after_a_friendly_first_inmail_is_the_switch(text: str) -> None:
    first = note(Kind.INMAIL, "Hi Alex, clicked through your onboarding, step three is clever. How did you measure it?",
                 person="Pv")
    assert verdict_of(first)[0] is Verdict.GOOD
    assert verdict_of(note(Kind.INMAIL, text, person="Pv", days=4), first)[0] is Verdict.UGLY


def test_a_sellers_ask_after_a_friendly_first_inmail_is_the_switch() -> None:
    seller = "Private banker | Consulente finanziario"
    hello = replace(_from(seller, Kind.INMAIL, "Buonasera Alex, volevo solo salutarla e ringraziarla per quegli anni "
                                               "al liceo."), person=Person("k:pb", "Robin Vale", seller))
    ask = replace(_from(seller, Kind.INMAIL, "Che piacere la sua risposta! Quando le posso offrire un caffè?"),
                  person=hello.person, date=hello.date + timedelta(days=6))
    assert verdict_of(hello)[0] is Verdict.GOOD
    assert verdict_of(ask, hello) == (Verdict.UGLY, ["bait_and_switch"])


def test_thanks_or_small_talk_after_their_pitch_is_no_second_pitch() -> None:
    pitch = note(Kind.MESSAGE, "Can I show you a quick demo of our AP automation?", person="Cs")
    thanks = note(Kind.MESSAGE, "Thank you for your answer, Alex, and good luck with the audit season.", person="Cs",
                  days=8)
    assert _state(pitch, thanks).recommendation is None


@pytest.mark.parametrize("text", [
    "Hi Alex, we're a 40-person startup and we need a broker to set up group income protection. Open to a chat?",
    "Buonasera, abbiamo comprato un capannone e cerchiamo uno studio attento al dettaglio. Possiamo sentirci?",
    "Hallo Alex, wir suchen einen Fotografen für unsere Frühjahrskampagne. Darf ich Ihnen das Briefing und Ihr "
    "Honorar anfragen?",
    "Hola Alex, necesitamos ampliar nuestra plataforma de pedidos y buscamos un freelance con experiencia en pagos.",
])
def test_someone_looking_for_what_you_do_is_a_customer(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, we are a data engineering shop and we are looking for one or two long-term clients. A short call?",
    "Hola Alex, externalizamos nóminas con un ahorro del 40 %. ¿Te envío tarifas y buscamos un hueco para hablar?",
    "Hello dear, I need a translator for 35 pages. I will send a cheque covering your fee, then you transfer the "
    "excess to our vendor.",
])
def test_sellers_looking_for_clients_or_a_slot_and_overpayment_scams_stay_bad(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.BAD


def test_a_remark_on_silence_after_their_pitch_is_hostile_though_it_names_a_pretext_without_asking() -> None:
    """A pretext word that asks for nothing ("can't take honest feedback") is part of the reproach."""
    pitch = note(Kind.MESSAGE, "Hi Alex, our payroll platform cuts processing costs by 30%. Can I book you a demo?",
                 person="Sp")
    remark = "Fine, ignore me then. Some people just can't take honest feedback from the market."
    assert verdict_of(note(Kind.MESSAGE, remark, person="Sp", days=9), pitch)[0] is Verdict.UGLY
    asking = note(Kind.MESSAGE, "No answer yet, so one last try: would you share some honest feedback on our tool?",
                  person="Sq", days=9)
    assert verdict_of(asking, replace(pitch, person=asking.person))[0] is not Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Wir beraten Krankenhäuser bei der Beschaffung von Medizintechnik.",
    "J'aide les architectes à remplir leur carnet de commandes.",
    "Asesoramos a clínicas dentales en la gestión de impagos.",
    "Affianchiamo gli studi legali nella digitalizzazione dell'archivio.",
    "We advise family offices on private credit allocations.",
])
def test_describing_whom_they_serve_is_describing_a_business_in_any_client_words(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD


def test_two_sales_families_on_the_same_words_beside_a_pretext_are_one_cue() -> None:
    text = "Wir sind beide im Alumni-Netzwerk der TU München aktiv – ich begleite Mittelständler bei der Nachfolge."
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "You are a bunch of clowns. Incompetent from start to finish.",
    "Sie haben mich wirklich enttäuscht. Für wen halten Sie sich eigentlich? Das werden Sie noch bereuen.",
    "Vous m'avez fait perdre mon temps. Pour qui vous prenez-vous ? Vous le regretterez.",
    "Sois unos estafadores. ¿Quién te crees que eres? Se lo contaré a todo el mundo.",
    "Siete dei ciarlatani, con un dilettantismo mai visto. Te ne pentirai.",
])
def test_insults_threats_and_disappointment_in_five_languages_are_hostile(text: str) -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Lx")
    assert verdict_of(note(Kind.INMAIL, text, person="Lx", days=9), invite)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Bonjour Alex, l'adoption de notre nouveau CRM est franchement décevante. Vous avez vécu la même chose ?",
    "Ciao Alex, ci sono arrivate richieste da sedicenti clienti con atti falsi: vi è capitato? Ti giro i dettagli.",
])
def test_a_disappointing_tool_or_a_warning_about_others_is_no_hostility(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Ciao Alex, registriamo una serie sulle donne nella logistica: ti andrebbe di essere con noi in una puntata da 30 minuti?",
    "Hola Alex, preparo una temporada sobre fundadores rurales: ¿te animas a grabar un episodio de 40 minutos?",
    "Salut Alex, je prépare une saison sur les artisans du numérique : partant pour un épisode de 30 minutes ?",
])
def test_an_invitation_to_an_episode_of_a_show_is_a_guest_invitation(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


def test_a_review_is_a_threat_only_when_it_is_a_bad_one() -> None:
    kind = note(Kind.MESSAGE, "Gracias por todo, os he dejado una reseña de cinco estrellas en Google.", person="Rv")
    assert verdict_of(kind)[0] is Verdict.GOOD
    threat = note(Kind.MESSAGE, "Pues nada, ya dejaré una reseña pésima en Google sobre vuestro trato.", person="Rw")
    assert verdict_of(threat)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Alex, I gave you an endorsement for Budgeting. Could you return it for Forecasting?",
    "Hab dich gerade für Controlling bestätigt. Eine kleine Bestätigung für mich wäre super!",
    "Je t'ai recommandé pour la fiscalité. Un petit retour d'ascenseur ?",
    "Te di una validación en Tesorería. ¿Me das una en Auditoría?",
    "Ti ho dato una conferma su Excel. Potresti restituire il favore?",
])
def test_endorse_back_asks_in_every_language_are_ugly(text: str) -> None:
    endorsement = note(Kind.ENDORSEMENT, person="Rec")
    assert verdict_of(note(Kind.MESSAGE, text, person="Rec", days=1), endorsement)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Hallo Alex, unser Treasury-Frühstück am Donnerstag in Stuttgart: Teilnahme kostenlos. Darf ich Ihnen die Einladung "
    "schicken?",
    "Bonjour Alex, notre matinale trésorerie a lieu jeudi, entrée gratuite. Je vous envoie le programme ?",
    "Hola Alex, el jueves hacemos un desayuno de tesorería en Bilbao, entrada libre. ¿Te mando la agenda?",
    "Ciao Alex, giovedì c'è il nostro incontro sulla tesoreria a Torino, ingresso libero. Ti mando il programma?",
    "Hi Alex, our finance meetup is back next Thursday in Leeds, free entry. Shall I send you the agenda?",
])
def test_free_events_in_every_language_are_good(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, speak at our CFO summit this June: speaker packages start at $2,900.",
    "Hallo Alex, Teilnahme kostenlos, aber Ausstellerpakete für unsere Messe gibt es ab 1.900 € zzgl. MwSt.",
    "Ciao Alex, ingresso libero per i visitatori; lo stand espositivo costa 1.500 € + IVA.",
])
def test_paid_speaking_and_exhibiting_stay_pitches(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hi Alex, I'm leading an exclusive search for a CFO at a listed logistics group. Your profile fits what they need.",
    "Guten Tag Alex, wir besetzen exklusiv die Stelle einer kaufmännischen Leitung. Ihr Werdegang würde gut passen.",
    "Bonjour Alex, je mène la recherche d'une Directrice Financière, rattachée au DG. Votre profil correspond bien.",
    "Hola Alex, estoy llevando la búsqueda de un Director Financiero. Su trayectoria encaja muy bien.",
    "Ciao Alex, seguo per un gruppo industriale la ricerca del nuovo CFO. Il tuo profilo è molto in linea.",
    "Hola Alex, he pensado en ti para este puesto: contrato de 6 meses, teletrabajo. ¿Hablamos?",
    "Ciao Alex, ho pensato a te per questo ruolo, a riporto diretto del CEO, guidare un team di 8 persone.",
    "Hi Alex, we're an expert network: a paid one-hour call with a client on treasury systems. Interested?",
])
def test_a_search_mandate_and_a_profile_that_fits_are_known_in_every_language(text: str) -> None:
    verdict, codes = verdict_of(note(Kind.INMAIL, text))
    assert verdict is Verdict.GOOD, codes
    assert any(c.startswith("value:") for c in codes), codes


@pytest.mark.parametrize("text", [
    "Based on what you told me you'd be a great fit for our planning tool. Shall I send a quote at €29 per seat?",
    "Our boutique advises owners on divestments. Should a sale be considered in the next 24 months, I would "
    "welcome a confidential conversation.",
])
def test_fit_and_discretion_without_a_role_are_no_job(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hallo Alex, wir haben unsere neue Reisekostensoftware eingeführt und hängen bei der Mehrwertsteuer. Darf ich Sie "
    "dazu kurz ausfragen?",
    "Hola Alex, acabamos de implantar nuestra nueva herramienta de tesorería y me atasco con el cierre. ¿Te puedo "
    "hacer un par de preguntas?",
])
def test_a_peer_stuck_with_their_own_tool_is_asking_not_selling(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hola Alex, este mes tenemos un 30% en la suscripción anual para estudios como el tuyo.",
    "Ciao Alex, per i nuovi studi c'è il 15% di sconto sul primo ordine di materiali.",
    "Hallo Alex, für Neukunden gibt es 12 % Rabatt auf das erste Jahr Wartung.",
    "Hi Alex, we run payroll for small clinics for a flat fee, whatever the headcount.",
    "Hallo Alex, Kanzleiumzüge zum Pauschalpreis, auch am Wochenende.",
    "Bonjour Alex, nous réalisons vos bilans carbone au forfait, sans surprise.",
    "Hola Alex, hacemos la auditoría de accesibilidad de tu web a precio cerrado.",
    "Ciao Alex, curiamo la manutenzione degli impianti a prezzo fisso per tutto l'anno.",
])
def test_a_percentage_off_or_a_flat_price_is_a_price_in_any_language(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Bonjour Alex, nous avons plusieurs contacts communs au cluster numérique de Lille, ravi d'échanger.",
    "Hola Alex, tenemos bastantes contactos en común del máster de Deusto, encantada de conectar.",
    "Ciao Alex, abbiamo diversi contatti comuni dall'ordine dei commercialisti di Parma, piacere di conoscerti.",
])
def test_contacts_in_common_are_a_reason_to_connect_not_a_threat(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


def test_telling_contacts_in_common_after_a_decline_stays_a_threat() -> None:
    invite = note(Kind.INVITATION, "", default=True, person="Cc")
    text = "Pas de réponse, très bien. J'en parlerai à nos contacts communs, ils sauront à qui ils ont affaire."
    assert verdict_of(note(Kind.INMAIL, text, person="Cc", days=8), invite)[0] is Verdict.UGLY


def test_confirm_me_about_an_event_is_no_endorse_back_ask() -> None:
    text = ("Ciao Alex, giovedì c'è un aperitivo gratuito tra responsabili acquisti a Modena. "
            "Ti ho tenuto un posto, se vieni basta confermarmi.")
    assert verdict_of(note(Kind.MESSAGE, text, person="Cf"))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, my team is hiring two credit analysts, the posting opens Monday. I can pass your name to the lead.",
    "Hi Alex, we are hiring a treasury analyst in Porto, hybrid. Would love to tell you more this week.",
    "Hola Alex, contratamos dos analistas de riesgos en Valencia, en remoto parcial. ¿Hablamos 15 minutos?",
    "Ciao Alex, stiamo aprendo un ufficio a Verona e cerco un controller da assumere subito. Ti va di sentirci?",
    "Hallo Alex, wir suchen für unser Werk in Linz eine/n Leiter:in Controlling. Hätten Sie kurz Zeit für ein Telefonat?",
    "Bonjour Alex, on recrute un responsable de la consolidation à Nantes. Un appel cette semaine ?",
])
def test_a_team_that_is_hiring_brings_a_job_not_a_pitch(text: str) -> None:
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


def test_asking_for_your_price_list_or_samples_is_a_buyer() -> None:
    for text in ("Hi Alex, I buy for a chain of delis in Oslo. Could you send your price list for the olive oils?",
                 "Hi Alex, we stock small producers in Ghent and we'd like samples of the new harvest."):
        assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Gentile Alex, la giuria ha selezionato il suo studio tra i 20 finalisti del premio Impresa Verde. "
    "Le chiedo solo di confermare i dati per la cerimonia.",
    "Estimado Alex, su empresa ha sido seleccionada entre las finalistas de los premios Pyme del Año. "
    "Confírmeme los datos de contacto, por favor.",
    "Bonjour Alex, votre cabinet a été sélectionné parmi les lauréats du trophée de l'innovation. "
    "Pouvez-vous confirmer votre présence ?",
    "Guten Tag, Ihre Kanzlei wurde für den Preis Mittelstand Digital nominiert. Bitte bestätigen Sie die Angaben.",
])
def test_being_selected_for_an_award_is_a_pretext_in_five_languages(text: str) -> None:
    """The prize is the bait: a fee that follows it is the switch."""
    assert "pretext" in verdict_of(note(Kind.INMAIL, text))[1]


def test_two_sales_families_on_the_same_words_beside_value_are_one_cue() -> None:
    text = ("Bonjour Alex, nous proposons mardi un webinaire gratuit avec un avocat douanier sur les nouvelles "
            "règles d'export. Je vous envoie le lien ?")
    assert verdict_of(note(Kind.INMAIL, text))[0] is Verdict.GOOD


def test_sorting_the_harvest_is_no_rate_of_return() -> None:
    text = "Alex, on a fini les vendanges hier, le tri a été long mais le raisin est beau. Et chez vous ?"
    assert verdict_of(note(Kind.MESSAGE, text, person="Tr"))[0] is Verdict.GOOD


def test_a_light_sales_cue_on_the_words_of_a_study_is_the_studys_wording() -> None:
    text = ("Bonjour Alex, nous réalisons une étude sur les délais de paiement des PME du Nord. "
            "10 minutes de questions, et vous recevez les résultats. Seriez-vous partant ?")
    assert verdict_of(note(Kind.INMAIL, text))[0] is not Verdict.BAD


def test_manners_beside_a_nudge_that_asks_nothing_after_their_pitch_are_a_reproach() -> None:
    pitch = note(Kind.INVITATION, "Bonjour, je souhaiterais vous présenter nos offres de nettoyage de bureaux.",
                 person="Mn")
    text = "Quatre relances et rien. J'espère que vous êtes plus poli avec vos clients. Pas sérieux du tout."
    assert verdict_of(note(Kind.INMAIL, text, person="Mn", days=20), pitch)[0] is Verdict.UGLY
    nudge = note(Kind.INMAIL, "Je reviens vers vous : auriez-vous un moment cette semaine ? Ce serait plus poli "
                              "de me répondre, non ?", person="Mo", days=20)
    assert verdict_of(nudge, replace(pitch, person=nudge.person))[0] is not Verdict.UGLY
    review = note(Kind.MESSAGE, "Last note from me: the savings review costs nothing and usually finds something. "
                                "Let me know.", person="Cn", days=20)
    assert verdict_of(review, replace(pitch, person=review.person))[0] is Verdict.BAD  # a free offer, not manners


@pytest.mark.parametrize("text", [
    "Hola Alex, con el nuevo curso me gustaría pasarme por el despacho y presentarte la edición digital del atlas.",
    "Gracias por conectar. Te propongo una reunión para presentaros la versión para colegios del cuaderno de ejercicios.",
    "Buongiorno Alex, passo in zona giovedì: posso presentarle la linea di arredi per le aule nuove?",
])
def test_presenting_a_thing_is_presenting_what_they_sell(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.BAD


@pytest.mark.parametrize("text", [
    "Hola Alex, me gustaría presentarte a mi colega Irene, que lleva la auditoría de los colegios de Vigo.",
    "Ciao Alex, vorrei presentarle il mio collega Paolo, che segue gli acquisti dell'ospedale di Cremona.",
])
def test_introducing_a_colleague_stays_an_introduction(text: str) -> None:
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD


@pytest.mark.parametrize("text", [
    "Hi Alex, our partner in Lyon handles the installation, everything included.",
    "Hallo Alex, soll ich Ihnen die neue Version der Zeiterfassung einmal zeigen?",
    "Bonjour Alex, je vous propose de passer jeudi à la brasserie avec la nouvelle carte des bières.",
    "Hola Alex, me encantaría enseñarte cómo funciona la app de reservas en tu terraza.",
    "Ciao Alex, posso mostrarti come funziona la cassa con il menu digitale, quando vuoi.",
])
def test_offering_to_show_or_propose_is_a_sellers_move_in_five_languages(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text, person="Sm"))[0] is Verdict.BAD


def test_while_we_are_at_it_turns_a_friendly_first_act_to_the_sale() -> None:
    first = note(Kind.INVITATION, "Hola Alex, coincidimos en el congreso de logística de Zaragoza, encantado de conectar.",
                 person="Yq")
    text = "Gracias por aceptar. Ya que estamos, tenemos una herramienta de rutas que os iría bien. ¿Una llamada?"
    assert verdict_of(note(Kind.MESSAGE, text, person="Yq", days=4), first)[0] is Verdict.UGLY


@pytest.mark.parametrize("text", [
    "Bonjour Alex, je monte une formation gratuite au tri des déchets de chantier ; une attestation est remise "
    "à chaque participant.",
    "Hi Alex, our bootcamp cohort demo their final apps on Friday, free entry for hiring managers.",
    "Alex, alerte gel mardi, on annonce -4 dans les bas-fonds. On a des bougies en trop si besoin.",
])
def test_words_that_only_look_like_a_discount_a_demo_or_a_fund_are_no_pitch(text: str) -> None:
    assert verdict_of(note(Kind.MESSAGE, text, person="Wl"))[0] is Verdict.GOOD


def test_an_applicant_offering_their_portfolio_in_portuguese_applies() -> None:
    text = ("Olá! Acabei o mestrado no Porto e procuro estágio a partir de outubro. Gosto muito dos vossos "
            "projetos de habitação. Posso enviar-lhe o meu portfólio?")
    assert verdict_of(note(Kind.INVITATION, text))[0] is Verdict.GOOD
