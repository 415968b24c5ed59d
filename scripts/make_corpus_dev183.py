#!/usr/bin/env python3
"""Write mailbot's dev183 evaluation corpus: tests/corpus/dev183/*.eml + expected.toml.

The angle: an ordinary two months (March and April 2025) of the user Alex, programme
director at a mid-sized nonprofit in Geneva (education and livelihoods programmes in West
Africa and the Sahel). Their LinkedIn world: foundation and donor staff announcing real,
open grant calls; fundraising and grant-writing consultants who charge fees; sellers of
donor-management software (CRM, online giving, peer-to-peer platforms); volunteers offering
pro-bono skills; candidates applying to the user's open vacancies; peers at other NGOs who
share evaluations and reports; pay-to-attend "impact summits" and awards that cost an entry
fee; and a fundraising consultant who turns rude after a refusal. Writers use French
(Swiss and French registers), English (native and not), German (Swiss and standard), and
some Spanish and Italian.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, the recipient headline, spoof-only
headlines and spoof pitches are swapped for this world in this process only, dates are held
to the spring of 2025 and every person is in the current layout. Every note was written from
shared/taxonomy.md alone, without reading mailbot's judging code or data, nor the notes of
other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev183.py              # writes tests/corpus/dev183
    python scripts/make_corpus_dev183.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20250318183

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ nonprofit world (this process only)
SKILLS = {
    "en": ["Programme Management", "Grant Writing", "Fundraising", "Monitoring & Evaluation", "Humanitarian Response", "Donor Relations"],
    "de": ["Programmmanagement", "Fundraising", "Projektevaluation", "Entwicklungszusammenarbeit", "Stiftungsarbeit"],
    "fr": ["Gestion de programmes", "Recherche de fonds", "Suivi et évaluation", "Aide humanitaire", "Relations bailleurs"],
    "es": ["Gestión de programas", "Captación de fondos", "Cooperación internacional", "Evaluación de proyectos"],
    "it": ["Gestione di programmi", "Raccolta fondi", "Cooperazione internazionale", "Monitoraggio e valutazione"],
}
RHEADLINE = {"en": "Programme Director at Horizons Solidaires", "de": "Programmdirektor:in bei Horizons Solidaires",
             "fr": "Directeur·rice des programmes chez Horizons Solidaires", "es": "Director/a de programas en Horizons Solidaires",
             "it": "Direttore/Direttrice dei programmi presso Horizons Solidaires"}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.JOBS[:] = [("Head of Programmes", "Terre Commune"), ("Country Director Niger", "Aide Sahel"), ("Grants Manager", "Fondation Lumière"),
              ("MEAL Coordinator (m/w/d)", "Brücken e.V."), ("Programme Officer, Education", "Global Learning Fund")]
mc.COMPANIES["good"] = ["Fondation Lumière", "Terre Commune", "Global Learning Fund", "Brücken e.V.", "ICRC", "Aide Sahel", "UNHCR", "Graduate Institute"]
mc.COMPANIES["sales"] = ["GiveStack CRM", "DonorLoop", "FundFlow Consulting", "Impact Awards Europe", "CharityPay", "GrantGenius AI", "Philanthropy Summit Global"]
mc.HEADLINES["good"] = ["Programme Officer at {co}", "Head of Partnerships | {co}", "MEAL Specialist at {co}", "Country Director, {co}",
                        "Policy Adviser at {co}", "Volunteer coordinator | {co}"]
mc.HEADLINES["sales"] = ["Account Executive, Nonprofit | {co}", "Founder at {co}", "Helping NGOs raise more | {co}",
                         "Partnerships Manager at {co}", "Fundraising strategist | {co}"]
SPOOF_PITCH = {
    "en": ["Dear {first}, your organisation has been shortlisted for a grant of USD 250,000. Sign in to confirm your bank details.",
           "Hi {first}, I shared the donor due-diligence file with you. Log in to view the documents."],
    "de": ["Hallo {first}, Ihre Organisation steht auf der Shortlist für eine Förderung. Bitte melden Sie sich an und bestätigen Sie die Kontodaten.",
           "Guten Tag {first}, ich habe Ihnen den Prüfbericht der Stiftung freigegeben. Hier anmelden, um ihn zu öffnen."],
    "fr": ["Bonjour {first}, votre association est présélectionnée pour une subvention. Connectez-vous pour valider vos coordonnées bancaires.",
           "Bonjour {first}, je vous ai partagé le dossier du bailleur. Identifiez-vous pour le consulter."],
    "es": ["Hola {first}, su organización ha sido preseleccionada para una subvención. Inicie sesión para confirmar los datos bancarios.",
           "Hola {first}, te he compartido el informe del donante. Inicia sesión para verlo."],
    "it": ["Gentile {first}, la sua organizzazione è stata selezionata per un contributo. Acceda per confermare i dati bancari.",
           "Ciao {first}, ti ho condiviso il dossier del donatore. Accedi per vederlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"programme director\"", "Your job alert for programme director in {city}"),
           "news": "Aid cuts: how NGOs are rethinking their budgets", "group": "Top conversations in NGO Programme Managers Network",
           "newsletter": "The Grant Desk: what funders want in 2025"},
    "de": {"job": ("{n} neue Jobs für „Programmleitung“", "Ihr Jobalarm für Programmleitung in {city}"),
           "news": "Kürzungen bei der Entwicklungshilfe: Was jetzt?", "group": "Top-Diskussionen in Entwicklungszusammenarbeit Schweiz",
           "newsletter": "Stiftungsbrief: Förderlogik verstehen"},
    "fr": {"job": ("{n} nouvelles offres pour « directeur des programmes »", "Votre alerte emploi pour directeur des programmes à {city}"),
           "news": "Baisse de l'aide publique : les ONG face au choc", "group": "Meilleures discussions dans Genève Internationale – ONG",
           "newsletter": "La lettre du bailleur : réussir sa note conceptuelle"},
    "es": {"job": ("{n} empleos nuevos de «director de programas»", "Tu alerta de empleo de director de programas en {city}"),
           "news": "Recortes en la ayuda: qué hacen las ONG", "group": "Conversaciones destacadas en Cooperación Internacional",
           "newsletter": "Boletín de fundaciones: convocatorias abiertas"},
    "it": {"job": ("{n} nuove offerte per «direttore programmi»", "Il tuo avviso di lavoro per direttore programmi a {city}"),
           "news": "Tagli agli aiuti: come si riorganizzano le ONG", "group": "Conversazioni principali in Cooperazione e Sviluppo",
           "newsletter": "Il bando del mese: fondazioni e cooperazione"},
})

# two months of 2025: every story starts in March or early April, and gaps are short
_LO = datetime(2025, 3, 3, 7, 0, tzinfo=timezone.utc)
_SPAN = int(timedelta(days=38).total_seconds())


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, _SPAN))


mc.Gen.start_date = _start_date

# no 2016 layout in a 2025 inbox: the era coin of LinkedIn's other mail and of spoofs always lands on "cur"
_SRC = Path(mc.__file__).read_text(encoding="utf-8").splitlines()
_ERA_LINES = {i + 1: (0.0 if "< 0.75" in ln else 0.999) for i, ln in enumerate(_SRC)
              if 'era = "cur" if g.r.random() < 0.75' in ln or 'era = "2016" if (g.r.random() < 0.25' in ln}
assert len(_ERA_LINES) == 2


class _CurCoin:
    """Stands in for the generator's Random: the era draws on the two lines above are forced to "cur"."""

    def __init__(self, r) -> None:
        self._r = r

    def random(self) -> float:
        v = self._r.random()
        f = sys._getframe(1)
        if f.f_code.co_filename == mc.__file__ and f.f_lineno in _ERA_LINES:
            return _ERA_LINES[f.f_lineno]
        return v

    def __getattr__(self, name):
        return getattr(self._r, name)


