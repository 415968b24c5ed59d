#!/usr/bin/env python3
"""Write mailbot's dev98 corpus: tests/corpus/dev98/*.eml + expected.toml.

The angle: an ordinary fortnight (2 to 15 March 2026) in the LinkedIn inbox of Alex Morgan,
an ordinary finance manager at a mid-sized manufacturer, with LinkedIn's wording in English,
German, French, Spanish and Italian. The proportions are the everyday ones: a lot of
invitations with LinkedIn's default text or no note at all, a lot of short sales notes typed
on a phone (expense apps, factoring, e-invoicing deadlines, offshore bookkeeping, D&O cover,
debt collection), a few good notes that are real (a peer's question on a lease, a free
working-group morning, an alumni evening, a real vacancy), and now and then something ugly:
an endorse-back ask, a sulk after an ignored request, a "peer circle" that turns out to sell
pensions. Most stories start and end inside the fortnight; a few reach back weeks or months
(the earlier mail of people who now invite again, an older pretext whose pitch lands now).

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The dates, the story gaps, the endorsement skills, the
recipient's headline, the job-alert and digest titles, the headlines of spoof-only names
and PYMK suggestions, and the pitches that spoofs carry are swapped in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or the notes of the other
generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev98.py              # writes tests/corpus/dev98
    python scripts/make_corpus_dev98.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260302

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the fortnight (this process only)
FORT_LO = datetime(2026, 3, 2, 6, 30, tzinfo=timezone.utc)
FORT_HI = datetime(2026, 3, 15, 21, 0, tzinfo=timezone.utc)

# gaps between the steps of one story: days, not weeks (a story may still name its own gap)
cs.GAPS.update({"rem": (3, 6), "acc": (0, 0), "end": (0, 3), "msg": (1, 4), "inm": (1, 4)})


def _span(steps) -> tuple[float, float]:
    """The shortest and longest time, in days, from a story's first mail to its last."""
    lo = hi = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        lo += gap[0] + 600 / 86400
        hi += gap[1] + 40000 / 86400
    return lo, hi


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail lands inside the fortnight."""
    lo_span, hi_span = _span(steps)
    lo = FORT_LO - timedelta(days=lo_span)
    hi = FORT_HI - timedelta(days=hi_span)
    if hi <= lo:
        hi = lo + timedelta(hours=12)
    return lo, hi


def _start_date(self, era: str) -> datetime:
    """A story starts in its window; spoofs, digests and foreign mail anywhere in the fortnight."""
    lo, hi = getattr(self, "window", None) or (FORT_LO, FORT_HI)
    self.window = None
    return lo + timedelta(seconds=self.r.randint(0, int((hi - lo).total_seconds())))


mc.Gen.start_date = _start_date
_story = cs.Stories.story


def _story_in_window(self, scenario, lang, name, headline, location, nl, steps):
    self.g.window = _window(steps)
    return _story(self, scenario, lang, name, headline, location, nl, steps)


cs.Stories.story = _story_in_window

# ------------------------------------------------------------------ a finance manager's world (this process only)
SKILLS = {
    "en": ["Financial Reporting", "Budgeting", "Cash Flow Forecasting", "Month-End Close", "Working Capital Management", "Microsoft Excel"],
    "de": ["Finanzberichterstattung", "Budgetierung", "Liquiditätsplanung", "Monatsabschluss", "Controlling", "SAP FI"],
    "fr": ["Reporting financier", "Budgétisation", "Prévisions de trésorerie", "Clôture mensuelle", "Contrôle de gestion"],
    "es": ["Información financiera", "Presupuestos", "Previsión de tesorería", "Cierre contable", "Control de gestión"],
    "it": ["Reporting finanziario", "Budgeting", "Pianificazione della liquidità", "Chiusura contabile", "Controllo di gestione"],
}
RHEADLINE = {"en": "Finance Manager at Example Industries", "de": "Finance Manager bei Example Industries",
             "fr": "Responsable financier chez Example Industries", "es": "Responsable financiero en Example Industries",
             "it": "Responsabile amministrazione e finanza presso Example Industries"}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Finance Manager", "Harlow Components"), ("Head of Finance (m/w/d)", "Weidner Antriebstechnik"),
              ("Responsable administratif et financier", "Groupe Lanvaux"), ("Responsable de Administración y Finanzas", "Conservas Ibarra"),
              ("Responsabile Amministrazione e Finanza", "Lario Meccanica"), ("Senior Finance Manager – Shared Services", "Aldmoor Group")]
retitle_other({
    "en": {"job": ("{n} new jobs for \"finance manager\"", "Your job alert for finance manager in {city}"),
           "news": "Are finance teams ready for the end of paper invoices?", "group": "Top conversations in Finance Managers UK & Ireland",
           "newsletter": "Close Notes: why your forecast is always late"},
    "de": {"job": ("{n} neue Jobs für „Finance Manager“", "Ihr Jobalarm für Finance Manager in {city}"),
           "news": "E-Rechnung: Wie weit ist der Mittelstand?", "group": "Top-Unterhaltungen in Finanzen & Rechnungswesen im Mittelstand",
           "newsletter": "Zahlen, bitte: Liquidität im ersten Quartal"},
    "fr": {"job": ("{n} nouvelles offres pour « responsable financier »", "Votre alerte emploi pour responsable financier à {city}"),
           "news": "Facture électronique : les PME sont-elles prêtes pour septembre ?", "group": "Meilleures discussions dans DAF & Responsables financiers",
           "newsletter": "Trésorerie en clair : le BFR expliqué à votre directeur général"},
    "es": {"job": ("{n} empleos nuevos para «responsable financiero»", "Tu alerta de empleo para responsable financiero en {city}"),
           "news": "¿Están las pymes preparadas para la factura electrónica?", "group": "Conversaciones destacadas en Finanzas y Administración de Empresas",
           "newsletter": "Números claros: cómo defender el presupuesto ante el comité"},
    "it": {"job": ("{n} nuove offerte per «responsabile amministrativo»", "La tua segnalazione di offerte per responsabile amministrativo a {city}"),
           "news": "Le PMI italiane e il costo del credito nel 2026", "group": "Conversazioni principali in Amministrazione, Finanza e Controllo",
           "newsletter": "Il CFO di provincia: il budget che nessuno legge"},
})
mc.COMPANIES["good"] = ["Harlow Components", "Bramwell Foods", "Weidner Antriebstechnik", "Groupe Lanvaux", "Conservas Ibarra", "Lario Meccanica",
                        "Aldmoor Group", "Kestrel Plastics"]
mc.COMPANIES["sales"] = ["Spendwell", "Closewise", "Ledgerline", "FactorNow", "Payhawk Bridge", "Tallyflow", "Recoverix"]
mc.HEADLINES["good"] = ["Finance Manager at {co}", "Financial Controller | {co}", "Head of Finance, {co}", "Management Accountant at {co}",
                        "Treasury Analyst | {co}", "Finance Director at {co}"]
mc.HEADLINES["sales"] = ["Account Executive | {co}", "Business Development Manager at {co}", "Founder @ {co}", "Partnerships | {co}",
                         "Helping finance teams work smarter | {co}"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "noauth",
                       "display:outlook.com", "untrusted:mx.google.com", "lookalike:linkedin-mail.co", "buried", "wrongpass",
                       "nodkim", "lookalike:linkedin.com.secure-notify.example"]
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the Q1 remittance advice with you. Open it here and sign in to download the PDF.",
           "Alex, quick one: our finance team needs you to approve a supplier bank detail change before Friday. Details via the link."],
    "de": ["Hallo {first}, ich habe Ihnen die Zahlungsavis für März freigegeben. Bitte melden Sie sich an, um das Dokument zu öffnen.",
           "Guten Tag, bitte bestätigen Sie die geänderte Bankverbindung unseres Lieferantenkontos über den folgenden Link."],
    "fr": ["Bonjour {first}, je vous ai partagé l'avis de virement de mars. Connectez-vous pour télécharger le PDF.",
           "Bonjour, merci de valider le changement de RIB fournisseur avant vendredi via le lien ci-dessous."],
    "es": ["Hola {first}, te he compartido el aviso de pago de marzo. Inicia sesión para descargar el PDF.",
           "Buenas, necesitamos que confirmes el cambio de cuenta bancaria del proveedor antes del viernes. Detalles en el enlace."],
    "it": ["Ciao {first}, ti ho condiviso l'avviso di pagamento di marzo. Accedi per scaricare il PDF.",
           "Buongiorno, la preghiamo di confermare il cambio IBAN del fornitore entro venerdì tramite il link."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== default_invitation: the daily trickle
P("default_invitation", "en", "Ben Atherton", "Sales Manager at Kingsway Print", "Leeds",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Patrick Neumeier", "Werkstudent Controlling | TU München", "München",
  ("inv", DEFAULT), nl="en")
P("default_invitation", "fr", "Nathalie Roussel", "Assistante comptable chez Groupe Vial", "Lyon",
  ("inv", NONOTE))
P("default_invitation", "es", "Iván Quintero", "Analista financiero | Grupo Aresa", "Madrid",
  ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Roberta Cattaneo", "Impiegata amministrativa presso Ferri Logistica", "Bergamo",
  ("inv", DEFAULT))
P("default_invitation", "en", "Tom Whiteley", "Operations Director | Crestline Packaging", "Birmingham",
  ("inv", NONOTE))
P("default_invitation", "de", "Sandra Kowalczyk", "Bilanzbuchhalterin", "Dortmund",
  ("inv", NONOTE), ("rem",))
P("default_invitation", "it", "Emanuele Pugliese", "Consulente del lavoro | Studio Pugliese", "Bari",
  ("inv", NONOTE))
P("default_invitation", "fr", "Yannick Le Goff", "Responsable administratif et financier", "Rennes",
  ("inv", DEFAULT), ("rem",), ("rem",))
P("default_invitation", "es", "Laia Puigdomènech", "Estudiante de ADE | UPF", "Barcelona",
  ("inv", NONOTE))
P("default_invitation", "en", "Kwame Asante", "Accounts Payable Specialist | open to work", "London",
  ("inv", DEFAULT))


# =============================================================== sales_invitation: short notes, mostly thumbs
P("sales_invitation", "en", "Jordan Pike", "SDR @ Closewise | Month-end close on autopilot", "Bristol",
  ("inv", "Hi Alex, we help finance teams take month-end from 10 working days down to 4. Worth connecting? Happy to send over a 2 min video of how."))
P("sales_invitation", "de", "Marius Albrecht", "Key Account Manager | E-Rechnungsplattform Ledgerline", "Berlin",
  ("inv", "Hallo Herr Morgan, ab 2027 müssen auch Mittelständler E-Rechnungen versenden. Wir stellen Unternehmen wie Ihres in sechs Wochen um. "
          "Gerne vernetzen und kurz austauschen, wo Sie gerade stehen?"))
P("sales_invitation", "fr", "Sophie Vandamme", "Conseillère en gestion de patrimoine | Cadres & dirigeants", "Lille",
  ("inv", "Bonjour Alex, j'accompagne les cadres de la finance sur leur fiscalité perso (PER, SCPI, assurance-vie). Ravie d'échanger si le sujet vous parle !"))
P("sales_invitation", "es", "Carlos Benítez", "Director comercial | Factoring y confirming para pymes", "Sevilla",
  ("inv", "hola alex! trabajamos factoring sin recurso y confirming para industria, te paso condiciones sin compromiso cuando quieras. un saludo"))
P("sales_invitation", "it", "Simone Ferraresi", "Broker assicurativo | D&O e RC professionale", "Modena",
  ("inv", "Buongiorno Alex, mi occupo di polizze D&O per chi lavora in finanza: spesso la copertura aziendale non basta. "
          "Se vuole le preparo un preventivo gratuito in 48 ore."))
P("sales_invitation", "en", "Priyanka Menon", "Managed F&A services | Dedicated offshore accountants", "Pune",
  ("inv", "Hello Alex, hope you are doing well. We provide dedicated offshore accountants from USD 1,400/month, trained on NetSuite and SAP. "
          "Would love to connect and share a few case studies with you."),
  ("rem",))
P("sales_invitation", "de", "Dennis Hartwig", "Gründer | Liquiditätsplanung in Echtzeit", "Hamburg",
  ("inv", "Hi Alex, kurze Frage: wie macht ihr aktuell die 13-Wochen-Liquiplanung? Wir haben da was, das Excel ablöst 😉 Freu mich auf Vernetzung"))
P("sales_invitation", "fr", "Karim Haddad", "Business Developer – Recouvrement de créances B2B", "Marseille",
  ("inv", "Alex, vos impayés clients vous coûtent cher ? On récupère 78 % des créances en moins de 60 jours, rémunération au succès uniquement. Connectons-nous."))
P("sales_invitation", "es", "Montserrat Vidal", "Consultora | Verifactu y facturación electrónica", "Valencia",
  ("inv", "Buenos días Alex. Con Verifactu a la vuelta de la esquina, muchas empresas van tarde con el software de facturación. "
          "Nosotros lo implantamos llave en mano. ¿Conectamos y te cuento?"))
P("sales_invitation", "en", "Gary Lomax", "Spendwell | Expense management that people actually use", "Glasgow",
  ("inv", "Alex - still chasing receipts at month end? 😅 let's connect"))


# =============================================================== good_invitation: few, but real
P("good_invitation", "en", "Harriet Cole", "Finance Manager at Bramwell Foods", "Sheffield",
  ("inv", "Hi Alex, fellow food-sector finance manager here. Saw your comment on the IFRS 16 thread - we're remeasuring a big warehouse lease. "
          "Did you treat the break option as reasonably certain? Would really value 10 min of your view."))
P("good_invitation", "de", "Claudia Reuter", "Leiterin ICV-Arbeitskreis Rhein-Ruhr | Head of Controlling", "Essen",
  ("inv", "Guten Tag Herr Morgan, unser Arbeitskreis trifft sich am 19. März in Essen zu Forecasting mit KI: kostenfrei, auch für Nichtmitglieder, "
          "zwei Praxisberichte aus dem Mittelstand. Ich würde Sie gern dazu einladen."),
  ("rem",))
P("good_invitation", "fr", "Vincent Morel", "DAF | Président du club des DAF du Maine-et-Loire", "Angers",
  ("inv", "Bonjour Alex, nous organisons le 26 mars une matinale gratuite entre responsables financiers sur la facture électronique obligatoire : "
          "retours d'expérience de trois PME, aucun éditeur invité. Je serais ravi de vous y accueillir."))
P("good_invitation", "it", "Paolo Sartori", "Controller presso Lario Meccanica", "Como",
  ("inv", "ciao Alex! sono Paolo, eravamo insieme al master in Cattolica nel 2014. sto organizzando una rimpatriata del corso a Milano il 17 aprile, "
          "offriamo noi, ci sei? ti metto in lista"))
P("good_invitation", "es", "Lucía Arroyo", "Headhunter | Finanzas y Dirección General | Arroyo & Sanz", "Zaragoza",
  ("inv", "Hola Alex, llevo la búsqueda de un/a Director/a Financiero/a para una industrial de Zaragoza (400 empleados). Tu trayectoria encaja muy bien. "
          "¿Conectamos y te paso la descripción del puesto?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Derek Haines", "Founder, Northern Finance Managers' Roundtable", "Manchester",
  ("inv", "Hi Alex, I run a small peer group for finance managers in the North. Monthly virtual roundtable, no vendors, just swapping notes on close, "
          "cash and audits. Thought you'd be a great fit - happy to connect?"),
  ("msg", "Thanks for connecting Alex! Before the next roundtable, I should mention that my day job is as a partner at Fairhaven Wealth. "
          "A lot of finance managers I speak to are under-using their pension allowance. Could I book you in for a complimentary 30-minute review?"),
  ("msg", "Hi Alex, just bumping this. I've got a couple of slots before the tax year end on 5 April, would Tuesday or Thursday suit for that pension review?", (4, 6)))
P("bait_and_switch_invitation", "de", "Julia Brandstetter", "Community Lead | Finance Women DACH", "Wien",
  ("inv", "Hallo Alex, wir bauen gerade eine Community für Finance-Leute in Österreich und Süddeutschland auf, Austausch zu Abschluss, Reporting und Karriere. "
          "Magst du dabei sein?"),
  ("msg", "Hi Alex, danke fürs Annehmen! 😊 Kurz zu mir: Neben der Community berate ich Mittelständler bei der Auswahl von Treasury-Software. "
          "Hättest du nächste Woche 20 Minuten für eine kurze Demo von unserem Cash-Management-Tool? Ist gerade echt spannend für Firmen in eurer Größe."))
P("bait_and_switch_invitation", "es", "Rodrigo Salcedo", "Comunidad Finanzas Pyme | Consultor", "Málaga",
  ("inv", "Hola Alex, hemos preparado una guía gratuita para cerrar el mes en 5 días, con plantillas de conciliación bancaria. Si conectamos te la envío encantado."),
  ("msg", "Alex, como te prometí aquí va la guía: bit.ly/cierre5dias. Te cuento que las plantillas salen de nuestra plataforma de conciliación automática; "
          "¿te agendo una demo de media hora el jueves o el viernes? Tenemos precio especial para pymes hasta fin de mes."))
P("bait_and_switch_invitation", "it", "Fabio Colombo", "Finance Manager | Consulente", "Brescia",
  ("inv", "Ciao Alex, anch'io lavoro nell'amministrazione di un'azienda manifatturiera. Posso farti una domanda su come gestite il budget delle spese IT? "
          "Mi ci sto scervellando da settimane"),
  ("msg", "Grazie del collegamento! Ti confesso che ti scrivevo anche perché da qualche mese collaboro con un fornitore di software di budgeting molto usato nelle PMI. "
          "Ti andrebbe una call conoscitiva di mezz'ora? Posso farti vedere una demo su dati come i vostri.", (2, 5)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Nadia Rahman", "Research Lead | Mid-Market Treasury Benchmark", "London",
  ("inm", "5 questions on FX exposure?",
   "Hi Alex, I'm putting together a short benchmark on how mid-sized manufacturers handle FX exposure. Would you be willing to answer 5 questions? "
   "Everyone who takes part gets the full anonymised results.\n\nThanks,\nNadia"),
  ("inm", "Benchmark + a quick idea",
   "Hi Alex, thanks again for looking at the benchmark. Since you pay suppliers in USD and CNY, our FX platform could save you 0.5 to 1% on every payment "
   "compared with your bank. Could we set up a 20-minute demo next week?\n\nNadia"),
  ("inm", "Re: Benchmark + a quick idea",
   "Alex, last nudge from me: we're running a 3-month free trial for new clients until the end of March. Shall I pencil in Wednesday?", (3, 5)))
P("bait_and_switch_inmail", "de", "Markus Feldhaus", "Initiator Finance Circle Rhein-Main", "Frankfurt am Main",
  ("inm", "Einladung: Kamingespräch für Finanzverantwortliche",
   "Sehr geehrter Herr Morgan,\n\nim Namen des Finance Circle Rhein-Main lade ich Sie zu unserem Kamingespräch am 24. März in Frankfurt ein. "
   "Thema: Finanzierung im Mittelstand bei hohen Zinsen. Für Sie ist die Teilnahme kostenfrei.\n\nBeste Grüße\nMarkus Feldhaus"),
  ("inm", "Vorab zum Kamingespräch",
   "Sehr geehrter Herr Morgan,\n\nkurz zur Einordnung: Ausgerichtet wird der Abend von unserem Partner, einer Beratung für Working-Capital-Optimierung. "
   "Vorab würde ich gern einen 30-minütigen Termin für eine kostenlose Potenzialanalyse Ihres Umlaufvermögens vereinbaren. Passt Ihnen Dienstag um 10 Uhr?\n\nMarkus Feldhaus"))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Shane Doherty", "Credit Controller | Looking for my next role", "Dublin",
  ("end",), ("end",),
  ("msg", "Alex! Endorsed you for {skill} and a couple of others, well deserved 😊 Any chance you could do me for Credit Control and Cash Collection? "
          "Job hunting at the mo and recruiters look at that stuff. Cheers"))
P("endorse_me_back", "es", "Teresa Galindo", "Contable | Técnica de administración", "Murcia",
  ("end",),
  ("msg", "Hola Alex, te he validado {skill}. ¿Me devolverías el favor con Contabilidad de costes? Ando actualizando el perfil. ¡Gracias!!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Ralf Steinbach", "Vertriebsleiter | Zeiterfassung & Lohn für den Mittelstand", "Nürnberg",
  ("inv", "Guten Tag Herr Morgan, wir digitalisieren Zeiterfassung und Lohnvorbereitung für Industriebetriebe. Ein kurzer Austausch lohnt sich bestimmt!"),
  ("rem",),
  ("inm", "Ihre Nicht-Reaktion",
   "Herr Morgan, ich habe Ihnen eine persönliche Anfrage geschickt, und Sie halten es nicht einmal für nötig zu reagieren. "
   "Genau diese Arroganz ist der Grund, warum im deutschen Mittelstand nichts vorangeht. Schönen Tag noch."))
P("hostility_after_decline", "en", "Brad Keller", "Fractional CFO | Helping founders scale", "Leeds",
  ("inv", NONOTE),
  ("inm", "Networking 101",
   "Ignoring a connection request from someone in your own industry? Wow. Networking is a two-way street Alex. Good luck with that attitude, you'll need it."))
P("hostility_after_decline", "fr", "Ludovic Barre", "Éditeur de logiciel de rapprochement bancaire", "Toulouse",
  ("inv", "Bonjour Alex, rapprochement bancaire automatisé en 48h, ça vous dit ? On en parle ?"),
  ("inm", "Ma demande",
   "Vous ignorez ma demande ? Sympa. Je vous proposais simplement de vous faire gagner du temps. Bonne continuation avec vos tableaux Excel, "
   "et un peu de courtoisie ne vous tuerait pas."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Alberto Ruggeri", "Advisor rating bancario e finanza agevolata", "Padova",
  ("msg", "Ciao Alex, ho visto che siete cresciuti parecchio: con il nostro servizio di advisory sul rating bancario le PMI spuntano in media 80 punti base in meno. "
          "Ti mando la presentazione?"),
  ("msg", "Alex, ti ho scritto la settimana scorsa e niente. Capisco che sei impegnato, ma un «no grazie» costa due secondi. Poca educazione, davvero. "
          "Poi non lamentatevi se le banche vi strozzano.", (5, 7)))
P("hostility_connection", "en", "Gemma Lyle", "Director | Interim finance professionals on demand", "Nottingham",
  ("acc",),
  ("msg", "Thanks for accepting Alex! If you ever need interim cover for your close or audit season, we can place a qualified accountant within 48 hours. "
          "Want me to send over our day rates?"),
  ("msg", "Fair enough if you're not interested, but leaving me on read after I took the time to put a proposal together for you is pretty unprofessional. "
          "I'll remember that."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Oliver Brandl", "Sales | Spesen- und Reisekostenabrechnung per App", "München",
  ("msg", "Servus Alex, wie läuft bei euch die Reisekostenabrechnung, noch mit Papierbelegen? Unsere App erkennt Belege automatisch und spielt sie direkt nach DATEV. "
          "Kurze Demo?"),
  ("msg", "Hi Alex, nur kurz nachgehakt: diesen Monat gibt's bei uns die Einrichtung gratis. Soll ich dir einen Termin reinlegen?"),
  ("msg", "Alex, letzter Versuch 🙂 Ich schick dir einfach mal das Angebot für 50 Nutzer, dann kannst du selbst schauen."))
P("connection_only_pitches", "fr", "Mélanie Costa", "Chargée d'affaires | Location longue durée de flottes", "Nantes",
  ("msg", "Bonjour Alex, vous gérez une flotte de véhicules ? Avec la LLD, vous sortez les véhicules du bilan et maîtrisez le budget au mois près. "
          "Je peux vous faire une étude gratuite de votre parc ?"),
  ("msg", "Re-bonjour Alex, je me permets de revenir vers vous : nous avons des tarifs très agressifs sur les utilitaires électriques ce trimestre. "
          "Un appel de 15 minutes cette semaine ?"))
P("connection_only_pitches", "es", "Jaime Olmos", "Auditor de costes energéticos | Solo cobramos si ahorras", "Bilbao",
  ("msg", "Buenas Alex, revisamos facturas de luz y gas de empresas industriales y recuperamos cobros indebidos. Solo cobramos un porcentaje del ahorro. "
          "¿Te interesa que analicemos las de vuestra planta?"),
  ("msg", "Alex, ¿pudiste ver mi mensaje? En la última auditoría a una empresa como la tuya recuperamos 42.000 €. Te lo preparo sin coste."))


# =============================================================== single_pitch
P("single_pitch", "it", "Lorena Bassi", "Account Manager | Travel management aziendale", "Bologna",
  ("msg", "Buongiorno Alex, gestiamo i viaggi di lavoro per aziende come la vostra con un risparmio medio del 18 % e un'unica fattura mensile. "
          "Le andrebbe di vedere la nostra proposta?"))
P("single_pitch", "fr", "Delphine Marchal", "Associée | Cabinet de recrutement finance & comptabilité", "Paris",
  ("msg", "Bonjour Alex, si vous prévoyez de renforcer votre équipe comptable cette année, notre cabinet présente des candidats qualifiés en 10 jours, "
          "honoraires uniquement à l'embauche. Puis-je vous envoyer nos conditions ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Thomas Kessler", "Leiter Rechnungswesen | Kestrel Plastics", "Bielefeld",
  ("end",),
  ("msg", "Moin Alex, hab gerade unsere interne Checkliste für die E-Rechnungs-Umstellung fertig (Empfang, Archivierung, Versand ab 2027). "
          "Kein Anbieterkram, nur unsere Erfahrungen inkl. der Stolpersteine mit DATEV. Soll ich sie dir schicken? War bei uns Gold wert."))
P("connection_brings_value", "es", "Pilar Echeverría", "Responsable de Tesorería | Conservas Ibarra", "San Sebastián",
  ("msg", "Hola Alex! Te paso el modelo de tesorería a 13 semanas que comentamos en el curso del colegio, ya sin datos nuestros. "
          "Está en el enlace de OneDrive, ábrelo cuando quieras. Si te atascas con la hoja de cobros, me dices y lo vemos en 10 minutos."),
  ("msg", "Por cierto, el colegio de economistas ha colgado la grabación de la jornada sobre Verifactu, es gratuita para colegiados. Te dejo el enlace."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Louise Barton", "Senior Consultant – Finance Recruitment | Harcourt Search", "Birmingham",
  ("inm", "Head of Finance – PE-backed manufacturer, Midlands",
   "Hi Alex,\n\nI'm working on a Head of Finance role for a private-equity-backed components manufacturer near Coventry (c. £60m revenue, team of 9). "
   "It's a step up from finance manager, reporting to the CFO, hybrid three days on site, £95-105k plus bonus.\n\n"
   "Your background in manufacturing and month-end would fit well. Open to a confidential chat this week?\n\nLouise"))
P("stranger_inmail_recruiter", "fr", "Amandine Rey", "Talent Acquisition Manager | Groupe Lanvaux", "Grenoble",
  ("inm", "Responsable financier(e) – site de Grenoble",
   "Bonjour Alex,\n\nje recrute pour notre site de Grenoble un(e) responsable financier(e) (équipe de 5, clôtures mensuelles, relation avec les CAC). "
   "CDI, poste à pourvoir en mai. Votre parcours industriel m'a semblé très proche de ce que nous cherchons. "
   "Seriez-vous disponible pour un premier échange téléphonique ?\n\nBien à vous,\nAmandine Rey"))
P("stranger_inmail_recruiter", "it", "Marco Tedeschi", "CFO presso Lario Meccanica", "Lecco",
  ("inm", "Responsabile amministrativo nel mio team",
   "Buongiorno Alex,\n\nsono il CFO di Lario Meccanica e sto cercando direttamente, senza società di selezione, un responsabile amministrativo "
   "che mi affianchi su budget e rapporti con le banche. Ho visto il suo profilo e mi piacerebbe raccontarle il ruolo di persona o al telefono.\n\nCordiali saluti\nMarco Tedeschi"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Stacey Horne", "Account Executive | Tallyflow AP Automation", "Reading",
  ("inm", "Invoices, Alex",
   "Hi Alex, how many supplier invoices does your team key in by hand each month? Tallyflow customers cut AP processing time by 70% in the first quarter. "
   "Open to a quick call on Thursday?"),
  ("inm", "Re: Invoices, Alex",
   "Hi Alex, floating this back to the top of your inbox. I can also just send a 3-minute Loom if that's easier?"))
P("stranger_inmail_sales", "es", "Adrián Cuesta", "Gestor de cuentas | Renting de vehículos para empresas", "Valladolid",
  ("inm", "Renting para tu flota",
   "Hola Alex, te escribo porque ayudamos a empresas industriales a pasar su flota a renting con cuota fija y todo incluido. "
   "¿Tienes 10 minutos esta semana para ver una propuesta?"))
P("stranger_inmail_sales", "it", "Chiara Bonfanti", "Sales Specialist | Note spese digitali", "Torino",
  ("inm", "Note spese senza carta",
   "Buongiorno Alex, con la nostra app i dipendenti fotografano lo scontrino e la nota spese è pronta, conservazione sostitutiva inclusa. "
   "Posso mostrarle una demo di 20 minuti?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Arnaud Lemoine", "DAF de PME industrielle", "Angers",
  ("inv", "Bonjour Alex, je suis DAF d'une PME de l'Ouest. Nous montons un petit groupe de travail entre pairs sur la facture électronique : "
          "partage de retours d'expérience, gratuit, une réunion par mois. Cela vous tenterait ?"),
  ("msg", "Merci Alex ! Comme promis, voici le compte rendu de notre dernière réunion, avec la liste des questions posées à nos plateformes agréées. "
          "Prochaine réunion le 2 avril, en visio.", (3, 5)),
  ("msg", "Alex, en toute transparence : je lance mon activité de conseil en transformation financière. Pour les membres du groupe, "
          "j'ai un forfait d'accompagnement e-facturation à 4 500 € HT. On peut caler 30 minutes pour que je vous le présente ?", (3, 5)))
P("good_turns_ugly", "en", "Megan Tully", "Finance Business Partner | Aldmoor Group", "Newcastle",
  ("inv", "Hi Alex, I'm hosting a free lunchtime webinar on rolling forecasts next Thursday, 1 CPD hour, no vendors, just three finance managers comparing notes. "
          "Would love you to join!"),
  ("msg", "Thanks for connecting Alex! The joining link for Thursday is below. I've also attached the driver-based forecast template I mentioned, "
          "it's yours to keep whether you make it or not.", (2, 4)),
  ("end",),
  ("msg", "Hey Alex, I've endorsed you for {skill}! Would you mind endorsing me for Forecasting and Business Partnering? "
          "I'm going for a promotion and every bit helps 🙏", (1, 2)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "it", "Daniele Gatti", "Consulente | Cessione crediti e finanza d'impresa", "Verona",
  ("inm", "Liquidità immediata",
   "Buongiorno Alex, la sua azienda ha crediti verso clienti a 90-120 giorni? Li trasformiamo in liquidità in 72 ore, senza segnalazione in Centrale Rischi. "
   "Possiamo sentirci?"),
  ("inv", "Ciao Alex, seguo da tempo i tuoi post sul controllo di gestione, mi farebbe davvero piacere averti nella mia rete.", (100, 110)))
P("reinvite_known_bad", "en", "Craig Mullen", "Business Development | Managed IT for finance teams", "Bolton",
  ("inv", DEFAULT),
  ("inv", "Hi Alex, trying again! Would be good to be connected, I'm local and I reckon we know a few of the same people.", (120, 130)))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Norbert Fiedler", "Inhaber | Fördermittelberatung", "Kassel",
  ("inv", "Herr Morgan, wir holen für Mittelständler im Schnitt 120.000 € Fördermittel ab. Vernetzen wir uns?"),
  ("inm", "Keine Antwort ist auch eine Antwort",
   "Herr Morgan, dass Sie meine Anfrage einfach liegen lassen, sagt viel über Ihre Einstellung aus. Mit so einer Haltung verschenken Sie Geld. Ich wünsche trotzdem viel Erfolg.", (9, 11)),
  ("inv", "Guten Tag Herr Morgan, vielleicht hatten wir einen schlechten Start. Ich würde mich trotzdem gern mit Ihnen vernetzen.", (140, 143)))
P("reinvite_known_ugly", "es", "Hugo Carrasco", "Divulgador financiero | Finanzas para directivos", "Madrid",
  ("inm", "Encuesta sobre cierre contable",
   "Hola Alex, estoy haciendo una pequeña encuesta entre responsables financieros sobre cuánto tardáis en cerrar el mes. Son 3 preguntas y comparto el informe con todos."),
  ("inm", "Gracias por participar",
   "Alex, gracias por tu tiempo. Aprovecho: tengo un programa de mentoring para responsables financieros que quieren dar el salto a CFO, 6 sesiones por 1.900 €. "
   "Esta semana hay descuento del 20 %, ¿lo hablamos?", (3, 6)),
  ("inv", "Hola Alex, me encantaría tenerte en mi red, comparto contenido sobre finanzas corporativas cada semana.", (95, 105)))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Owen Pritchard", "R&D Tax Relief Specialist | Pritchard Advisory", "Cardiff",
  ("acc",),
  ("msg", "Thanks for the invite Alex, good to meet you at the ICAEW breakfast. Quick one while I have you: most manufacturers we look at "
          "under-claim R&D relief. We work on a no-win-no-fee basis, worth a 20 min call?"))
P("user_invited_pitch_once", "es", "Sergi Batlle", "Partner | Outsourcing contable y fiscal", "Girona",
  ("acc",),
  ("msg", "Gracias por conectar Alex! Ya que estamos, si algún día necesitáis externalizar la contabilidad de la filial o los impuestos, "
          "tenemos tarifa plana desde 650 €/mes. Te dejo mi contacto."))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "it", "Stefano Lupi", "Key Account | Software gestionale ERP per PMI", "Reggio Emilia",
  ("acc",),
  ("msg", "Ciao Alex, grazie per il collegamento! Visto che lavori in amministrazione, ti segnalo che a maggio lanciamo il modulo di tesoreria del nostro gestionale. "
          "Ti interessa una demo?"),
  ("msg", "Ciao Alex, ti riscrivo per la demo del modulo tesoreria: ho ancora due slot la prossima settimana, martedì alle 11 o giovedì alle 15. Quale preferisci?"))
P("user_invited_pitch_twice", "fr", "Hélène Carpentier", "Courtière en assurance-crédit", "Bordeaux",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Une question : vos créances export sont-elles assurées ? Je peux vous obtenir une cotation en 5 jours."),
  ("msg", "Bonjour Alex, je reviens vers vous pour l'assurance-crédit. Les primes augmentent au 1er avril, ce serait dommage de ne pas bloquer le tarif. "
          "On s'appelle ?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Fiona Grady", "Group Financial Controller | Kestrel Plastics", "Belfast",
  ("acc",),
  ("msg", "Thanks for the invite Alex! As promised at the ACCA event, here's the intercompany rec template we use across our four entities. "
          "Nothing fancy but it's cut two days off our close. Shout if the macros misbehave."))
P("user_invited_value", "de", "Jens Hollmann", "Head of Finance | Weidner Antriebstechnik", "Bremen",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie am Telefon besprochen: Unser Wirtschaftsprüfer hat eine sehr gute Übersicht zu den neuen Anforderungen "
          "bei der Verfahrensdokumentation gemacht. Ich hab sie dir per Mail geschickt, darfst du gern intern weitergeben."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Bastien Delorme", "Contrôleur de gestion industriel | Groupe Lanvaux", "Angers", ("acc",))
P("acceptance_only", "it", "Serena Marchetti", "Responsabile tesoreria | Lario Meccanica", "Lecco", ("acc",))
P("lone_endorsement", "es", "Marina Lozano", "Excompañera | Técnica contable", "Zaragoza", ("end",))
P("lone_endorsement", "de", "Uwe Pfeiffer", "Kreditorenbuchhalter | Weidner Antriebstechnik", "Bremen", ("end",))


# =============================================================== more of the everyday mix
P("sales_invitation", "fr", "Thibaud Renaud", "Fondateur | Cabinet d'optimisation des charges sociales", "Lyon",
  ("inv", "Hello Alex, we help French SMEs recover overpaid payroll charges, paid on results only. Happy to connect!"), nl="en")
P("single_pitch", "es", "Elena Sarrión", "Consultora SAP Business One | Partner", "Alicante",
  ("msg", "Hola Alex!! Vi que estáis creciendo, si en algún momento os planteáis cambiar de ERP, implantamos SAP Business One en 8 semanas. Te dejo mi tarjeta por aquí 😊"))
P("stranger_inmail_sales", "fr", "Gaëlle Pruvost", "Responsable grands comptes | Plateforme de dématérialisation", "Lille",
  ("inm", "Facture électronique : êtes-vous prêt ?",
   "Bonjour Alex, au 1er septembre 2026 toutes les entreprises devront pouvoir recevoir des factures électroniques. "
   "Notre plateforme agréée vous met en conformité en quelques semaines. Puis-je vous proposer une démonstration ?"))
P("connection_brings_value", "it", "Ilaria Fumagalli", "Responsabile amministrazione | ANDAF Lombardia", "Milano",
  ("msg", "Ciao Alex, ti giro l'invito: giovedì 26 marzo ANDAF fa un incontro gratuito sulla riforma della crisi d'impresa e gli adeguati assetti, "
          "valido per la formazione dei commercialisti. Se ti iscrivi ci vediamo lì!"))
P("user_invited_pitch_once", "it", "Riccardo Mele", "Promotore finanziario | Private banking", "Napoli",
  ("acc",),
  ("msg", "Grazie per l'invito Alex! Se ti fa piacere, ti preparo un check-up gratuito del tuo portafoglio personale, senza impegno."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Harriet Cole", "harriet.cole@bramwellfoods.example", "IFRS 16 break option - sorry to chase",
     "Hi Alex,\n\nI sent you a LinkedIn request too but thought email might be quicker. If you have ten minutes this week for the lease question, "
     "I'd be very grateful.\n\nHarriet", "en"),
    ("Karen Whitlow", "karen.whitlow@example.net", "Month-end timetable March",
     "Hi all,\n\nattached is the March close timetable. Alex, can you check the accruals deadline? Also, someone called Jordan from Closewise has been "
     "messaging half the team on LinkedIn, please don't reply.\n\nKaren", "en"),
    ("ICV Geschäftsstelle", "info@icv-mail.example", "Einladung Arbeitskreis Rhein-Ruhr, 19. März",
     "Sehr geehrte Damen und Herren,\n\nanbei die Agenda des Arbeitskreises. Die Anmeldung läuft über unsere Website; Fotos der Veranstaltung teilen wir "
     "anschließend auf LinkedIn.", "de"),
    ("Lohnbuchhaltung", "lohn@example.net", "Abrechnung Februar – Rückfragen",
     "Hallo Alex,\n\nzwei Rückfragen zur Februarabrechnung. Übrigens hat mich ein Herr Steinbach über LinkedIn angeschrieben, wegen Zeiterfassung. "
     "Kennst du den?\n\nGruß\nPetra", "de"),
    ("Club des DAF 49", "contact@clubdaf49.example", "Matinale facture électronique – programme",
     "Bonjour,\n\nvoici le programme de la matinale du 26 mars. Vincent Morel vous a peut-être déjà contacté via LinkedIn. Inscription gratuite sur le site.", "fr"),
    ("Cabinet Fournier", "secretariat@cabinet-fournier.example", "Liasse fiscale – pièces manquantes",
     "Bonjour Monsieur Morgan,\n\nil nous manque encore le tableau des immobilisations. Nous avons aussi vu votre nouveau poste sur LinkedIn : félicitations !", "fr"),
    ("Colegio de Economistas", "formacion@economistas.example", "Jornada Verifactu – grabación disponible",
     "Estimado/a colegiado/a,\n\nya está disponible la grabación de la jornada. Síguenos en LinkedIn para no perderte las próximas convocatorias.", "es"),
    ("Banco Cántabro Empresas", "empresas@bancocantabro.example", "Su gestor le informa: nueva línea de confirming",
     "Estimado cliente,\n\nsu gestor ha intentado contactar con usted también por LinkedIn. Le recordamos que nunca le pediremos claves por esa vía.", "es"),
    ("Segreteria ANDAF", "segreteria@andaf-mail.example", "Incontro 26 marzo: conferma iscrizione",
     "Gentile socio,\n\nconfermiamo la sua iscrizione all'incontro del 26 marzo. Se lo desidera, condivida l'evento su LinkedIn con i colleghi.", "it"),
    ("Paolo Sartori", "paolo.sartori@gmail.example", "rimpatriata master!",
     "Alex!! ti ho mandato la richiesta su linkedin ma non so se lo guardi mai. 17 aprile, Milano, zona Navigli. fammi sapere!\n\nPaolo", "it"),
    ("IT Security", "security@example.net", "Phishing alert: fake LinkedIn payment notices",
     "Dear colleagues,\n\nwe are seeing fake LinkedIn messages about remittance advice and supplier bank changes. Do not click, forward them to security@example.net.", "en"),
    ("Amazon Business", "no-reply@amazon-business.example", "Your order has shipped",
     "Your order of 2 items (Excel Formulas & Functions; Notebook A5) has shipped. Sold by Amazon. Share your favourite finance reads on LinkedIn!", "en"),
    ("Dad", "mike.morgan@example.org", "that linkedin thing",
     "Hi,\n\nI got an email saying you want to connect on LinkedIn. Is that really you or one of those scams? Mum says ring her.\n\nDad", "en"),
    ("Zoom", "no-reply@zoom.example", "Recording available: Rolling forecasts – finance managers' lunch",
     "The cloud recording of 'Rolling forecasts – finance managers' lunch' is now available. Host: Megan Tully. Shared via LinkedIn event.", "en"),
]


# ------------------------------------------------------------------------- checks and builder
for _s in PEOPLE:
    for _step in _s[6]:
        if _step[0] == "inv" and _step[1] not in (DEFAULT, NONOTE):
            assert len(_step[1]) <= 300, (_s[2], len(_step[1]))

ERAS = {s[2]: "cur" for s in PEOPLE}
HEADER = [f"# mailbot dev98 corpus. Generated by scripts/make_corpus_dev98.py (seed {SEED}); do not edit by hand.",
          "# An ordinary fortnight in March 2026 of an ordinary finance manager, five languages: many default-text invitations and short "
          "sales notes, a few real good notes, the occasional hostile message or endorse-back ask. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev98", SEED, PEOPLE, FOREIGN, spoofs=12, other=16, header=HEADER, eras=ERAS)
