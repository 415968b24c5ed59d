#!/usr/bin/env python3
"""Write mailbot's dev186 evaluation corpus: tests/corpus/dev186/*.eml + expected.toml.

The angle: an ordinary two months (February and March 2026) of the user Alex, professor of
chemistry (organic and materials chemistry) at the University of Bologna. Their LinkedIn
world: PhD and postdoc applicants, colleagues sharing preprints and data, real industry
partners proposing joint projects and funded theses, journal and conference invitations
(some predatory, with article-processing or registration fees), sellers of lab equipment,
consumables and chemistry software (ELN, LIMS, spectroscopy suites), paid "keynote" and
"honorary chair" offers, endorse-me-back, and a rude former student. Writers use Italian
(formal and casual), English (native and not), German, and some French and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, the recipient headline, spoof-only
headlines and spoof pitches are swapped for this world in this process only, dates are held
to February and March 2026 and every person is in the current layout. Every note was
written from shared/taxonomy.md alone, without reading mailbot's judging code or data, nor
the notes of other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev186.py              # writes tests/corpus/dev186
    python scripts/make_corpus_dev186.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260202186

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ chemistry world (this process only)
SKILLS = {
    "en": ["Organic Chemistry", "Catalysis", "NMR Spectroscopy", "Materials Chemistry", "Green Chemistry", "Teaching"],
    "de": ["Organische Chemie", "Katalyse", "NMR-Spektroskopie", "Materialchemie", "Nachhaltige Chemie"],
    "fr": ["Chimie organique", "Catalyse", "Spectroscopie RMN", "Chimie des matériaux", "Chimie verte"],
    "es": ["Química orgánica", "Catálisis", "Espectroscopía RMN", "Química de materiales", "Química verde"],
    "it": ["Chimica organica", "Catalisi", "Spettroscopia NMR", "Chimica dei materiali", "Chimica verde", "Didattica"],
}
RHEADLINE = {"en": "Professor of Organic Chemistry at University of Bologna",
             "de": "Professor:in für Organische Chemie an der Universität Bologna",
             "fr": "Professeur·e de chimie organique à l'Université de Bologne",
             "es": "Catedrático/a de Química Orgánica en la Universidad de Bolonia",
             "it": "Professore/ssa ordinario/a di Chimica organica all'Università di Bologna"}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.JOBS[:] = [("Full Professor in Organic Chemistry", "Università di Padova"), ("Group Leader, Catalysis", "Max-Planck-Institut"),
              ("Head of Process Chemistry", "Chiesi Farmaceutici"), ("W3-Professur Makromolekulare Chemie (m/w/d)", "TU Dresden"),
              ("Directeur de recherche, chimie durable", "CNRS")]
mc.COMPANIES["good"] = ["Università di Bologna", "Politecnico di Milano", "ETH Zürich", "Chiesi Farmaceutici", "Versalis", "CNR-ISOF",
                        "Universidad de Zaragoza", "Université de Strasbourg"]
mc.COMPANIES["sales"] = ["LabNova Instruments", "SpectraSoft", "ChemBench ELN", "Global Science Publishers", "PureSolv Reagents",
                         "Keynote World Congress", "GlassTech Lab Supplies"]
mc.HEADLINES["good"] = ["Associate Professor of Chemistry at {co}", "Researcher, {co}", "PhD student in Chemistry | {co}",
                        "R&D Manager at {co}", "Postdoc in Catalysis, {co}", "Head of Analytical Sciences | {co}"]
mc.HEADLINES["sales"] = ["Account Manager Academia | {co}", "Sales Specialist, Life Science | {co}", "Founder at {co}",
                         "Business Development | {co}", "Editorial Office | {co}"]
SPOOF_PITCH = {
    "en": ["Dear {first}, your manuscript ID CHEM-2026-0412 requires an urgent payment of the open-access fee. Sign in to avoid withdrawal.",
           "Hi {first}, I shared the NMR raw data folder with you. Log in to open it."],
    "de": ["Sehr geehrte/r {first}, für Ihr Manuskript ist die Open-Access-Gebühr offen. Bitte melden Sie sich an, um sie zu begleichen.",
           "Hallo {first}, ich habe Ihnen die Messdaten freigegeben. Hier anmelden, um sie zu öffnen."],
    "fr": ["Bonjour {first}, les frais de publication de votre manuscrit sont en attente. Connectez-vous pour les régler.",
           "Bonjour {first}, je vous ai partagé les spectres bruts. Identifiez-vous pour les consulter."],
    "es": ["Estimado/a {first}, la tasa de publicación de su manuscrito está pendiente. Inicie sesión para abonarla.",
           "Hola {first}, te he compartido la carpeta con los espectros. Inicia sesión para verla."],
    "it": ["Gentile {first}, risulta in sospeso il pagamento della quota open access del suo manoscritto. Acceda per evitarne il ritiro.",
           "Ciao {first}, ti ho condiviso la cartella con gli spettri NMR. Accedi per aprirla."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": {"job": ("{n} new jobs for \"professor chemistry\"", "Your job alert for chemistry professor in {city}"),
           "news": "PFAS bans: what chemists need to know", "group": "Top conversations in Organic Chemistry Network",
           "newsletter": "The Bench Note: catalysis papers worth reading"},
    "de": {"job": ("{n} neue Jobs für „Professur Chemie“", "Ihr Jobalarm für Professur Chemie in {city}"),
           "news": "Chemieindustrie unter Druck: Standort Europa", "group": "Top-Diskussionen in GDCh Netzwerk",
           "newsletter": "Laborbrief: Neues aus der Katalyse"},
    "fr": {"job": ("{n} nouvelles offres pour « professeur chimie »", "Votre alerte emploi pour professeur de chimie à {city}"),
           "news": "Chimie verte : l'Europe accélère", "group": "Meilleures discussions dans Chimistes de France",
           "newsletter": "La lettre du labo : synthèse et matériaux"},
    "es": {"job": ("{n} empleos nuevos de «catedrático química»", "Tu alerta de empleo de profesor de química en {city}"),
           "news": "La química europea ante la competencia asiática", "group": "Conversaciones destacadas en Química en Red",
           "newsletter": "Boletín de catálisis: lo mejor del mes"},
    "it": {"job": ("{n} nuove offerte per «professore chimica»", "Il tuo avviso di lavoro per professore di chimica a {city}"),
           "news": "PNRR e ricerca: cosa cambia per i laboratori", "group": "Conversazioni principali in Chimici Italiani",
           "newsletter": "Note di laboratorio: catalisi e materiali"},
})

# two months of 2026: every story starts in February or early March, and gaps are short
_LO = datetime(2026, 2, 2, 7, 0, tzinfo=timezone.utc)
_SPAN = int(timedelta(days=36).total_seconds())


def _start_date(self, era: str) -> datetime:
    return _LO + timedelta(seconds=self.r.randint(0, _SPAN))


mc.Gen.start_date = _start_date

# no 2016 layout in a 2026 inbox: the era coin of LinkedIn's other mail and of spoofs always lands on "cur"
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
cs.GAPS.update({"rem": (4, 9), "end": (1, 10), "msg": (2, 10), "inm": (2, 9), "inv": (14, 22)})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "it", "Federica Lanzoni", "Laureanda magistrale in Chimica industriale | Università di Ferrara", "Ferrara",
  ("inv", "Buongiorno prof., mi laureo a luglio con una tesi sulla fotoredox in flusso e vorrei candidarmi al bando di dottorato del suo gruppo. "
          "Posso mandarle CV e abstract della tesi per capire se il mio profilo può interessare?"),
  ("rem",))
P("good_invitation", "en", "Arjun Mehta", "PhD candidate, Organocatalysis | IISER Pune", "Pune",
  ("inv", "Dear Prof. Alex, I defend in June (asymmetric organocatalysis, 4 papers, 2 first-author) and I am applying for a Marie Curie fellowship. "
          "Would you consider hosting me in Bologna? I can send a 1-page project idea."))
P("good_invitation", "de", "Dr. Jonas Brückner", "Gruppenleiter Photokatalyse | Universität Regensburg", "Regensburg",
  ("inv", "Hallo Alex, unser Preprint zu Eisen-Photokatalysatoren ist gestern auf ChemRxiv erschienen – Ihre DFT-Rechnungen von 2023 waren dafür zentral. "
          "Ich schicke Ihnen gern die Rohdaten, falls Sie sie vergleichen wollen."))
P("good_invitation", "it", "Ing. Marco Bellavista", "R&D Manager Polimeri | Versalis", "Ravenna",
  ("inv", "Gentile Professore, in Versalis stiamo cercando un partner accademico per un dottorato industriale sul riciclo chimico del PET, "
          "borsa interamente finanziata da noi. Le andrebbe di parlarne a Bologna o a Ravenna?"),
  ("rem",))
P("good_invitation", "fr", "Claire Dubois-Martin", "Maîtresse de conférences | Institut de Chimie de Strasbourg", "Strasbourg",
  ("inv", "Bonjour Alex, j'organise les Journées de chimie organique à Strasbourg en mai, inscription gratuite pour les intervenants et doctorants. "
          "Un exposé de 30 min sur vos cages moléculaires vous tenterait ? On prend en charge le train."))
P("good_invitation", "es", "Lucía Ferrándiz", "Investigadora postdoctoral | ICIQ Tarragona", "Tarragona",
  ("inv", "Hola Alex! Soy Lucía, coincidimos en el póster de Sevilla. Estamos montando un grupo de lectura online sobre química de flujo, "
          "un jueves al mes, gratis y entre colegas. ¿Te apuntas?"))
P("good_invitation", "en", "Hannah Leclerc", "Science journalist | Chemistry World", "London",
  ("inv", "Hi Alex, I'm writing a feature on chemical recycling and a colleague pointed me to your group's depolymerisation work. "
          "Could I ask you a few questions by phone next week? Happy to send them in advance."))


# =============================================================== default_invitation
P("default_invitation", "it", "Gianluca Ferri", "Tecnico di laboratorio", "Modena", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Kevin O'Rourke", "Sales | Lab Solutions | Analytical", "Cork", ("inv", NONOTE))
P("default_invitation", "de", "Sabine Thalmann", "Key Account | Life Sciences", "Basel", ("inv", DEFAULT))
P("default_invitation", "es", "Diego Albarracín", "Estudiante de Química", "Granada", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Stefano Rinaldi", "Area Manager Nord Italia | LabNova Instruments", "Bologna",
  ("inv", "Buongiorno prof., sono il referente LabNova per l'Emilia. Abbiamo in promozione il nuovo HPLC-MS compatto con 18% di sconto per gli atenei "
          "fino a fine marzo. Passo in dipartimento per una demo?"))
P("sales_invitation", "en", "Rachel Kim", "Academic Account Executive | ChemBench ELN", "Boston",
  ("inv", "Hi Alex - most chemistry groups your size still run on paper notebooks and shared drives. ChemBench ELN is FAIR-compliant out of the box. "
          "Worth a 20-min walkthrough? Academic pricing starts at $49/user."),
  ("rem",))
P("sales_invitation", "en", "Dr. Samuel Adeyemi", "Editorial Manager | Global Science Publishers", "Lagos",
  ("inv", "Dear Eminent Professor, your work is of high quality. We invite you to publish in our Journal of Advanced Chemical Sciences. "
          "Publication in 10 days, APC only 699 USD. Kindly connect for details."))
P("sales_invitation", "de", "Thomas Vogler", "Vertrieb Hochschulen | PureSolv Reagents", "Darmstadt",
  ("inv", "Guten Tag, wir beliefern bereits 40 Hochschulinstitute mit Lösungsmitteln in HPLC-Qualität, Lieferung in 48 h auch nach Italien. "
          "Darf ich Ihnen unsere Uni-Preisliste schicken?"))
P("sales_invitation", "en", "Olivia Grant", "Speaker Relations | Keynote World Congress", "Dubai",
  ("inv", "Dear Prof., you are shortlisted as Keynote Speaker at the World Congress on Chemistry & Materials (Dubai, Nov). "
          "Keynote package 1,250 EUR incl. plaque and gala. Shall I reserve your slot?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Dr. Priyanka Rao", "Associate Editor | International Journal of Green Chemistry Letters", "Chennai",
  ("inv", "Respected Professor, we are forming an international board of reviewers in green chemistry. Your expertise will add great value. "
          "Please accept my invitation to be part of our scholarly community."),
  ("msg", "Dear Prof. Alex, thank you for accepting. As our new reviewer you are entitled to submit one article to our Special Issue. "
          "The processing fee for board members is 590 USD (normal 850). Please submit before 15 March.", (3, 8)),
  ("msg", "Respected Professor, kind reminder regarding the Special Issue. We can also include your PhD students as co-authors at the same rate.", (6, 12)))
P("bait_and_switch_invitation", "it", "Davide Monteleone", "Fondatore | Rete Chimici per la Sostenibilità", "Milano",
  ("inv", "Ciao Alex, sto mettendo insieme un piccolo gruppo di docenti e R&D manager che si sentono online una volta al mese per parlare di chimica verde. "
          "Niente di formale, solo scambio. Ti unisci?"),
  ("msg", "Grazie di essere entrato! Ti spiego come funziona: oltre agli incontri offriamo ai gruppi universitari il nostro servizio di scouting bandi europei, "
          "1.800 € a progetto più success fee del 4%. Ti mando l'offerta?"))
P("bait_and_switch_invitation", "de", "Katrin Seidel", "Business Development | SpectraSoft GmbH", "Karlsruhe",
  ("inv", "Hallo Alex, kurze fachliche Frage: Wie werten Sie in Ihrer Gruppe 2D-NMR-Spektren von Käfigverbindungen aus? Ich schreibe gerade einen Vergleich der Methoden."),
  ("msg", "Danke für die Vernetzung! Genau für solche Spektren haben wir SpectraSoft NMR Suite 6 entwickelt. Für Arbeitsgruppen gibt es eine Campuslizenz ab 3.200 € im Jahr. "
          "Hätten Sie nächste Woche 30 Minuten für eine Online-Vorführung?", (2, 6)))
P("bait_and_switch_invitation", "es", "Martín Cordero", "Organizador | Iberian Young Chemists Forum", "Madrid",
  ("inv", "Hola Alex, organizamos un foro gratuito para jóvenes químicos en junio y buscamos mentores para una mesa redonda. Sería genial contar contigo."),
  ("msg", "¡Gracias por conectar! Te cuento: los mentores figuran como patrocinadores académicos, con una aportación de 950 € que da visibilidad a tu grupo en el programa. "
          "¿Te envío la factura proforma a la universidad?"),
  ("msg", "Alex, ¿pudiste ver lo del patrocinio? Cerramos el programa el día 20.", (4, 9)))
P("bait_and_switch_invitation", "it", "Serena Galli", "Consulente brevetti | Galli IP", "Bologna",
  ("inv", "Buongiorno Professore, ho letto il vostro articolo sui catalizzatori a base di ferro: davvero bello. Avrei una curiosità sul meccanismo, possiamo collegarci?"),
  ("msg", "Grazie! A proposito: secondo me quel catalizzatore è brevettabile e rischiate di bruciarvi la novità pubblicando. Il mio studio offre una prima analisi di "
          "brevettabilità a 1.500 € + IVA. Fissiamo un incontro?", (3, 7)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Prof. Viktor Halloran", "Chair | Global Summit on Catalysis & Chemical Engineering", "Singapore",
  ("inm", "Invitation: Plenary Lecture", "Dear Professor Alex, on behalf of the Scientific Committee I am delighted to invite you to deliver a plenary lecture "
          "at our Global Summit in Singapore. Your contributions to catalysis are widely recognised. Kindly share your availability."),
  ("inm", "Re: Invitation: Plenary Lecture", "Dear Professor, thank you for your positive reply. Plenary speakers are requested to complete registration "
          "(Speaker Package: 1,190 USD, accommodation not included) within 7 days to confirm the slot. Payment link enclosed."))
P("bait_and_switch_inmail", "it", "Dott.ssa Paola Caruso", "Ricercatrice indipendente | divulgazione scientifica", "Napoli",
  ("inm", "Domanda su un suo articolo", "Buongiorno Professore, ho letto il suo lavoro su Angewandte sulle gabbie molecolari e non mi è chiaro come avete "
          "stimato le costanti di binding. Avrebbe un minuto per spiegarmelo?"),
  ("inm", "Grazie!", "Grazie mille per la risposta, chiarissima. Colgo l'occasione: collaboro con un'agenzia che cura la comunicazione dei gruppi di ricerca "
          "(video, social, comunicati). Pacchetto base 600 €/mese. Le interesserebbe un preventivo?"))
P("bait_and_switch_inmail", "de", "Bernd Kowalczyk", "Inhaber | Laborplan Kowalczyk", "Dortmund",
  ("inm", "Umfrage Laborsicherheit", "Hallo Alex, wir machen eine kurze, kostenlose Umfrage unter Hochschullaboren zur Abzugssicherheit. Die Ergebnisse bekommen "
          "alle Teilnehmer als Report. Fünf Fragen, zwei Minuten – machen Sie mit?"),
  ("inm", "Ihre Ergebnisse + Angebot", "Danke fürs Mitmachen! Laut Ihren Angaben sind Ihre Abzüge älter als 15 Jahre. Wir planen und liefern komplette Laborsanierungen, "
          "auch in Italien. Ich schicke Ihnen gern ein unverbindliches Angebot, wann passt ein Telefonat?", (3, 8)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Nicola Pedrazzi", "Chimico analitico | Consulente ambientale", "Reggio Emilia",
  ("end",), ("end",),
  ("msg", "Ciao Alex! Ti ho segnalato per {skill}, te lo meritavi tutto. Se hai un attimo mi confermeresti Cromatografia e Analisi ambientale? "
          "Sto cercando nuovi clienti e fa la sua figura. Grazie mille!"))
P("endorse_me_back", "en", "Tariq Hussain", "MSc Chemistry | Looking for R&D roles", "Manchester",
  ("end",),
  ("msg", "Hey Prof, endorsed you for {skill} :) could you endorse me back for Organic Synthesis and Lab Safety? recruiters look at that stuff apparently"))
P("endorse_me_back", "de", "Melanie Strauß", "Laborleiterin | Qualitätskontrolle Pharma", "Ludwigshafen",
  ("end",),
  ("msg", "Hallo Alex, ich habe Ihre Kenntnisse in {skill} bestätigt. Wären Sie so nett, mich im Gegenzug für GMP und HPLC zu bestätigen? "
          "Ich bewerbe mich gerade intern und jede Bestätigung hilft."))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Luca Zanardi", "Ex studente di Chimica | Sales Representative", "Bologna",
  ("inv", "Prof, sono Luca, ero nel suo corso di Chimica organica II. Mi aggiunge?"),
  ("rem",),
  ("inm", "...", "Ah ok, quindi adesso non mi aggiunge neanche su LinkedIn. Già all'esame mi aveva bocciato tre volte per niente, si vede che è proprio un vizio. "
          "Complimenti per l'umiltà, prof."))
P("hostility_after_decline", "en", "Greg Matthews", "Owner | Matthews Lab Equipment Brokers", "Birmingham",
  ("inv", "Alex - we buy and sell refurbished rotavaps, GCs and NMR consoles. Let's connect."),
  ("inm", "Manners", "Sent you an invite two weeks ago and nothing. You academics live in a bubble paid for by taxpayers. "
          "A simple yes or no costs nothing. Unbelievable."))
P("hostility_after_decline", "de", "Dr. Harald Fenske", "Privatdozent | Chemieberater", "Hannover",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Ihre Nichtreaktion", "Sehr geehrte/r Kolleg/in, dass Sie es nicht für nötig halten, auf eine Kontaktanfrage eines habilitierten Fachkollegen zu reagieren, "
          "sagt viel über den Umgangston an italienischen Universitäten. Ich werde das bei Gelegenheit auch so weitergeben."))
P("hostility_after_decline", "es", "Rodrigo Beltrán", "Representante comercial | Vidriería científica", "Valencia",
  ("inv", "Hola Alex, ¿conectamos? Tenemos material de vidrio de laboratorio a muy buen precio."),
  ("inm", "En fin", "Qué poca educación. Ni un 'no gracias'. Luego os quejáis de que la universidad no conecta con la empresa. Que te vaya bonito."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Brandon Fuller", "Regional Manager EMEA | GlassTech Lab Supplies", "Frankfurt",
  ("msg", "Hi Alex, following our chat at ACHEMA: our borosilicate glassware bundle for teaching labs is 25% off this quarter. Want me to send a quote?"),
  ("msg", "Alex, I've sent three emails and two messages now. Frankly it's pretty rude to ignore a supplier who went out of his way for your department. "
          "Don't expect priority when your orders are late."))
P("hostility_connection", "it", "Massimiliano Re", "Titolare | Re Forniture Scientifiche", "Imola",
  ("acc",),
  ("msg", "Grazie per il collegamento Alex! Ti giro il nostro listino consumabili 2026, per l'università facciamo il 12% di sconto. Mi dici chi fa gli ordini da voi?"),
  ("msg", "Vedo che hai letto e non rispondi. Bel modo di trattare chi lavora. Ma tranquillo, con questi professori che si sentono dei baroni ci sono abituato."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Natalie Brooks", "Senior Account Manager, Academia | SpectraSoft", "Cambridge",
  ("msg", "Hi Alex! SpectraSoft 2026 is out with AI peak picking. Your department's licence renews in April - could we hop on a call about upgrading?"),
  ("msg", "Quick follow-up: we're bundling the LC-MS module at no extra cost for renewals signed in March. 15 minutes this week?"),
  ("msg", "Last nudge from me - happy to send a quote directly to your department administrator if that's easier."))
P("connection_only_pitches", "it", "Roberta Vitali", "Agente di commercio | Strumentazione da laboratorio", "Parma",
  ("msg", "Buongiorno Alex, abbiamo appena ricevuto le nuove bilance analitiche a 5 decimali, prezzo riservato ai dipartimenti universitari. Le interessa un'offerta?"),
  ("msg", "Ciao Alex, ti ricordo che la promo sulle stufe da vuoto scade venerdì. Posso passare lunedì in dipartimento a mostrartele?"))
P("connection_only_pitches", "de", "Uwe Hartmann", "Vertriebsingenieur | Rotationsverdampfer & Vakuumtechnik", "Wertheim",
  ("msg", "Hallo Alex, unsere neue Vakuumpumpe ist 40 % leiser und ölfrei – ideal für Praktikumslabore. Darf ich Ihnen ein Angebot für fünf Geräte machen?"),
  ("msg", "Guten Tag Alex, ich hake noch einmal nach: Das Angebot gilt bis Monatsende, danach steigen die Preise. Kurzes Telefonat?"))
P("connection_only_pitches", "fr", "Julien Marchand", "Responsable grands comptes | Logiciels de chimie", "Lyon",
  ("msg", "Bonjour Alex, notre cahier de laboratoire électronique est désormais conforme aux exigences ERC sur les données. Je vous propose une démo en visio ?"),
  ("msg", "Bonjour, je me permets de relancer : une licence d'essai de 60 jours pour votre équipe, puis tarif académique. Quand seriez-vous disponible ?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Alessio Baraldi", "Founder | ChemTutor – ripetizioni di chimica", "Bologna",
  ("msg", "Ciao Alex! Ho lanciato una piattaforma di ripetizioni per studenti di chimica. Ti andrebbe di consigliarla ai tuoi studenti del primo anno? "
          "Ti riconosco il 10% su ogni iscritto."))
P("single_pitch", "en", "Emily Sanders", "Business Development | CRO services for academia", "Oxford",
  ("msg", "Hi Alex, hope the term is going well. We offer outsourced compound characterisation (HRMS, X-ray, elemental) with 5-day turnaround at academic rates. "
          "Shall I send our price list?"))
P("single_pitch", "de", "Felix Brandt", "Gründer | GrantWriter AI", "Berlin",
  ("msg", "Hallo Alex, wir haben ein KI-Tool gebaut, das ERC-Anträge vorformuliert. Gruppen sparen damit bis zu 70 % Schreibzeit. "
          "Testzugang für 199 € im Monat – Interesse an einer Demo?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "it", "Prof.ssa Elena Cortesi", "Professoressa associata di Chimica fisica | Università di Padova", "Padova",
  ("msg", "Ciao Alex, ti metto qui il link al preprint sui MOF che abbiamo caricato su ChemRxiv ieri. C'è anche il vostro campione nelle figure SI, "
          "dimmi se la descrizione va bene prima che lo mandiamo in revisione."),
  ("msg", "Ah, e il 12 marzo facciamo un seminario gratuito con Omar Yaghi in streaming, se vuoi lo giro ai tuoi dottorandi."))
P("connection_brings_value", "en", "Dr. Sarah Whitfield", "Senior Scientist, Process Chemistry | AstraZeneca", "Macclesfield",
  ("msg", "Alex, as promised at the Gordon conference: we can fund a 3-year PhD studentship on flow hydrogenation with your group, no IP strings beyond "
          "the usual first look. I've attached our standard collaboration outline, have a read and tell me what you'd change."))
P("connection_brings_value", "de", "Prof. Dr. Martin Keller", "Lehrstuhl für Anorganische Chemie | TU München", "Garching",
  ("end",),
  ("msg", "Lieber Alex, wir haben eine Stelle für einen Gastdoktoranden (3 Monate, DAAD-finanziert) frei. Falls einer Ihrer Leute Messzeit am Synchrotron braucht, "
          "schicken Sie ihn gern zu uns."))
P("connection_brings_value", "es", "Dra. Ana Belén Ruiz", "Profesora titular de Química Inorgánica | Universidad de Zaragoza", "Zaragoza",
  ("msg", "Hola Alex, te paso el enlace a los cristales que resolvimos la semana pasada, los CIF están en la carpeta compartida. "
          "Si te parece, escribimos juntos la comunicación para el congreso de la RSEQ."))
P("connection_brings_value", "it", "Giorgio Malaguti", "Responsabile Ricerca | Chiesi Farmaceutici", "Parma",
  ("msg", "Alex, la direzione ha approvato il progetto congiunto sulla sintesi continua: finanziamo due assegni di ricerca per 24 mesi. "
          "Ci vediamo in dipartimento giovedì per la convenzione?"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Laura Jennings", "Academic Recruitment | ETH Zürich", "Zürich",
  ("inm", "Full professorship in Sustainable Chemistry - ETH Zürich", "Dear Professor Alex, ETH Zürich has opened a full professorship in sustainable molecular chemistry "
          "(deadline 30 April). The search committee has asked me to reach out to a few candidates directly. I'd be glad to share the call and answer questions."))
P("stranger_inmail_recruiter", "it", "Carlo Ghirardi", "Head Hunter Life Sciences | Ghirardi & Partners", "Milano",
  ("inm", "Posizione Direttore R&D chimica", "Buongiorno Professore, per un gruppo chimico-farmaceutico emiliano cerchiamo un Direttore R&D con forte background accademico. "
          "Posizione a tempo indeterminato, compatibile con un congedo dall'università. Possiamo sentirci in modo riservato?"))
P("stranger_inmail_recruiter", "de", "Miriam Auer", "Talent Acquisition | BASF", "Ludwigshafen",
  ("inm", "Scientific Advisor Katalyse (m/w/d)", "Guten Tag Alex, für unser Katalyse-Team in Ludwigshafen suchen wir einen Scientific Advisor in Teilzeit (20 %), "
          "vereinbar mit einer Professur. Hätten Sie Interesse an einem ersten Gespräch?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jason Moreau", "Partnerships | Global Science Publishers", "London",
  ("inm", "Fast-track publication for your group", "Dear Prof Alex, our indexed journals offer guaranteed publication within 21 days. Group discount: 3 papers for 1,500 USD. "
          "Reply to claim your voucher."),
  ("inm", "Voucher expiring", "Dear Professor, your group voucher expires on Friday. Submit now to lock the discounted APC."))
P("stranger_inmail_sales", "it", "Manuela Serra", "Commerciale | Arredi tecnici per laboratorio", "Bergamo",
  ("inm", "Nuove cappe chimiche", "Gentile Professore, realizziamo cappe chimiche e banconi su misura per laboratori universitari. Le farebbe comodo un sopralluogo gratuito "
          "per un preventivo?"))
P("stranger_inmail_sales", "de", "Oliver Pfeiffer", "Sales Manager | LIMS für Forschung", "Köln",
  ("inm", "LIMS für Ihre Arbeitsgruppe", "Hallo Alex, verwalten Sie Proben und Chemikalien noch in Excel? Unser LIMS ist in zwei Wochen eingerichtet. "
          "Ich zeige es Ihnen gern in 20 Minuten."))
P("stranger_inmail_sales", "fr", "Amélie Roussel", "Chargée d'affaires | Salons scientifiques", "Paris",
  ("inm", "Stand au salon Analyse Industrielle", "Bonjour Alex, il nous reste trois stands « espace recherche » au salon de juin, à 2 400 € HT. "
          "Votre laboratoire y gagnerait en visibilité auprès des industriels. Je vous envoie le dossier ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Dr. Ethan Caldwell", "Founder | OpenSpectra (open NMR database)", "Edinburgh",
  ("inv", "Hi Alex, I run OpenSpectra, a free community database of NMR spectra. Your group's cage compounds would be a great addition, and everything stays CC-BY."),
  ("msg", "Thanks so much for uploading the dataset! Here's a DOI for it, so your students can cite it on their CVs."),
  ("msg", "Hi Alex, we've just launched OpenSpectra Pro: automated structure verification at 2,900 EUR per group per year. As an early contributor you get 20% off. "
          "Could I book 30 minutes with you and your lab manager?", (5, 12)))
P("good_turns_ugly", "it", "Francesca Orlandini", "Dottoranda in Chimica dei materiali | Politecnico di Torino", "Torino",
  ("inv", "Buongiorno Professore, sto scrivendo la review per la tesi sulle gabbie organiche porose e le vorrei chiedere se posso riprodurre una figura del suo articolo del 2024."),
  ("msg", "Grazie mille per il permesso e per i consigli sulla bibliografia! Le mando la bozza del capitolo appena è pronta."),
  ("end",),
  ("msg", "Prof, le ho confermato la competenza in {skill}! Mi farebbe un favore enorme se confermasse anche a me Sintesi organica e Caratterizzazione: "
          "sto mandando candidature per il postdoc."))
P("good_turns_ugly", "de", "Sebastian Roth", "Application Scientist | Mikrowellensynthese", "Leipzig",
  ("inv", "Hallo Alex, ich habe eine Methodensammlung zur mikrowellengestützten Synthese für die Lehre zusammengestellt – kostenlos als PDF. Soll ich sie Ihnen schicken?"),
  ("msg", "Hier ist die Sammlung, viel Erfolg im Praktikum!"),
  ("msg", "Hallo Alex, kleine Info: Die Versuche in der Sammlung laufen am besten auf unserem neuen Reaktor. Für Hochschulen gibt es ein Leasingmodell ab 390 € im Monat. "
          "Passt Ihnen ein Vorführtermin im März?", (4, 10)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Daniele Fabbri", "Area Sales | Reagenti e solventi", "Cesena",
  ("inm", "Offerta solventi", "Salve Professore, le propongo i nostri solventi anidri a prezzo di listino -30% per il dipartimento. Posso inviarle la quotazione?"),
  ("inv", "Buongiorno Alex, ci siamo visti al convegno SCI di Bologna, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "en", "Megan Holt", "Conference Manager | Keynote World Congress", "Dubai",
  ("inv", NONOTE),
  ("inv", "Dear Alex, I'd love to have you in my network - I follow your catalysis work with great interest!"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Dr. Kwame Asante", "Organising Secretary | International Conference on Materials Science", "Accra",
  ("inm", "Honorary Chair invitation", "Dear Professor, in recognition of your outstanding research you are invited to serve as Honorary Session Chair at ICMS 2026 in Rome."),
  ("inm", "Honorary Chair - registration", "Dear Professor, we thank you for accepting. Honorary Chairs are kindly requested to register at the reduced rate of 899 EUR "
          "within 5 working days. Certificate and plaque included."),
  ("inv", "Dear Professor, it would be an honour to connect with you."))
P("reinvite_known_ugly", "it", "Matteo Sgarbi", "Consulente | Finanza agevolata per la ricerca", "Modena",
  ("inv", "Buongiorno prof., aiuto i gruppi di ricerca a ottenere fondi PNRR. Le interessa?"),
  ("inm", "Nessuna risposta", "Vedo che non ha tempo per rispondere. Poi non vi lamentate se i fondi vanno sempre agli altri atenei. Ve lo meritate."),
  ("inv", "Prof, ripartiamo col piede giusto? Mi accetta?"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Hiroshi Tanaka", "Product Specialist | Benchtop NMR", "Düsseldorf",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Since you asked about teaching NMRs at the booth: our 80 MHz benchtop is on offer for universities until June. Want a quote?"))
P("user_invited_pitch_once", "it", "Ilaria Cavalli", "Fondatrice | Cavalli Comunicazione Scientifica", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex, grazie per la richiesta! Visto che stai preparando il progetto ERC, ti lascio il nostro pacchetto di supporto alla scrittura, 3.000 € a proposta. Ne parliamo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Daniel Okafor", "Founder | MolDraw Cloud", "Amsterdam",
  ("acc",),
  ("msg", "Hey Alex, great meeting you at the ACS meeting! MolDraw Cloud does structure drawing + reaction planning in the browser. Campus licence for your department?"),
  ("msg", "Hi again - I can do 30% off if you sign before the end of March. Want me to send the paperwork?"))
P("user_invited_pitch_twice", "de", "Carina Lindner", "Vertrieb Forschungsgeräte | Gloveboxen & Inertgas", "Garching",
  ("acc",),
  ("msg", "Vielen Dank für die Einladung, Alex! Wie besprochen: Unsere Glovebox mit Doppelarbeitsplatz gibt es aktuell zum Messepreis. Soll ich ein Angebot erstellen?"),
  ("msg", "Hallo Alex, das Messeangebot läuft Ende des Monats aus. Darf ich Ihnen das Angebot schon mal unverbindlich zuschicken?"))


# =============================================================== user_invited_value
P("user_invited_value", "it", "Dott. Riccardo Neri", "Ricercatore | CNR-ISOF Bologna", "Bologna",
  ("acc",),
  ("msg", "Ciao Alex, grazie! Come ti dicevo al caffè, lo spettrometro EPR del CNR ha slot liberi ad aprile: se i tuoi dottorandi vogliono misurare i radicali, "
          "basta che mi scrivano. Nessun costo per voi."))
P("user_invited_value", "fr", "Prof. Sophie Lambert", "Professeure de chimie | Université de Genève", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Voici le lien vers nos supports de cours sur la RMN avancée, libres de droits, et le planning de notre école d'été. "
          "Vos doctorants y sont bienvenus, sans frais d'inscription."))
P("user_invited_value", "es", "Javier Montoya", "Jefe de I+D | Repsol Technology Lab", "Móstoles",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Como hablamos en Madrid, tenemos una convocatoria de proyectos colaborativos con universidades sobre reciclado químico, "
          "hasta 150.000 € por proyecto. Te adjunto las bases."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "it", "Prof. Andrea Tassinari", "Direttore di Dipartimento | Chimica \"Giacomo Ciamician\"", "Bologna", ("acc",))
P("acceptance_only", "en", "Dr. Rebecca Stone", "Senior Editor | Nature Chemistry", "London", ("acc",))
P("lone_endorsement", "it", "Chiara Melotti", "Dottoranda | Gruppo di Chimica organica, Bologna", "Bologna", ("end",))
P("lone_endorsement", "es", "Pablo Sanz", "Estudiante Erasmus | Química", "Salamanca", ("end",))


# =============================================================== more voices for the angle
P("good_invitation", "it", "Dott.ssa Valeria Morandi", "Responsabile Ufficio Trasferimento Tecnologico | Università di Modena e Reggio", "Modena",
  ("inv", "Buongiorno Alex, organizziamo il 19 marzo un pomeriggio gratuito sulla valorizzazione dei brevetti universitari, con due spin-off chimici che raccontano com'è andata. "
          "Ci farebbe piacere averla."),
  ("rem",))
P("bait_and_switch_inmail", "es", "Dra. Mónica Salgado", "Directora | Red Latinoamericana de Química Sostenible", "Bogotá",
  ("inm", "Invitación a la Red", "Estimado colega: nos gustaría invitarle a formar parte del comité científico de nuestra red, que reúne a investigadores de diez países "
          "para compartir datos y organizar seminarios abiertos."),
  ("inm", "Comité científico – formalización", "Estimado profesor, gracias por su interés. Para formalizar su incorporación al comité, la cuota anual es de 420 USD, "
          "que incluye la publicación de un artículo en nuestra revista. Le adjunto el enlace de pago.", (4, 9)))
P("hostility_after_decline", "en", "Ryan Castellano", "Former PhD student | Freelance chemist", "Bologna",
  ("inv", "Hey Alex, long time no see. Connect?"),
  ("inm", "Figures", "Still ignoring me after everything I did for that lab. Four years of my life and you couldn't even write a decent reference. "
          "People should know what kind of supervisor you really are."))
P("connection_brings_value", "en", "Prof. Liam O'Sullivan", "Professor of Physical Chemistry | University College Dublin", "Dublin",
  ("msg", "Alex - our joint RSC grant got through the first round! I've put the reviewers' comments in the shared folder. Can we talk Friday about the rebuttal?"))
P("endorse_me_back", "fr", "Mathilde Garnier", "Ingénieure chimiste | Formatrice sécurité", "Grenoble",
  ("end",), ("end",),
  ("msg", "Coucou Alex ! Je t'ai recommandé(e) pour {skill}. Tu pourrais me rendre la pareille sur Sécurité chimique et Formation ? Ça m'aiderait pour mes missions de formatrice 🙏"))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Federica Lanzoni", "federica.lanzoni@studenti.example.it", "Candidatura dottorato – CV",
     "Gentile Professore,\n\nle ho scritto anche su LinkedIn, ma le allego qui CV e abstract della tesi.\n\nCordiali saluti,\nFederica Lanzoni", "it"),
    ("Segreteria Dipartimento di Chimica", "segreteria.chimica@unibo.example.it", "Consiglio di Dipartimento – ordine del giorno",
     "Gentili docenti,\n\nin allegato l'ordine del giorno. Si ricorda che le offerte di fornitura ricevute via LinkedIn vanno inoltrate all'ufficio acquisti.", "it"),
    ("Journal of Advanced Chemical Sciences", "editor@jacs-advanced.example", "Call for papers – APC waiver for eminent authors",
     "Dear Professor,\n\nwe found your profile on LinkedIn. Submit your paper now and get 20% off the APC.", "en"),
    ("ChemRxiv", "noreply@chemrxiv.example", "Your preprint has been posted",
     "Your preprint is now live. Share it with your network on LinkedIn, Bluesky or X.", "en"),
    ("GDCh", "tagungen@gdch.example.de", "Wissenschaftsforum Chemie 2026: Programm",
     "Sehr geehrte Mitglieder,\n\ndas vorläufige Programm ist online. Folgen Sie uns auf LinkedIn für Neuigkeiten.", "de"),
    ("Ryan Castellano", "ryan.castellano@mail.example.com", "reference",
     "Alex,\n\nI asked you on LinkedIn too. I need the reference by Monday.\n\nR.", "en"),
    ("Société Chimique de France", "contact@scf.example.fr", "Journées de chimie organique : inscriptions ouvertes",
     "Chers collègues,\n\nles inscriptions sont ouvertes. Relayez l'annonce sur LinkedIn.", "fr"),
    ("RSEQ", "secretaria@rseq.example.es", "Bienal RSEQ 2026 – envío de comunicaciones",
     "Estimados socios,\n\nel plazo de envío de comunicaciones termina el 31 de marzo. Síguenos en LinkedIn.", "es"),
    ("Ufficio Acquisti Ateneo", "acquisti@unibo.example.it", "MePA: gara strumentazione HPLC",
     "Gentile Professore,\n\nla gara è stata pubblicata. Ricordiamo che i fornitori non possono essere contattati via LinkedIn durante la procedura.", "it"),
    ("Elena Cortesi", "elena.cortesi@unipd.example.it", "Re: preprint MOF",
     "Ciao Alex,\n\nti ho mandato il link anche su LinkedIn, qui c'è il PDF con le SI.\n\nElena", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))
assert len({_p[2] for _p in PEOPLE}) == len(PEOPLE)

ERAS = {_p[2]: "cur" for _p in PEOPLE}

HEADER = [f"# mailbot dev186 evaluation corpus. Generated by scripts/make_corpus_dev186.py (seed {SEED}); do not edit by hand.",
          "# Two months of 2026 of Alex, professor of chemistry in Bologna: PhD applicants, colleagues' preprints, industry partners, predatory journals "
          "and paid keynotes, lab-equipment and software sellers, a rude former student. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev186", SEED, PEOPLE, FOREIGN, spoofs=8, other=12, header=HEADER, eras=ERAS)