def _cur_only(method):
    def wrapped(self, *a, **k):
        real, self.g.r = self.g.r, _CurCoin(self.g.r)
        try:
            return method(self, *a, **k)
        finally:
            self.g.r = real
    return wrapped


cs.Stories.make_spoofs = _cur_only(cs.Stories.make_spoofs)
cs.Stories.make_other = _cur_only(cs.Stories.make_other)
cs.GAPS.update({"rem": (4, 9), "end": (1, 10), "msg": (2, 10), "inm": (2, 9), "inv": (14, 24)})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Nathalie Berset", "Chargée de programmes Afrique de l'Ouest | Fondation Lumière", "Lausanne",
  ("inv", "Bonjour Alex, notre appel à projets éducation au Sahel est ouvert jusqu'au 30 avril (jusqu'à 300 000 CHF sur 3 ans). "
          "Votre travail à Tillabéri correspond pile à ce qu'on cherche. Je peux vous expliquer les critères si ça vous aide."),
  ("rem",))
P("good_invitation", "en", "Rebecca Osei", "MEAL Lead | Learning Together Ghana", "Accra",
  ("inv", "Hi Alex, we just published our endline evaluation on community-run reading clubs (open access). Saw your team is piloting something similar in Niger "
          "- happy to share raw tools and talk through what didn't work."))
P("good_invitation", "de", "Lukas Zürcher", "Freiwilliger | Datenanalyst bei einer Versicherung", "Zürich",
  ("inv", "Grüezi Alex, ich habe gesehen, dass Horizons Solidaires Freiwillige für die Datenauswertung sucht. Ich arbeite als Datenanalyst "
          "und würde gern ein paar Stunden pro Monat unentgeltlich helfen, z. B. bei Ihren Dashboards."))
P("good_invitation", "fr", "Aminata Diallo", "Coordinatrice suivi-évaluation | Candidate", "Dakar",
  ("inv", "Bonjour M. Morgan, j'ai postulé hier au poste de coordinatrice S&E à Niamey publié par votre équipe. Six ans d'expérience "
          "avec des projets Unicef au Sénégal. Je reste disponible pour toute question sur mon dossier."),
  ("rem",))
P("good_invitation", "es", "Lucía Carrasco", "Responsable de proyectos | Fundación Semilla", "Madrid",
  ("inv", "Hola Alex: en Fundación Semilla estamos preparando un consorcio para la convocatoria de la AECID sobre educación en el Sahel "
          "y nos faltaría un socio con presencia en Níger. ¿Te parece que lo hablemos? Te paso la nota conceptual."))
P("good_invitation", "en", "Tom Achterberg", "Policy Officer | Geneva Education Cluster", "Genève",
  ("inv", "Alex, we're running a free half-day workshop on safeguarding in education programmes on 14 May at the Maison de la Paix. "
          "Peer format, no fees, lunch included. Would be great to have someone from your team speak for 10 min."))
P("good_invitation", "it", "Francesca Loi", "Programme Officer | Fondazione Mediterraneo Aperto", "Cagliari",
  ("inv", "Gentile Alex, la nostra fondazione ha riaperto il bando per progetti di formazione professionale giovanile in Africa occidentale. "
          "Ho letto il vostro rapporto annuale e credo che possiate candidarvi: se vuole le mando le linee guida."))


# =============================================================== default_invitation
P("default_invitation", "fr", "Kevin Rochat", "Consultant indépendant", "Fribourg", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Priya Nandakumar", "Business Development | Nonprofit Tech", "London", ("inv", NONOTE))
P("default_invitation", "de", "Sabine Wyss", "Fundraising | Kommunikation", "Bern", ("inv", DEFAULT))
P("default_invitation", "it", "Stefano Pellegrini", "Consulente | Terzo settore", "Milano", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Jordan Whitfield", "Account Executive, Nonprofit | GiveStack CRM", "Dublin",
  ("inv", "Hi Alex! Most INGOs we speak to still track major donors in spreadsheets. GiveStack pulls gifts, pledges and grant reporting into one place. "
          "Worth a 20-min walkthrough? We've a nonprofit discount running till June."))
P("sales_invitation", "fr", "Sébastien Collomb", "Fondateur | Levée de Fonds & Co", "Annecy",
  ("inv", "Bonjour Alex, j'accompagne les ONG genevoises dans leurs campagnes de grands donateurs (forfait ou success fee). "
          "Je vous propose un diagnostic de votre stratégie de collecte, 45 min en visio ?"),
  ("rem",))
P("sales_invitation", "de", "Florian Baumgartner", "Head of Sales DACH | DonorLoop", "München",
  ("inv", "Hallo Alex, mit DonorLoop steigern Hilfswerke ihre Online-Spenden im Schnitt um 27 %. Ich würde Ihnen gern zeigen, wie das bei Caritas-Partnern läuft. "
          "Passt nächste Woche ein kurzer Call?"))
P("sales_invitation", "en", "Olivia Hartmann-Reyes", "Events Director | Global Philanthropy Impact Summit", "Dubai",
  ("inv", "Dear Alex, you've been selected to join the Global Philanthropy Impact Summit in Dubai as a featured delegate. "
          "Delegate pass €1,950 incl. gala & awards dinner. May I send you the registration link?"))
P("sales_invitation", "es", "Marcos Villalba", "Consultor de subvenciones | Grants & Partners", "Barcelona",
  ("inv", "Hola Alex, redactamos propuestas para fondos UE y agencias de cooperación con tasa de éxito del 70%. Tarifa por propuesta, sin permanencia. "
          "¿Te cuento cómo trabajamos?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Daniel Kowalczyk", "Founder | Geneva NGO Leaders Circle", "Genève",
  ("inv", "Hi Alex, I host a small circle of programme and country directors from Geneva NGOs. We meet once a month for candid peer talk over coffee. "
          "No agenda, no sponsors. Would love to have you join."),
  ("msg", "Great to be connected! Before the next meet-up, quick one: I also run a fundraising consultancy and we have a 'Major Donor Accelerator' "
          "for NGOs your size, CHF 6,500 for 3 months. Shall I send the brochure?", (2, 6)),
  ("msg", "Hi Alex, circling back on the Accelerator. Two spots left for the spring cohort, happy to hold one for Horizons Solidaires if you confirm this week."))
P("bait_and_switch_invitation", "fr", "Géraldine Moser", "Communauté des femmes dirigeantes du secteur associatif", "Genève",
  ("inv", "Bonjour Alex, nous sommes un groupe d'entraide entre directrices et directeurs d'associations romandes. On partage modèles de budgets, "
          "politiques RH, retours sur les bailleurs. Vous nous rejoignez ?"),
  ("msg", "Ravie de vous compter parmi nous ! Petite info : je suis aussi conseillère en prévoyance et je propose aux cadres du non-marchand un bilan "
          "3e pilier personnalisé. On fixe un rendez-vous d'une heure ?", (3, 8)))
P("bait_and_switch_invitation", "de", "Reto Ammann", "Entwicklungsökonom | Austausch Wirkungsmessung", "Basel",
  ("inv", "Hallo Alex, ich beschäftige mich seit Jahren mit Wirkungsmessung in Bildungsprojekten und hätte eine fachliche Frage zu Ihrem Lernstands-Monitoring in Niger. "
          "Darf ich mich vernetzen?"),
  ("msg", "Danke! Ehrlich gesagt: Unsere Firma ImpactMetrics bietet genau dafür eine SaaS-Lösung an, ab CHF 900 pro Monat. "
          "Ich würde sie Ihnen gern in einer Demo zeigen, wann passt es Ihnen?", (2, 5)),
  ("msg", "Hallo Alex, nur kurz nachgehakt wegen der Demo. Wir hätten auch ein Pilotangebot für NGOs."))
P("bait_and_switch_invitation", "fr", "Olivier Fragnière", "Passionné de solidarité internationale", "Neuchâtel",
  ("inv", "Bonjour Alex, je vous offre volontiers notre guide gratuit « 10 erreurs à éviter dans une note conceptuelle pour la DDC ». "
          "Connectons-nous et je vous l'envoie."),
  ("msg", "Voici le guide, comme promis.", (1, 3)),
  ("msg", "Alex, j'espère que le guide vous a plu. Pour aller plus loin, mon cabinet rédige vos demandes DDC clé en main, à partir de 8 000 CHF. "
          "Un appel cette semaine ?", (3, 7)))
P("bait_and_switch_invitation", "it", "Roberta Ghezzi", "Network Builder | ONG italiane in Svizzera", "Lugano",
  ("inv", "Ciao Alex, sto mettendo insieme una rete informale di responsabili di programma italiani e svizzeri nelle ONG, per scambiarci contatti e buone pratiche. Ti unisci?"),
  ("msg", "Benvenuto nella rete! Ti segnalo che con la mia agenzia organizziamo il Premio Impatto Sociale 2025: la quota di candidatura è di 1.200 € e include "
          "la cena di gala. Vuoi che ti iscriva la vostra ONG?", (2, 7)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Harold Pemberton", "Chair, International Nonprofit Excellence Awards", "London",
  ("inm", "Congratulations – nomination", "Dear Alex, I'm pleased to let you know that Horizons Solidaires has been nominated by our panel for the 2025 "
          "Nonprofit Excellence Award in Education. No action is needed for now; I'll be in touch with next steps."),
  ("inm", "Your finalist package", "Dear Alex, to confirm your finalist place please complete the entry within 7 days. The finalist fee is GBP 1,450, "
          "covering assessment, two seats at the ceremony in London and use of the finalist logo."))
P("bait_and_switch_inmail", "fr", "Claire Vuilleumier", "Chercheuse indépendante | Philanthropie en Suisse", "Genève",
  ("inm", "Étude sur les fondations suisses", "Bonjour Alex, je mène une petite enquête sur la relation entre fondations donatrices et ONG opérationnelles. "
          "Auriez-vous 10 minutes pour répondre à quelques questions ? Je partage bien sûr les résultats."),
  ("inm", "Suite de notre échange", "Merci Alex pour vos réponses. Au vu de ce que vous m'avez dit, je pense que notre programme d'accompagnement "
          "« Fondations+ » vous aiderait à décrocher de nouveaux financements : 4 séances, 3 200 CHF. Je vous envoie l'offre ?"),
  ("inm", "Offre Fondations+", "Bonjour Alex, je me permets de relancer : l'offre spéciale se termine vendredi."))
P("bait_and_switch_inmail", "de", "Moritz Lehner", "Berater | Digitalisierung im Non-Profit-Bereich", "Wien",
  ("inm", "Kostenloser Leitfaden Datenschutz für NGOs", "Hallo Alex, wir haben einen kostenlosen Leitfaden zum neuen Schweizer Datenschutzgesetz für Hilfswerke "
          "geschrieben. Soll ich Ihnen das PDF schicken?"),
  ("inm", "Ihr Spenderdaten-Audit", "Hallo Alex, anbei der Leitfaden. Übrigens: Wir machen auch ein DSG-Audit Ihrer Spenderdatenbank zum Festpreis von CHF 4.800. "
          "Sollen wir einen Termin vereinbaren?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Yannick Perrenoud", "Chargé de communication | ONG", "Lausanne",
  ("end",),
  ("msg", "Salut Alex ! Je t'ai recommandé pour {skill}, c'était mérité. Tu pourrais me rendre la pareille sur « Communication digitale » et "
          "« Storytelling » ? Je cherche un nouveau poste et ça compte pas mal. Merci d'avance 🙏"))
P("endorse_me_back", "en", "Kwame Mensah", "Logistics Coordinator | Humanitarian Supply Chain", "Nairobi",
  ("end",), ("end",),
  ("msg", "Hello Alex, I have endorsed you for {skill} and one more. Kindly also endorse me for Supply Chain Management and Procurement, "
          "it will help my profile. Thank you and God bless."))
P("endorse_me_back", "de", "Carina Stöckli", "Projektleiterin | Entwicklungszusammenarbeit", "Luzern",
  ("end",),
  ("msg", "Hoi Alex, ich habe dir {skill} bestätigt. Magst du mir im Gegenzug auch ein, zwei Kenntnisse bestätigen, z. B. Projektmanagement? "
          "Ich bewerbe mich gerade bei der DEZA. Merci vielmal!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Philippe Dunand", "Consultant senior en levée de fonds | 20 ans d'expérience", "Genève",
  ("inv", "Bonjour Alex, consultant en collecte de fonds depuis 20 ans, j'aide les ONG à diversifier leurs ressources. Je serais heureux d'en discuter autour d'un café, "
          "à mes conditions habituelles."),
  ("rem",),
  ("inm", "Votre silence", "Monsieur, je constate que vous n'avez pas jugé utile de répondre à ma demande. Dans un secteur qui prêche l'ouverture, "
          "ce mépris en dit long sur votre direction. Ne vous étonnez pas que vos financements s'effondrent."))
P("hostility_after_decline", "en", "Craig Delaney", "Fundraising Strategist | 7-figure campaigns", "Manchester",
  ("inv", "Alex - I help charities double their major-gift income in 12 months. Open to a quick chat?"),
  ("inm", "Really?", "Ignored twice. Classic NGO arrogance, sitting on donor money while beneficiaries wait. Good luck with your 'programmes', "
          "you clearly don't need anyone who actually knows how to raise money."))
P("hostility_after_decline", "de", "Jürgen Hofstetter", "Senior Consultant | Stiftungsfundraising", "St. Gallen",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Ihre Umgangsformen", "Guten Tag. Zwei Einladungen, keine Reaktion. Ich finde es höchst unprofessionell, wie Sie mit Kollegen aus der Branche umgehen. "
          "Man sieht sich immer zweimal im Leben."))
P("hostility_after_decline", "es", "Ricardo Sanmartín", "Director | Cumbre Iberoamericana de ONG", "Sevilla",
  ("inv", "Hola Alex, te invito a participar como ponente en nuestra Cumbre de ONG en Sevilla. La cuota de ponente es de 890 € (incluye cena de gala)."),
  ("inm", "Sin palabras", "Alex, me dijiste en privado que no te interesaba y lo respeto, pero el tono de tu respuesta fue de una soberbia increíble. "
          "Así os va a las ONG europeas. Deberías aprender un poco de humildad."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Gavin Thorne", "Managing Director | Thorne Fundraising Partners", "Edinburgh",
  ("msg", "Alex, hope all's well since Bond. We're taking on two new INGO clients this spring for legacy giving campaigns. Fee from £12k. Interested?"),
  ("msg", "Following up on my note - happy to send a proposal."),
  ("msg", "Fine, you've said no. Frankly it's people like you who keep small NGOs amateur. Don't come crying when your unrestricted income dries up."))
P("hostility_connection", "fr", "Martine Jaquier", "Formatrice | Gestion de projets humanitaires", "Sion",
  ("acc",),
  ("msg", "Merci d'avoir accepté Alex. Je propose à vos équipes terrain ma formation « Cadre logique pour les nuls », 1 500 CHF la journée. Intéressé ?"),
  ("msg", "Vous m'avez répondu que ce n'était pas le moment. Permettez-moi de vous dire que c'est une réponse bien condescendante, "
          "typique des directeurs qui se croient au-dessus de tout. Je retire mon offre."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Brandon Leigh", "Growth Lead | CharityPay", "Amsterdam",
  ("msg", "Hey Alex, quick one: CharityPay cuts card fees on donations to 0.9% and sets up recurring giving in a day. Want me to run your numbers?"),
  ("msg", "Hi Alex, I put together a savings estimate for Horizons Solidaires, about CHF 11k a year. 15 minutes to go over it?"),
  ("msg", "Last nudge from me - our Q2 onboarding slots close Friday."))
P("connection_only_pitches", "fr", "Delphine Morand", "Directrice | Gala & Mécénat Événements", "Genève",
  ("msg", "Bonjour Alex, et si votre gala annuel devenait votre meilleure source de dons ? Nous organisons des soirées clés en main pour les ONG."),
  ("msg", "Bonjour Alex, je reviens vers vous avec notre grille tarifaire 2025. Un rendez-vous au bureau la semaine prochaine ?"))
P("connection_only_pitches", "de", "Tobias Kälin", "Gründer | GrantGenius AI", "Zürich",
  ("msg", "Hallo Alex, unsere KI schreibt Förderanträge in 20 Minuten statt 20 Stunden. Für NGOs gibt es einen Einführungspreis. Darf ich Ihnen Zugang für eine Demo geben?"),
  ("msg", "Hallo Alex, kurze Erinnerung: Der Einführungspreis gilt nur bis Ende Monat. Soll ich Ihnen ein Angebot schicken?"))


# =============================================================== single_pitch
P("single_pitch", "en", "Natasha Ivanova", "Partnerships | Peer2Peer Fundraise", "Berlin",
  ("msg", "Hi Alex, congrats on the Niger programme launch! If you ever plan a sponsored run or birthday fundraisers, our platform handles it end-to-end. Demo anytime."))
P("single_pitch", "fr", "Julien Cretton", "Associé | Cabinet d'audit associatif", "Martigny",
  ("msg", "Bonjour Alex, nous auditons plusieurs ONG romandes certifiées ZEWO. Si vous changez d'organe de révision cette année, je vous fais volontiers une offre."))
P("single_pitch", "it", "Marco Bellandi", "Account Manager | CRM per il non profit", "Firenze",
  ("msg", "Ciao Alex, ci siamo conosciuti alla fiera di Lugano. Ti propongo una demo del nostro CRM per donatori, costa meno di quello che usate ora."))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Émilie Rouiller", "Responsable partenariats | Terre Commune", "Genève",
  ("msg", "Alex, on vient de publier notre évaluation à mi-parcours sur les cantines scolaires au Burkina. Je te mets le lien, il y a un chapitre entier sur les "
          "comités de parents qui devrait t'intéresser."))
P("connection_brings_value", "en", "Samuel Okafor", "Grants Manager | Global Learning Fund", "New York",
  ("end",),
  ("msg", "Hi Alex, heads up: our Foundational Learning window opens on 2 April, grants up to USD 500k, and Niger is a priority country this round. "
          "Happy to do an informal call before you submit."))
P("connection_brings_value", "de", "Anna Brunner", "Programmverantwortliche | Brücken e.V.", "Freiburg",
  ("msg", "Hallo Alex, wie am Telefon besprochen, hier unser Toolkit zu Kinderschutz in Lernzentren (frei nutzbar, auch auf Französisch). "
          "Meldet euch gern, wenn ihr es anpasst."),
  ("msg", "Und noch was: Wir haben zwei Plätze in unserer kostenlosen Peer-Learning-Reihe zu adaptiver Programmsteuerung frei. Interesse?"))
P("connection_brings_value", "es", "Javier Montoya", "Coordinador regional | Educación sin Fronteras", "Bamako",
  ("msg", "Alex, te reenvío el informe del clúster de educación sobre escuelas cerradas en Mali y Níger; tiene datos por comuna que os pueden servir para la propuesta."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Helen Marsh", "Senior Talent Partner | International Development", "London",
  ("inm", "Regional Director, West Africa – confidential", "Hi Alex, I'm recruiting a Regional Director for West Africa for a large child-rights INGO (Dakar-based, "
          "international package). Your Sahel background fits well. Would you be open to a confidential conversation?"))
P("stranger_inmail_recruiter", "fr", "Isabelle Kohler", "Responsable recrutement | Organisation internationale", "Genève",
  ("inm", "Poste de Chef·fe de programmes éducation", "Bonjour Alex, nous ouvrons un poste de chef·fe de programmes éducation basé à Genève (grade P5). "
          "Votre profil a été signalé par un collègue. Seriez-vous intéressé·e à en discuter ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chad Morrison", "VP Sales EMEA | DonorLoop", "London",
  ("inm", "Horizons Solidaires + DonorLoop?", "Hi Alex, NGOs using DonorLoop see 31% more recurring donors in year one. Can I grab 15 minutes to show you how?"),
  ("inm", "Re: Horizons Solidaires + DonorLoop?", "Hi Alex, bumping this up. I can also include free data migration if we sign before end of quarter."))
P("stranger_inmail_sales", "fr", "Valérie Chappuis", "Directrice | Prix Romand de l'Engagement", "Lausanne",
  ("inm", "Candidature au Prix Romand 2025", "Bonjour Alex, les candidatures au Prix Romand de l'Engagement sont ouvertes ! Frais de dossier : 650 CHF, "
          "table au dîner de remise des prix à 1 800 CHF. Réservez dès maintenant."))
P("stranger_inmail_sales", "de", "Dominik Frey", "Key Account | Spendenmailing-Agentur", "Konstanz",
  ("inm", "Mehr Spenden per Post", "Guten Tag, wir betreuen Mailings für Hilfswerke in der Schweiz und Deutschland. Kostenlose Potenzialanalyse Ihrer Adressdatei, "
          "danach ein Angebot. Wann darf ich Sie anrufen?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Imogen Clarke", "Independent Evaluator | Education in Emergencies", "Bristol",
  ("inv", "Hi Alex, I led the mid-term review of the EiE consortium in Burkina last year and we have overlapping questions on learning outcomes. "
          "Happy to share our tools and compare notes, no strings."),
  ("msg", "Here's the learning-assessment toolkit and the codebook we used. Shout if anything's unclear."),
  ("msg", "Hi Alex, glad the toolkit helped. I'm now taking bookings for evaluations for Q3: daily rate £750, I could do your Niger endline. Shall I send a proposal?"))
P("good_turns_ugly", "fr", "Bertrand Mathey", "Ancien directeur d'ONG | Mentor bénévole", "Genève",
  ("inv", "Bonjour Alex, ancien directeur à MSF puis à Enfants du Monde, je fais du mentorat bénévole pour les nouveaux directeurs de programmes. "
          "Si un échange peut vous être utile, avec plaisir."),
  ("msg", "Ce fut un plaisir de déjeuner avec vous. Je vous envoie comme promis ma grille d'analyse des risques partenaires."),
  ("end",),
  ("msg", "Cher Alex, je vous ai recommandé pour {skill}. Pourriez-vous en faire autant pour moi sur « Leadership » et « Gestion de crise » ? "
          "Je prépare une candidature à un conseil de fondation."))
P("good_turns_ugly", "de", "Silvia Roth", "Programmleiterin | Hilfswerk Ostschweiz", "St. Gallen",
  ("inv", "Hallo Alex, wir planen eine gemeinsame Evaluation mit zwei anderen Hilfswerken zu Berufsbildung im Sahel und suchen einen dritten Partner. "
          "Die Kosten trägt unser Geldgeber. Wären Sie offen dafür?"),
  ("msg", "Danke für das Gespräch! Hier die Terms of Reference als Entwurf, Kommentare willkommen."),
  ("msg", "Hallo Alex, kleine Planänderung: Ich habe mich selbständig gemacht und biete die Evaluation jetzt über mein Büro an, CHF 1.100 pro Tag. "
          "Wollen wir einen Vertrag aufsetzen?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "fr", "Laurent Bonvin", "Consultant | Stratégie de collecte", "Genève",
  ("inv", "Bonjour Alex, je propose aux ONG un audit de leur collecte de fonds en ligne, tarif préférentiel ce printemps. On en parle ?"),
  ("inv", "Bonjour Alex, nous étions tous les deux à la conférence de la FGC la semaine dernière. Ravi de rester en contact !", (16, 22)))
P("reinvite_known_bad", "en", "Ashley Turner", "Account Manager | GiveStack CRM", "Dublin",
  ("inm", "Donor CRM for INGOs", "Hi Alex, is Horizons Solidaires reviewing its CRM this year? GiveStack has a migration package for Salesforce users."),
  ("inv", DEFAULT, (15, 20)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Vincent Abbott", "Consultant | Major Gifts", "London",
  ("inv", "Alex, I help INGOs land six-figure major gifts. 20 minutes?"),
  ("inm", "Disappointing", "Not even the courtesy of a reply. You people preach dignity and treat professionals like dirt. Shameful."),
  ("inv", "Hi Alex, let's start over - I'd value having you in my network.", (14, 20)))
P("reinvite_known_ugly", "it", "Paolo Sartori", "Fondatore | Rete Impatto Sociale", "Milano",
  ("inm", "Una rete di responsabili di programma", "Ciao Alex, stiamo creando una community di responsabili di programma in ONG europee per scambiare esperienze. Ti andrebbe di entrare?"),
  ("inm", "Quota di adesione", "Ciao Alex, per entrare nella community la quota annuale è di 480 €, comprende anche un corso sul fundraising. Ti mando il link di pagamento?"),
  ("inv", "Ciao Alex, mi farebbe piacere essere collegati qui.", (14, 22)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Camille Favre", "Consultante | Communication pour ONG", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Au passage : je refais des sites web d'ONG à prix associatif, si jamais le vôtre a besoin d'un coup de jeune."))
P("user_invited_pitch_once", "en", "Ryan Fitzgerald", "Sales Manager | GrantGenius AI", "Cork",
  ("acc",),
  ("msg", "Thanks for connecting after the panel, Alex. Since you mentioned proposal fatigue: GrantGenius drafts first versions of concept notes. Want a trial licence?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Martin Égli", "Partner | NPO-Beratung Égli & Huber", "Bern",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wir begleiten Hilfswerke bei der ZEWO-Rezertifizierung, Pauschale CHF 7.500. Sollen wir uns dazu austauschen?"),
  ("msg", "Hallo Alex, ich hänge Ihnen unsere Offerte an. Wir könnten im Mai starten."))
P("user_invited_pitch_twice", "en", "Megan O'Rourke", "Director | Charity Legacy Marketing", "Belfast",
  ("acc",),
  ("msg", "Lovely to connect, Alex. We run legacy-giving campaigns for charities across Europe, with a typical ROI of 1:14. Could we book a call?"),
  ("msg", "Hi again Alex, just checking if you saw my note. I'd be glad to send a tailored proposal."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Hélène Gachet", "Responsable suivi-évaluation | Aide Sahel", "Ouagadougou",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Comme promis à Genève, voici nos fiches de collecte sur la fréquentation scolaire des filles, "
          "testées dans 40 villages. Libre à vous de les adapter."))
P("user_invited_value", "en", "Dr. Fatou Sarr", "Research Fellow | Graduate Institute Geneva", "Genève",
  ("acc",),
  ("msg", "Thanks for reaching out, Alex. Our working paper on teacher absenteeism in Niger is out, link below. If your team wants a seminar on it, I'm happy to come by, no cost."))
P("user_invited_value", "es", "Carmen Albiol", "Técnica de cooperación | Ayuntamiento de Valencia", "Valencia",
  ("acc",),
  ("msg", "Gracias por conectar, Alex. Te confirmo que la convocatoria municipal de cooperación admite ONG suizas con socio local valenciano. Te paso las bases y te presento a dos entidades."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Pascal Rey", "Délégué | Fédération genevoise de coopération", "Genève", ("acc",))
P("acceptance_only", "de", "Ursula Meier", "Programmbeauftragte | DEZA", "Bern", ("acc",))
P("lone_endorsement", "en", "Ibrahim Moussa", "Field Officer | Horizons Solidaires Niger", "Niamey", ("end",))
P("lone_endorsement", "it", "Giorgia Bassi", "Volontaria | Servizio civile", "Torino", ("end",))


# =============================================================== more voices
P("good_invitation", "de", "Nadine Schären", "Bewerberin | Finanzverantwortliche NGO", "Biel/Bienne",
  ("inv", "Guten Tag Alex, ich habe mich auf die Stelle Finance & Grants Officer bei Horizons Solidaires beworben. Falls Sie Fragen zu meinem Dossier haben, "
          "erreichen Sie mich gern hier."))
P("sales_invitation", "fr", "Thierry Leuba", "Directeur commercial | Trophées de la Solidarité", "Paris",
  ("inv", "Bonjour Alex, votre ONG pourrait concourir aux Trophées de la Solidarité 2025. Inscription 790 € HT, visibilité assurée auprès de 300 mécènes. Je vous envoie le dossier ?"))
P("connection_brings_value", "it", "Elena Vitali", "Responsabile progetti | ONG Passo Avanti", "Bologna",
  ("end",),
  ("msg", "Ciao Alex, ti giro il rapporto finale del nostro progetto sulle scuole comunitarie in Niger, con i dati disaggregati per genere. "
          "Se vi serve, possiamo fare una call con il nostro team M&E."))
P("bait_and_switch_invitation", "es", "Adrián Olmos", "Voluntario | Comunidad de profesionales de cooperación", "Madrid",
  ("inv", "Hola Alex, formo parte de una comunidad de profesionales de cooperación que comparte convocatorias abiertas cada semana. ¿Te sumas?"),
  ("msg", "¡Bienvenido! Por cierto, en mi agencia diseñamos campañas de captación en redes para ONG desde 2.500 € al mes. ¿Te preparo una propuesta?", (2, 6)),
  ("msg", "Alex, ¿pudiste mirar lo de la campaña? Tengo hueco en mayo."))
P("hostility_after_decline", "it", "Gianni Corradi", "Consulente senior | Fundraising e grandi donatori", "Roma",
  ("inv", "Buongiorno Alex, aiuto le ONG a costruire programmi per grandi donatori. Le andrebbe un incontro conoscitivo?"),
  ("rem",),
  ("inm", "Complimenti", "Alex, complimenti per la maleducazione. Un semplice «no grazie» costava troppo? Con direttori così, non mi stupisce che le ONG perdano donatori."))
P("stranger_inmail_recruiter", "de", "Marlene Gasser", "HR Business Partner | Schweizer Hilfswerk", "Zürich",
  ("inm", "Leitung Internationale Programme", "Guten Tag Alex, wir suchen eine Leitung Internationale Programme (80–100 %, Zürich). "
          "Ihr Profil passt sehr gut. Hätten Sie Zeit für ein vertrauliches Gespräch?"))
P("single_pitch", "de", "Fabian Ott", "Verkauf | Spendenquittungs-Software", "Winterthur",
  ("msg", "Hallo Alex, nach unserem Gespräch beim Swissfundraising-Kongress: Unsere Software erstellt Spendenbescheinigungen automatisch. Interesse an einem Angebot?"))
P("default_invitation", "es", "Sonia Paredes", "Captación de fondos | Freelance", "Valencia", ("inv", DEFAULT))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Nathalie Berset", "n.berset@fondation-lumiere.example.ch", "Appel à projets Sahel – lignes directrices",
     "Bonjour Alex,\n\nsuite à ma demande de connexion sur LinkedIn, je vous envoie les lignes directrices de l'appel. Date limite : 30 avril.\n\nBien à vous,\nNathalie", "fr"),
    ("Ressources humaines", "rh@horizons-solidaires.example.ch", "Candidatures S&E Niamey",
     "Bonjour Alex,\n\n42 candidatures reçues. Certains candidats vous ont aussi écrit sur LinkedIn : merci de les renvoyer vers le portail.\n\nRH", "fr"),
    ("Global Philanthropy Impact Summit", "delegates@gpis-events.example", "Final call: your delegate pass (€1,950)",
     "Dear Alex,\n\nonly 12 delegate passes left. Follow us on LinkedIn for speaker announcements.", "en"),
    ("Swissfundraising", "info@swissfundraising.example", "Kongress 2025: Programm online",
     "Liebe Mitglieder,\n\ndas Programm des Kongresses ist online. Teilen Sie es gern auf LinkedIn.", "de"),
    ("Graduate Institute", "events@graduateinstitute.example", "Seminar: teacher absenteeism in the Sahel",
     "Join us on Thursday 17 April. Livestream on LinkedIn and YouTube.", "en"),
    ("Imogen Clarke", "imogen@clarke-evaluation.example", "Re: toolkit",
     "Hi Alex,\n\nI also sent this via LinkedIn, but here is the toolkit as a zip in case the link fails.\n\nImogen", "en"),
    ("Coordinadora ONGD", "boletin@coordinadora.example", "Boletín: convocatorias de abril",
     "Esta semana: nuevas convocatorias de la AECID y de comunidades autónomas. Síguenos en LinkedIn.", "es"),
    ("FOCSIV", "segreteria@focsiv.example", "Webinar gratuito: progettazione europea",
     "Gentile Alex,\n\nla aspettiamo al webinar gratuito di giovedì. La registrazione sarà condivisa anche su LinkedIn.", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)

ERAS = {_p[2]: "cur" for _p in PEOPLE}

HEADER = [f"# mailbot dev183 evaluation corpus. Generated by scripts/make_corpus_dev183.py (seed {SEED}); do not edit by hand.",
          "# Two months of 2025 of Alex, programme director at a Geneva nonprofit: donors and foundations, fundraising consultants, donor-CRM sellers, "
          "volunteers and applicants, peer NGOs, pay-to-attend summits and awards. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev183", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
