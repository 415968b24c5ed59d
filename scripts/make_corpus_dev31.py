#!/usr/bin/env python3
"""Write mailbot's thirty-first, independent development corpus: tests/corpus/dev31/*.eml + expected.toml.

The angle: the pandemic and after, 2020 to 2023, seen from Alex's inbox (a finance controller at a
mid-sized manufacturer). Everything became a webinar, a virtual summit, a Zoom coffee or an online
community. Free online events, study groups and shared lockdown templates (good) sit next to paid
virtual summits and 'all-access passes', PPE and home-office sellers, e-signature, VPN, desk-booking
and webinar-platform vendors, Covid-relief and subsidy consultants (bad). People who were laid off or
put on furlough ask peers for advice and referrals (good), or turn freelance and sell their day rate
(bad). Slack, WhatsApp, Discord and Telegram communities, virtual coffees and free webinars turn into
sales funnels once connected (ugly), and the ignored get bitter in lockdown registers (ugly). The mail
moves from the 2016 layout in 2020 to the current layout in 2022-2023, with a mix in between.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, job-alert titles, the LinkedIn News, group and
newsletter subjects, the headlines of spoof-only names and PYMK suggestions, the pitches that spoofs
carry, the spoof methods, and the date windows are swapped for 2020-2023 ones in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md alone, without
reading mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev31.py              # writes tests/corpus/dev31
    python scripts/make_corpus_dev31.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
import types
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20200316

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ the 2020-2023 world (this process only)
SKILLS = {
    "en": ["Cash Flow Forecasting", "Financial Reporting", "Remote Team Leadership", "Budgeting", "Power BI", "IFRS"],
    "de": ["Liquiditätsplanung", "Controlling", "Führung virtueller Teams", "Budgetierung", "Power BI"],
    "fr": ["Prévisions de trésorerie", "Contrôle de gestion", "Management à distance", "Budget", "Power BI"],
    "es": ["Previsión de tesorería", "Control de gestión", "Liderazgo de equipos remotos", "Presupuestos", "Power BI"],
    "it": ["Previsioni di cassa", "Controllo di gestione", "Gestione di team da remoto", "Budgeting", "Power BI"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.JOBS[:] = [("Financial Controller (remote, UK)", "Northwind Robotics"), ("Head of FP&A – hybrid", "Dunmore Foods"),
              ("Controller (m/w/d) – mobiles Arbeiten möglich", "Alpenmetall"), ("Cost Accountant, home-based", "Ashgrove Plastics"),
              ("Contrôleur de gestion industriel (télétravail partiel)", "Groupe Lunor")]
mc.COMPANIES["good"] = ["Ashgrove Plastics", "Dunmore Foods", "Alpenmetall", "Northwind Robotics", "Conservas del Cantábrico",
                        "Gruppo Ferretti Imballaggi", "Krone Armaturen"]
mc.COMPANIES["sales"] = ["SummitPass", "HopSpace", "DeskFlow", "RemoteReady", "ZoomBoost Academy", "SafeGuard PPE", "CloudSign Pro"]
mc.HEADLINES["good"] = ["Financial Controller at {co}", "Head of FP&A | {co}", "Finance Manager at {co} | working remotely",
                        "Cost Accountant at {co}", "CFO at {co}"]
mc.HEADLINES["sales"] = ["Account Executive at {co}", "Helping finance teams work from anywhere | {co}", "Founder @ {co} | Virtual events",
                         "Partnerships | {co}", "Sales Manager EMEA at {co}"]
_OTHER = {
    "en": dict(job=("{n} new jobs for \"remote financial controller\"", "Your job alert for remote financial controller in {city}", "View job"),
               news=("Is the office ever coming back?", "Top stories for you from LinkedIn News"),
               group=("Top conversations in Remote Finance Teams", "Here are the top conversations in your group this week"),
               newsletter=("Closing the books from the kitchen table", "New edition of a newsletter you subscribed to")),
    "de": dict(job=("{n} neue Jobs für „Controller remote“", "Ihr Jobalarm für Controller remote in {city}", "Job anzeigen"),
               news=("Homeoffice-Pflicht: Was Arbeitgeber jetzt wissen müssen", "Top-Meldungen von LinkedIn News für Sie"),
               group=("Top-Unterhaltungen in Controlling im Homeoffice", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
               newsletter=("Controlling nach der Krise: was bleibt", "Neue Ausgabe eines Newsletters, den Sie abonniert haben")),
    "fr": dict(job=("{n} nouvelles offres pour « contrôleur de gestion télétravail »", "Votre alerte emploi pour contrôleur de gestion télétravail à {city}", "Voir l'offre"),
               news=("Télétravail : les entreprises font leurs comptes", "Les actualités du jour de LinkedIn News"),
               group=("Meilleures discussions dans DAF & Contrôleurs en télétravail", "Voici les meilleures discussions de votre groupe cette semaine"),
               newsletter=("Piloter la trésorerie après le PGE", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné")),
    "es": dict(job=("{n} empleos nuevos de «controller en remoto»", "Tu alerta de empleo de controller en remoto en {city}", "Ver empleo"),
               news=("¿Vuelta a la oficina o teletrabajo para siempre?", "Noticias destacadas de LinkedIn Noticias"),
               group=("Conversaciones destacadas en Financieros en Remoto", "Estas son las conversaciones más destacadas de tu grupo"),
               newsletter=("Tesorería después de los ERTE", "Nueva edición de un boletín al que estás suscrito")),
    "it": dict(job=("{n} nuove offerte per «controller da remoto»", "Il tuo avviso di lavoro per controller da remoto a {city}", "Visualizza offerta"),
               news=("Smart working: cosa cambia dopo l'emergenza", "Le notizie principali di LinkedIn Notizie"),
               group=("Conversazioni principali in Controller in smart working", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
               newsletter=("Il bilancio ai tempi dei ristori", "Nuova edizione di una newsletter a cui sei iscritto")),
}
for _l, _o in _OTHER.items():
    mc.OTHER[_l].update(_o)
SPOOF_PITCH = {
    "en": ["Hi Alex, I shared the Zoom recording of yesterday's finance webinar with you. Sign in with your LinkedIn password to watch it before the link expires.",
           "Your all-access pass for the Virtual CFO Summit is reserved. Confirm your card details within 24 hours to keep your seat."],
    "de": ["Hallo Alex, ich habe Ihnen die Aufzeichnung des Webinars freigegeben. Bitte melden Sie sich mit Ihren LinkedIn-Daten an, der Link läuft heute ab.",
           "Ihr Ticket für den virtuellen CFO-Gipfel ist reserviert. Bitte bestätigen Sie innerhalb von 24 Stunden Ihre Zahlungsdaten."],
    "fr": ["Bonjour Alex, je vous ai partagé l'enregistrement du webinaire d'hier. Connectez-vous avec vos identifiants LinkedIn pour le visionner.",
           "Votre pass intégral pour le Sommet virtuel des DAF est réservé. Confirmez vos coordonnées bancaires sous 24 h."],
    "es": ["Hola Alex, te he compartido la grabación del webinar de ayer. Inicia sesión con tu cuenta de LinkedIn para verla antes de que caduque.",
           "Tu pase completo para la Cumbre Virtual de CFOs está reservado. Confirma los datos de tu tarjeta en 24 horas."],
    "it": ["Ciao Alex, ti ho condiviso la registrazione del webinar di ieri. Accedi con le credenziali LinkedIn per vederla prima che scada.",
           "Il tuo pass completo per il Summit virtuale dei CFO è prenotato. Conferma i dati della carta entro 24 ore."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.SPOOF_METHODS = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                    "display:outlook.com", "untrusted:mx.example.org", "buried", "lookalike:linkedin-mail.co", "wrongpass",
                    "noauth", "lookalike:linkedin.com.secure-notify.example"]

# Date windows: the 2016 layout for most of 2020 and early 2021, the current one after, a mix in between.
ERA_WINDOW = {"2016": ("2020-01-15", "2021-04-30"), "cur": ("2021-02-01", "2023-11-30")}
WHEN: dict[str, str] = {}     # name -> "YYYY-MM": the month the person's story starts
ERAS: dict[str, str] = {}     # name -> layout era

PEOPLE: list[tuple] = []
_add = adder(PEOPLE)


def P(scenario: str, lang: str, name: str, headline: str, location: str, *steps, when: str, era: str | None = None, nl: str | None = None) -> None:
    """adder() plus the month the story starts; the layout follows the year unless given."""
    year, month = map(int, when.split("-"))
    WHEN[name] = when
    ERAS[name] = era or ("2016" if year == 2020 or (year == 2021 and month <= 4) else "cur")
    _add(scenario, lang, name, headline, location, *steps, nl=nl)


# =============================================================== good_invitation
P("good_invitation", "en", "Rebecca Thorne", "Financial Controller | Ashgrove Plastics", "Leeds",
  ("inv", "Hi Alex, a few of us controllers in manufacturing started a Friday 4pm Zoom during lockdown to compare notes on furlough "
          "accounting and cash forecasting. No vendors, no slides, about 10 people. You'd be very welcome."),
  ("rem",), when="2020-04")
P("good_invitation", "de", "Henrik Auerbach", "Leiter Rechnungswesen | Krone Armaturen GmbH", "Bielefeld",
  ("inv", "Hallo Alex, der Arbeitskreis Controlling unserer IHK trifft sich jetzt online. Nächster Termin 3.12., Thema Kurzarbeitergeld "
          "und Rückstellungen im Abschluss 2020. Teilnahme kostenlos, die Einwahldaten schicke ich gern. Gruß Henrik"),
  when="2020-11")
P("good_invitation", "fr", "Laurence Dumontet", "Contrôleuse de gestion – en recherche active | ex-Airvance", "Toulouse",
  ("inv", "Bonjour Alex, je fais partie de la vague de départs chez Airvance (merci le Covid…). Je me réoriente vers l'industrie et "
          "j'aimerais votre regard de contrôleur sur le secteur : 20 min en visio quand vous voulez ? Merci d'avance."),
  ("rem",), when="2020-09")
P("good_invitation", "es", "Marina Escudero", "FP&A Manager | #OpenToWork", "Valencia",
  ("inv", "Hola Alex, me he quedado sin puesto tras el ERE de enero en Kelbra. Vi que buscáis un analista de costes: ¿sabes si lo lleva "
          "el equipo directamente o va por agencia? Cualquier pista me ayuda. ¡Gracias!"),
  when="2023-02")
P("good_invitation", "it", "Stefano Valli", "CFO | Volontario Rete Controller Nord-Est", "Padova",
  ("inv", "Ciao Alex, il 17 giugno facciamo in streaming l'incontro annuale sul bilancio 2020 e i contributi a fondo perduto. "
          "Gratuito, vale 3 crediti di formazione continua. Ti mando il link per iscriverti?"),
  ("rem",), when="2021-05")
P("good_invitation", "en", "Priyanka Raman", "Senior Finance Manager | Hybrid since 2021", "Bristol",
  ("inv", "Alex, saw your comment about running the close with half the team on Teams and half in the office. Same fight here. "
          "I wrote up our hybrid close calendar + checklist, happy to send it, and I'd love to hear what broke for you."),
  when="2021-10")


# =============================================================== default_invitation
P("default_invitation", "en", "Gavin Mortimer", "Director | Virtual Event Solutions", "Manchester", ("inv", DEFAULT), ("rem",), when="2020-06")
P("default_invitation", "de", "Sandra Pfeiffer", "Remote Work Consultant | New Work Coach", "Nürnberg", ("inv", NONOTE), when="2022-03")
P("default_invitation", "it", "Roberto Caputo", "Business Development | Soluzioni per lo smart working", "Bari", ("inv", DEFAULT), when="2021-02")
P("default_invitation", "fr", "Julien Massart", "Étudiant en master CCA | recherche alternance", "Rennes", ("inv", DEFAULT), ("rem",), when="2022-09")


# =============================================================== sales_invitation
P("sales_invitation", "en", "Dwayne Corcoran", "Head of Partnerships | FinanceForward Virtual Summit", "London",
  ("inv", "Hi Alex - FinanceForward 2021 is fully virtual, 60+ CFO speakers over 3 days. The All-Access Pass ($499, early bird $299 "
          "till Friday) includes every recording for a year. Can I hold passes for you and your team?"),
  when="2021-01", era="cur")
P("sales_invitation", "de", "Oliver Brandstätter", "Sales Manager DACH | TeamDesk – digitales Arbeiten", "München",
  ("inv", "Hallo Alex, das Home-Office bleibt. Mit TeamDesk laufen Freigaben und Belege digital, ohne dass jemand ins Büro muss. "
          "Hätten Sie nächste Woche 20 Minuten für eine Online-Demo?"),
  ("rem",), when="2020-05")
P("sales_invitation", "es", "Fernando Ugarte", "Controller freelance | Interim | ex-Grupo Ribera", "Bilbao",
  ("inv", "Hola Alex, tras el ERTE me he establecido como controller interim. Si necesitáis refuerzo para el cierre o el presupuesto "
          "2021, trabajo en remoto a 450 €/día, disponible en noviembre. ¿Te paso mi propuesta?"),
  when="2020-10")
P("sales_invitation", "it", "Giada Morandi", "Founder | ExcelPro Academy – corsi online", "Milano",
  ("inv", "Ciao Alex! Il nostro corso online 'Power BI per il controllo di gestione' riparte a settembre: 8 settimane live su Zoom, "
          "390 € a persona, -20% per team da 3. Ti mando il programma?"),
  when="2022-06")


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Nathan Kessler", "Community Lead | The Close Club (Slack)", "Chicago",
  ("inv", "Hey Alex, I started a free Slack for finance folks who got thrown into remote closes this spring. ~600 members now, channels "
          "for month-end, audit and plain venting. Want an invite link?"),
  ("msg", "Glad you joined The Close Club! Quick heads up since you're in manufacturing: the team behind the Slack also built CloseLoop, "
          "a remote close checklist tool. Members get 3 months at 50% off. Shall I set up a demo with our AE this week?", (4, 15)),
  ("msg", "Hi Alex, circling back on CloseLoop - the member discount ends on the 31st. Happy to send the order form straight over if that's easier.", (10, 25)),
  when="2020-07")
P("bait_and_switch_invitation", "de", "Carsten Wiedemann", "Gründer | Finanzer-Runde Mittelstand (WhatsApp)", "Hamburg",
  ("inv", "Moin Alex, wir haben im Lockdown eine WhatsApp-Runde für Finanzleute aus dem Mittelstand gegründet: kurzer Draht, ehrliche "
          "Antworten, kein Verkauf. Magst du dazukommen? Dann schick ich dir den Link."),
  ("msg", "Schön, dass du dabei bist! Kleine Info nebenbei: hauptberuflich berate ich Geschäftsführer und Finanzleiter zur privaten "
          "Altersvorsorge und Vermögensstruktur. Gerade bei den Niedrigzinsen lohnt ein Blick. Wollen wir mal 30 Minuten telefonieren?"),
  when="2020-12")
P("bait_and_switch_invitation", "fr", "Sabrina Lecoq", "Fondatrice | Les Matinales Finance", "Lyon",
  ("inv", "Bonjour Alex, j'organise chaque mois un webinaire gratuit entre DAF et contrôleurs : retours d'expérience, pas de commercial. "
          "Le prochain porte sur le prévisionnel de trésorerie après le PGE. Je vous envoie l'invitation ?"),
  ("msg", "Merci d'avoir rejoint le réseau ! Bonne nouvelle : notre Sommet annuel a lieu en ligne en mai. Le Pass Intégral (replays + ateliers) "
          "est à 590 € HT, et j'ai un code -25 % réservé à mon réseau jusqu'à vendredi. Je vous inscris ?", (6, 20)),
  when="2021-03", era="cur")
P("bait_and_switch_invitation", "es", "Tomás Villalba", "Coach ejecutivo | Cafés virtuales para líderes", "Madrid",
  ("inv", "Hola Alex, desde el confinamiento hago 'cafés virtuales' de 20 minutos con responsables financieros para hablar de cómo "
          "llevamos el teletrabajo. Sin agenda, solo conversar. ¿Te apetece uno?"),
  ("msg", "Gracias por el café de ayer, Alex. Me quedé pensando en lo que contaste del cansancio del equipo. Justo para eso tengo un "
          "programa de coaching de 8 sesiones para mandos en remoto (1.200 €). ¿Te lo planteo para ti o para todo el equipo?"),
  when="2021-06")
P("bait_and_switch_invitation", "it", "Alessio Brambilla", "Fondatore community Discord 'Finanza 3.0'", "Torino",
  ("inv", "Ciao Alex, ho aperto un server Discord dove professionisti della finanza parlano di blockchain e tokenizzazione sul serio, "
          "niente hype. Ti va di entrare? Cerco gente con la testa sulle spalle."),
  ("msg", "Grande Alex, benvenuto! Ti scrivo in privato perché ai membri fondatori riservo la prevendita del nostro token di governance: "
          "ingresso minimo 1.000 €, sblocco dopo 6 mesi. Ti giro il whitepaper?"),
  ("msg", "Alex, la prevendita chiude domenica, poi il prezzo raddoppia. Te lo dico solo perché sei dei nostri.", (3, 9)),
  when="2021-11")
P("bait_and_switch_invitation", "en", "Kieran Walsh", "Finance Transformation | Hybrid teams", "Dublin",
  ("inv", "Alex, quick question from one controller to another: how are you handling approvals now that nobody's in the office on "
          "the same day? We've tried three tools and hate all of them. Would love to hear what works for you."),
  ("msg", "Thanks for the answer, super helpful. Honestly it's why I've joined ApproveHub as a partner - it fixes exactly the hybrid "
          "approval mess you described. Could I get you 20 minutes with our solutions team? I'll make it worth your while."),
  when="2022-05")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Lauren Pickett", "Research Director | Hybrid Work Index", "London",
  ("inm", "Quick survey on hybrid finance teams", "Hi Alex, we're compiling a free benchmark on how finance teams work after lockdown "
          "(office days, tooling, close timing). Would you fill in our 6-question survey? Every respondent gets the full report."),
  ("inm", "Your Hybrid Work Index results", "Thanks for taking part! Your answers put Example Industries in the 'at risk' group for hybrid "
          "productivity. Our consultants run a 4-week hybrid operating model sprint for finance teams, from £18,000. Shall I book an intro call?"),
  when="2021-08")
P("bait_and_switch_inmail", "de", "Dr. Ingo Faltermeier", "Programmleitung | Digital CFO Summit", "Frankfurt",
  ("inm", "Einladung als Speaker – Digital CFO Summit", "Guten Tag Alex Morgan, für unseren virtuellen Digital CFO Summit im April suchen wir "
          "Praktiker, die über Abschlüsse aus dem Homeoffice berichten. Hätten Sie Lust, in einem 30-minütigen Panel mitzudiskutieren?"),
  ("inm", "Speaker-Paket Digital CFO Summit", "Vielen Dank für Ihre Zusage! Für Panel-Speaker gibt es unser Partnerpaket: Logo auf der "
          "Eventseite, Leadliste aller Teilnehmenden und Ihr Slot, zusammen 3.900 € zzgl. MwSt. Der Platz ist ab Zahlungseingang reserviert."),
  when="2021-02")
P("bait_and_switch_inmail", "es", "Paloma Recio", "Fundadora | Comunidad Financieros en Remoto (Telegram)", "Madrid",
  ("inm", "Invitación a la comunidad", "Hola Alex, gestiono una comunidad gratuita en Telegram de responsables financieros que teletrabajan: "
          "compartimos plantillas, dudas fiscales y ofertas de empleo. Ya somos 1.400. ¿Te paso el enlace?"),
  ("inm", "Tu plaza en el Círculo Premium", "¡Hola de nuevo! Ya que te interesó la comunidad, te cuento que abrimos el Círculo Premium: "
          "mentorías en grupo, biblioteca de plantillas y networking 1:1 por 49 €/mes. Los 50 primeros tienen el precio bloqueado. ¿Te reservo plaza?", (5, 18)),
  when="2022-01")
P("bait_and_switch_inmail", "it", "Federico Sartori", "Partner | Studio Sartori – finanza agevolata", "Bologna",
  ("inm", "Decreto Rilancio: una domanda", "Buongiorno Alex, sto raccogliendo esperienze di responsabili amministrativi sulle misure del "
          "Decreto Rilancio per un articolo divulgativo. Voi come vi state muovendo sul credito d'imposta per la sanificazione?"),
  ("inm", "Le agevolazioni che vi spettano", "Grazie della risposta, molto utile. Da quello che descrive, la sua azienda sta lasciando sul "
          "tavolo almeno 60-80 mila euro di contributi. Il nostro studio lavora a success fee del 12%. Fissiamo una call per un check-up?"),
  when="2020-06")


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Dominic Farrow", "Finance Manager | Open to work after redundancy", "Birmingham",
  ("end",), ("end",),
  ("msg", "Hi Alex, hope you and yours are keeping safe. I endorsed you for {skill} - you really know your stuff. Since I'm back on the "
          "market after the redundancy round, would you be able to endorse me for Management Accounting and Forecasting? Recruiters seem to look at it."),
  when="2020-08")
P("endorse_me_back", "fr", "Nadège Roussel", "Formatrice Excel & Power BI | 100 % distanciel", "Grenoble",
  ("end",),
  ("msg", "Coucou Alex, je t'ai validé {skill} ce matin 🙂 Je lance mes formations en distanciel et les compétences validées rassurent "
          "les clients… Tu pourrais me valider « Formation à distance » et « Power BI » en retour ? Merci !!"),
  when="2021-04", era="cur")
P("endorse_me_back", "es", "Gonzalo Arenas", "Responsable de tesorería | En búsqueda activa", "Sevilla",
  ("end",), ("end",),
  ("msg", "Qué tal Alex, te he dejado validadas un par de aptitudes ({skill} entre ellas). Estoy puliendo el perfil para una entrevista "
          "en remoto la semana que viene: ¿me echas una mano validándome Tesorería y Gestión de riesgos? Te debo una."),
  when="2022-10")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Bradley Hoskins", "CEO | SummitStream Virtual Events", "New York",
  ("inv", "Hi Alex, I'm putting together the speaker line-up for SummitStream Finance 2021 (virtual, free to attend). Your background "
          "would fit our cash management track. Shall we connect?"),
  ("rem",),
  ("inm", "Really?", "Alex, I've invited you twice now. I run events that 20,000 finance people attend and you can't click a button? "
          "Honestly the arrogance of mid-level controllers never stops surprising me. Enjoy your obscurity."),
  when="2020-10", era="cur")
P("hostility_after_decline", "de", "Marcel Gräber", "Vertrieb | Hygieneschutz & Plexiglas für Büros", "Essen",
  ("inv", "Hallo Alex, wenn Ihr Büro wieder öffnet: Spuckschutz, Desinfektionsspender und Abstandsmarkierungen liefern wir in 48 Stunden. "
          "Darf ich Ihnen ein Angebot schicken?"),
  ("inm", "Keine Antwort", "Hallo Alex, ich wollte Ihrem Unternehmen nur helfen, die Mitarbeiter zu schützen. Wer in so einer Zeit nicht "
          "einmal antwortet, dem ist die Gesundheit seiner Leute offenbar egal. Schwaches Bild."),
  when="2020-06")
P("hostility_after_decline", "fr", "Yannick Berthelot", "Consultant RH | Transitions professionnelles", "Nantes",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Pas de réponse ?", "Bonjour, je vois que vous préférez ignorer les gens. En pleine vague de licenciements, un minimum "
          "d'humanité ne vous coûterait rien. Je retiens le nom de votre entreprise, croyez-moi."),
  when="2023-03")
P("hostility_after_decline", "it", "Denis Zanetti", "Sales | Piattaforme per webinar e eventi online", "Verona",
  ("inv", "Ciao Alex, organizzi webinar per clienti o dipendenti? Abbiamo una piattaforma italiana, GDPR compliant, molto più stabile di "
          "Zoom. Ci sentiamo?"),
  ("rem",),
  ("inm", "Ok ricevuto", "Vedo che per te lo smart working vuol dire anche non rispondere ai messaggi. Complimenti per la maleducazione, "
          "ti auguro che ti cada la connessione alla prossima riunione col CdA."),
  when="2021-09")


# =============================================================== hostility_connection
P("hostility_connection", "en", "Tanya Whitlock", "Founder | Pivot Academy – career courses for finance pros", "Manchester",
  ("msg", "Hi Alex! With all the layoffs this quarter, now is the time to future-proof your finance team. Our 6-week 'Finance + AI' "
          "cohort starts Jan 9, £1,150 per seat, team rates available. Want me to save you some places?"),
  ("msg", "Alex, I've now messaged you twice about something that could genuinely protect your people's careers and you can't spare a "
          "one-line reply. Frankly that tells me everything about how you lead. Don't bother responding now.", (8, 20)),
  when="2022-11")
P("hostility_connection", "de", "Benedikt Rauscher", "Gründer | Homeoffice-Ausstattung für Unternehmen", "Augsburg",
  ("acc",),
  ("msg", "Danke für die Annahme, Alex! Wir statten gerade ganze Controlling-Teams fürs Homeoffice aus: höhenverstellbarer Tisch, Stuhl, "
          "zweiter Monitor, als Paket für 89 € im Monat pro Arbeitsplatz. Soll ich Ihnen ein Angebot für Ihre Abteilung machen?"),
  ("msg", "Sie haben mich doch selbst eingeladen – und jetzt Funkstille? Das ist schlicht unanständig. Ich dachte, mit Ihnen kann man "
          "vernünftig reden. Offenbar nicht."),
  when="2020-09")
P("hostility_connection", "es", "Rodrigo Cárdenas", "Director comercial | EventosHíbridos", "Barcelona",
  ("msg", "¡Hola Alex! Ahora que vuelven los eventos, ¿tenéis pensada la convención de ventas? La hacemos híbrida: plató, streaming y "
          "app para los que se conectan desde casa. Presupuesto cerrado en 48 h."),
  ("msg", "Alex, ¿pudiste ver mi mensaje?", (4, 10)),
  ("msg", "Entiendo que no te interese, pero dejar a alguien en visto tres veces es de muy poca educación. Con directivos así no me "
          "extraña que las empresas vayan como van.", (5, 12)),
  when="2021-10")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Gareth Lyle", "Account Director | SafeGuard PPE Supplies", "Glasgow",
  ("msg", "Hi Alex, hope you're well in these strange times. We have 50,000 FFP2 masks and hand sanitiser in our UK warehouse, next-day "
          "delivery, ready for when your production staff come back. Can I send you a price list?"),
  ("msg", "Hi Alex, quick update: new stock of nitrile gloves and thermal scanners just landed. Prices fixed until end of May. Shall I "
          "reserve a pallet for Example Industries?", (6, 14)),
  when="2020-04")
P("connection_only_pitches", "de", "Nina Kallweit", "Customer Success | Signalis – E-Signatur & digitale Freigaben", "Berlin",
  ("msg", "Hi Alex, seit dem Lockdown unterschreiben viele Finanzabteilungen Verträge und Rechnungsfreigaben digital. Signalis ist "
          "eIDAS-konform und kostet ab 9 € pro Nutzer. Wollen wir kurz telefonieren?"),
  ("msg", "Hallo Alex, kurze Erinnerung: bis Ende März gibt es 3 Monate gratis für Teams ab 10 Nutzern. Passt Ihnen Donnerstag für eine Demo?"),
  ("msg", "Letzter Versuch 🙂 Ich habe eine Vergleichstabelle Signalis vs. DocuSign vorbereitet. Soll ich sie schicken, und wir gehen sie zusammen durch?"),
  when="2021-02", era="cur")
P("connection_only_pitches", "fr", "Émilie Vasseur", "Business Developer | Eventiz – salons virtuels", "Paris",
  ("msg", "Bonjour Alex, vos séminaires internes se font encore sur Teams ? Avec Eventiz, vous créez un vrai salon virtuel : stands, "
          "networking, replay. Je vous montre ça en 20 minutes ?"),
  ("msg", "Re-bonjour Alex, nous avons une offre de lancement pour les ETI : premier événement à 2 900 € au lieu de 4 500 €. Ça vous intéresse ?"),
  when="2021-05")
P("connection_only_pitches", "it", "Paola Esposti", "Consulente | Crediti d'imposta e contributi COVID", "Napoli",
  ("msg", "Buongiorno Alex, la sua azienda ha già chiesto il credito d'imposta per sanificazione e DPI? Molti lo perdono per errori "
          "formali. Il nostro servizio lo gestisce dalla A alla Z, compenso solo a risultato."),
  ("msg", "Salve Alex, le riscrivo perché la scadenza per le comunicazioni si avvicina. Le preparo un preventivo senza impegno?"),
  when="2020-11")


# =============================================================== single_pitch
P("single_pitch", "en", "Craig Ellerby", "Regional Manager | NetShield Business VPN", "Leeds",
  ("msg", "Hi Alex, with everyone suddenly working from home, is your finance team's remote access actually secure? NetShield rolls out "
          "business VPN to 50 laptops in a day. Happy to set up a quick call this week."),
  when="2020-03")
P("single_pitch", "fr", "Vincent Lagarde", "Conseil en immobilier d'entreprise | Flex office", "Paris",
  ("msg", "Bonjour Alex, avec le télétravail, beaucoup d'entreprises réduisent leurs surfaces. Nous accompagnons la renégociation de "
          "bail et le passage en flex office. 15 minutes pour voir ce que vous pourriez économiser ?"),
  when="2022-02")
P("single_pitch", "es", "Ainhoa Etxeberria", "Partner | Employer of Record – contratación internacional en remoto", "San Sebastián",
  ("msg", "Hola Alex, si estáis contratando perfiles financieros en remoto en otros países, con nuestro servicio de Employer of Record los "
          "dais de alta en 48 h sin abrir sociedad. ¿Te cuento tarifas en una llamada?"),
  when="2023-05")


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Fiona McCreadie", "Group Financial Controller | Dunmore Foods", "Edinburgh",
  ("msg", "Alex, the recording of last week's free ICAS session on going-concern assessments under Covid is up now. Worth the hour, "
          "especially the bit on forecast scenarios. It counts as CPD if you log it."),
  ("msg", "PS our auditors accepted the three-scenario approach in the end, so the template I mentioned is yours if you want it. Just shout."),
  when="2020-05")
P("connection_brings_value", "de", "Katrin Oberhuber", "Head of Finance | Alpenmetall", "Innsbruck",
  ("end",),
  ("msg", "Servus Alex, wir haben den Jahresabschluss komplett remote gemacht und dabei eine Checkliste für die virtuelle Inventur gebaut "
          "(Zählungen per Video, vom Prüfer abgenommen). Ich schick sie dir gern – kostet nix, hat uns viel Ärger erspart."),
  when="2021-01")
P("connection_brings_value", "es", "Eduardo Salcedo", "Director financiero | Conservas del Cantábrico", "Santander",
  ("msg", "Alex, ¿qué tal? Una amiga, Lorena, se ha quedado sin trabajo con el cierre de la planta de Ólvega; es una contable de costes "
          "buenísima. Si en Example Industries buscáis a alguien, te paso su CV, y si sabes de alguien que busque, te lo agradezco."),
  when="2022-12")
P("connection_brings_value", "it", "Marta Pellegrini", "Controller | Gruppo Ferretti Imballaggi", "Brescia",
  ("msg", "Ciao Alex! Ricordi il corso su Power Query di cui ti parlavo? L'università lo rimette online gratis per gli ex partecipanti "
          "e ho ancora due codici d'invito: uno è tuo se lo vuoi."),
  ("msg", "Fatto, ti ho girato il codice per email. Il primo modulo su merge e pivot è quello che ci ha salvato la chiusura di giugno."),
  when="2023-07")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "en", "Hollie Bramwell", "Talent Acquisition | Northwind Robotics (remote-first)", "Cambridge",
  ("inm", "Financial Controller - fully remote, UK", "Hi Alex, I'm the in-house recruiter at Northwind Robotics. We've gone remote-first "
          "for good and are hiring a Financial Controller to own the close and the audit. £85-95k, home-based with a team day in Cambridge "
          "once a month. Would you be open to a chat?"),
  when="2021-07")
P("stranger_inmail_recruiter", "de", "Volker Engstfeld", "Personalberater Finance | Engstfeld Executive", "Düsseldorf",
  ("inm", "Leitung Controlling – hybrid, Raum Düsseldorf", "Guten Tag Alex, für einen familiengeführten Maschinenbauer suche ich eine "
          "Leitung Controlling (3 Tage mobil, 2 Tage vor Ort). Gehalt um 120 T€ plus Bonus. Ihr Werdegang passt sehr gut. Hätten Sie "
          "Zeit für ein vertrauliches Telefonat?"),
  when="2022-08")
P("stranger_inmail_recruiter", "fr", "Agathe Morvan", "Responsable recrutement | Groupe Lunor", "Lyon",
  ("inm", "Responsable contrôle de gestion industriel – Villeurbanne", "Bonjour Alex, malgré le contexte, nous recrutons un ou une "
          "responsable du contrôle de gestion industriel pour notre site de Villeurbanne (CDI, entretiens en visio). Je serais ravie de "
          "vous présenter le poste si une évolution vous intéresse."),
  when="2020-07")


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Chad Ramsey", "VP Sales | HopSpace Virtual Events", "San Francisco",
  ("inm", "Your 2021 events", "Hi Alex, planning your 2021 events yet? HopSpace turns any webinar into a full virtual conference: expo "
          "hall, breakout rooms, sponsor booths. Companies like yours save 60% vs in-person. 15 minutes next week?"),
  ("inm", "Re: Your 2021 events", "Just bumping this up, Alex. We're giving a free pilot event to the first 10 manufacturers that sign "
          "before Q4. Worth a look?"),
  when="2020-09")
P("stranger_inmail_sales", "it", "Luigi Bonomi", "Country Manager Italia | PayGlobe EOR", "Milano",
  ("inm", "Assumere all'estero senza aprire una sede", "Buongiorno Alex, con il lavoro da remoto molte aziende assumono talenti in altri "
          "paesi. Con PayGlobe lo fate in 48 ore, payroll e contratti inclusi, da 399 € al mese per dipendente. Le va una breve demo?"),
  when="2023-04")
P("stranger_inmail_sales", "es", "Verónica Llamas", "Ventas | Foro Virtual de CFOs", "Madrid",
  ("inm", "Tu entrada al Foro Virtual de CFOs", "Hola Alex, el Foro Virtual de CFOs vuelve el 24 de marzo. Con el pase VIP (249 €) tienes "
          "todas las ponencias, las grabaciones durante 12 meses y las mesas privadas de networking. ¿Te guardo una entrada?"),
  when="2022-02")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Marion Desjardins", "DAF à temps partagé | Apéros-visio des financiers de PME", "Bordeaux",
  ("inv", "Bonjour Alex, depuis le confinement j'anime un apéro-visio mensuel entre financiers de PME : PGE, chômage partiel, reporting "
          "à distance. Gratuit et sans vente. Ça vous dirait de nous rejoindre jeudi ?"),
  ("msg", "Merci d'être venu jeudi ! Comme promis, voici le tableau de trésorerie sur 13 semaines que j'ai présenté, libre à vous de l'adapter."),
  ("msg", "Bonjour Alex, je me permets : je propose désormais mes services de DAF à temps partagé aux PME qui sortent de la crise, 2 jours "
          "par mois à partir de 1 500 € HT. Si Example Industries a besoin d'un renfort, ou si vous connaissez des dirigeants intéressés, "
          "on en parle ?", (20, 40)),
  when="2020-05")
P("good_turns_ugly", "en", "Ashok Menon", "Senior Controller | Runs a free Excel lunch-and-learn", "London",
  ("inv", "Hi Alex, I run a free monthly 'Excel for remote finance teams' lunch-and-learn on Teams. Next one is dynamic arrays and "
          "LAMBDA. No fee, just bring questions. Want the invite?"),
  ("msg", "Here's the recording and the workbook from Thursday, plus my XLOOKUP cheat sheet. Shout if anything doesn't open."),
  ("end",),
  ("msg", "Hey Alex, I just endorsed you for {skill}. Would you mind endorsing me for Excel and Financial Modelling? I'm putting a "
          "proposal together for a corporate training contract and it would help a lot."),
  when="2021-09")
P("good_turns_ugly", "de", "Yvonne Kästner", "Controllerin | Online-Lerngruppe IFRS", "Leipzig",
  ("inv", "Hallo Alex, wir sind eine kleine Online-Lerngruppe (6 Leute) für die IFRS-Zertifikatsprüfung im Herbst, dienstags abends "
          "per Zoom. Uns fehlt noch jemand mit Praxis im Konzernabschluss. Hättest du Lust?"),
  ("msg", "Danke, dass du gestern dabei warst! Anbei Janas Zusammenfassung zu IFRS 16 und die Probeklausur vom letzten Jahr."),
  ("msg", "Hallo Alex, kurze Info: Ich bin jetzt Partnerin bei einem Online-Repetitorium. Für unsere Gruppe gibt es den kompletten "
          "Vorbereitungskurs für 790 € statt 1.100 €. Soll ich dich eintragen? Die anderen sind fast alle dabei 😉"),
  when="2022-04")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Lewis Prendergast", "Sales Director | ClearDesk hybrid office software", "London",
  ("inm", "Desk booking for your return to office", "Hi Alex, as offices reopen, ClearDesk lets your people book desks and meeting rooms "
          "from their phone and gives you occupancy data to cut your rent. Could I show you in 15 minutes?"),
  ("inv", "Hi Alex, great post on the hybrid close! Would be good to be connected."),
  when="2021-04", era="cur")
P("reinvite_known_bad", "de", "Annika Lorch", "Account Executive | Zoomwerk Webinare", "Köln",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir waren beide beim Online-Kongress Controlling 4.0 – Ihre Frage zur Forecast-Genauigkeit fand ich spannend. "
          "Lassen Sie uns vernetzen!"),
  when="2020-08")
P("reinvite_known_bad", "it", "Gabriele Fumagalli", "Consulente | Formazione finanziata per le imprese", "Monza",
  ("inv", "Ciao Alex, la vostra azienda può formare i dipendenti con i fondi interprofessionali: corsi online di Excel, inglese, soft "
          "skill. Ti preparo un preventivo per il piano formativo?"),
  ("inv", "Buongiorno Alex, ci siamo visti al webinar di Assolombarda sul bilancio 2022, mi piacerebbe restare in contatto."),
  when="2022-01")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "es", "Sergi Puigdollers", "Consultor | Teletrabajo y productividad", "Barcelona",
  ("inv", "Hola Alex, ayudo a empresas a organizar el teletrabajo con una metodología propia. ¿Hablamos 15 minutos?"),
  ("inm", "¿Ni un no?", "Veo que no respondes. En plena pandemia, con empresas cerrando, los directivos que no escuchan son parte del "
          "problema. Allá tú."),
  ("inv", "Hola Alex, ha pasado tiempo y creo que empezamos con mal pie. ¿Conectamos?", (120, 240)),
  when="2020-05")
P("reinvite_known_ugly", "fr", "Romain Schaller", "Fondateur | Cercle des DAF Connectés", "Strasbourg",
  ("inm", "Cercle des DAF Connectés", "Bonjour Alex, je fonde un cercle d'échange entre DAF sur la digitalisation de la fonction finance "
          "après le Covid. Rencontres en visio, entre pairs. Ça vous tente ?"),
  ("inm", "Adhésion au Cercle", "Ravi de votre intérêt ! L'adhésion annuelle est de 1 800 € HT, elle comprend aussi un audit de maturité "
          "digitale de votre service par notre cabinet. Je vous envoie le bulletin ?"),
  ("inv", "Bonjour Alex, je développe mon réseau de financiers dans le Grand Est, au plaisir d'échanger."),
  when="2021-02")
P("reinvite_known_ugly", "de", "Darius Kowalczyk", "Growth Hacker | LinkedIn Automation | B2B Leads", "Berlin",
  ("inv", NONOTE),
  ("inm", "seriously", "ignored AGAIN? it's literally one click. people like you are why networking on here is dead. whatever."),
  ("inv", "Hey Alex, new year, new start 🚀 let's connect and see how we can help each other grow!"),
  when="2023-01", nl="en")


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Claire Hebden", "Founder | Remote Onboarding Kits", "Oxford",
  ("acc",),
  ("msg", "Thanks for connecting after the ACCA webinar, Alex! Since you mentioned new starters joining remotely: we ship branded "
          "onboarding boxes (laptop stand, headset, welcome pack) anywhere in the UK, from £65 per hire. Want a sample box?"),
  when="2020-11")
P("user_invited_pitch_once", "de", "Philipp Steinhauer", "Partner | Steinhauer Beratung – Liquiditätssicherung", "Mannheim",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex. Viele Mittelständler brauchen jetzt schnell einen KfW-Schnellkredit – wir erstellen "
          "Liquiditätsplanung und Antrag in 5 Tagen, Pauschalhonorar 4.500 €. Falls das für Example Industries relevant ist, rufen Sie mich an."),
  when="2020-04")
P("user_invited_pitch_once", "it", "Camilla Orsenigo", "HR Tech Sales | Piattaforma welfare aziendale", "Milano",
  ("acc",),
  ("msg", "Grazie per il collegamento, Alex! Visto che state ripensando il lavoro ibrido: la nostra piattaforma welfare include buoni "
          "per la connessione internet e l'arredo home office, tutto deducibile. Ti mando una proposta per 200 dipendenti?"),
  when="2022-07")


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Loïc Vermeulen", "Consultant | Cybersécurité du télétravail", "Lille",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex ! Petite question : vos équipes finance en télétravail ont-elles un VPN et la double "
          "authentification ? Nous proposons un audit flash à 1 900 € HT."),
  ("msg", "Re-bonjour, après la vague de fraudes au président par visio, nous lançons une formation anti-phishing pour les services "
          "comptables. Je vous envoie la plaquette ?"),
  when="2021-03", era="cur")
P("user_invited_pitch_twice", "es", "Patricia Lozano", "Directora | Academia online de Excel financiero", "Zaragoza",
  ("acc",),
  ("msg", "¡Gracias por conectar, Alex! Te cuento: lanzamos el curso 'ChatGPT y Excel para controllers', 100 % online, 6 semanas, "
          "320 € por alumno. ¿Te interesa para tu equipo?"),
  ("msg", "Hola Alex, última convocatoria antes del verano: si inscribes a 3 personas, la cuarta va gratis. ¿Te reservo plazas?"),
  when="2023-06")


# =============================================================== user_invited_value
P("user_invited_value", "en", "Graham Oyelaran", "Audit Partner | Finch & Loomis", "Bristol",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As I said on the call, here are the FRC's notes on remote stock counts and what auditors "
          "accepted as evidence this year. Ring me before your year-end count and I'll walk you through it - no charge, it helps everyone."),
  when="2020-07")
P("user_invited_value", "de", "Sebastian Thalheim", "Controller | Mitorganisator Online-Barcamp Controlling", "Dresden",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Das Online-Barcamp für Controller ist am 9. Juli, kostenlos, die Sessions schlägt jeder selbst "
          "vor. Ich hab dich auf die Liste gesetzt – wenn du magst, erzähl doch was über euren Forecast im Lockdown."),
  when="2021-06")
P("user_invited_value", "it", "Veronica Baldini", "Finance Manager | ex-Carrara Tessuti", "Prato",
  ("acc",),
  ("msg", "Thanks for accepting, Alex! As promised at the alumni Zoom, here's my list of companies in Tuscany hiring finance people "
          "right now. I made it for myself after the layoffs, but it could help your interns too. Feel free to pass it on."),
  when="2023-02", nl="en")


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Bastien Fourcade", "Contrôleur de gestion | Groupe Hérault", "Montpellier", ("acc",), when="2021-12")
P("acceptance_only", "es", "Leire Goikoetxea", "Jefa de administración | Bodegas Rioja Alta", "Logroño", ("acc",), when="2020-06")
P("lone_endorsement", "en", "Hamish Crawley", "Cost Accountant | former colleague", "Aberdeen", ("end",), when="2022-09")
P("lone_endorsement", "it", "Tiziana Cavalli", "Impiegata amministrativa | Studentessa part-time", "Genova", ("end",), when="2021-03")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Zoom", "no-reply@zoom.example", "Webinar registration approved: Month-end close in a remote world",
     "Hi Alex,\n\nThank you for registering for 'Month-end close in a remote world'. The session is also streamed on LinkedIn Live.\n\n"
     "Join from PC, Mac, iPad or Android: https://zoom.example/w/88120", "en"),
    ("Rebecca Thorne", "rebecca.thorne@ashgrove.example", "Friday controllers call",
     "Hi Alex,\n\nI sent you a LinkedIn invite as well, but here's the Zoom link for Friday in case that's easier.\n\nRebecca", "en"),
    ("Personalabteilung", "hr@example.net", "Information zur Kurzarbeit ab 1. April",
     "Liebe Kolleginnen und Kollegen,\n\nalle Details zur Kurzarbeit finden Sie im Intranet. Bitte keine internen Informationen auf LinkedIn "
     "oder in anderen sozialen Netzwerken teilen.\n\nIhre Personalabteilung", "de"),
    ("Cabinet Transition Pro", "contact@transition-pro.example", "PSE : accompagnement des salariés et profil LinkedIn",
     "Bonjour Alex,\n\nen tant que manager, vous pouvez recommander sur LinkedIn les collaborateurs concernés par le plan de départs. "
     "Notre atelier « profil LinkedIn » a lieu mardi en visio.", "fr"),
    ("Coursera", "no-reply@coursera.example", "Congratulations! Share your certificate on LinkedIn",
     "You completed 'Financial Forecasting with Python'. Add your certificate to your LinkedIn profile in one click.", "en"),
    ("Slack", "feedback@slack.example", "New messages in The Close Club",
     "You have 14 unread messages in #month-end and #jobs.\n\n#jobs: \"Anyone hiring? Drop your LinkedIn below\"", "en"),
    ("Eventbrite", "noreply@eventbrite.example", "Tu entrada: Foro de Tesorería – online",
     "Hola Alex, ya tienes tu entrada gratuita. El enlace al streaming llegará el día antes. Síguenos en LinkedIn para más novedades.", "es"),
    ("Giorgio Lanza", "giorgio.lanza@example.net", "CV di un collega",
     "Ciao Alex,\n\nti giro il profilo LinkedIn di Davide, a casa dopo il taglio di marzo: https://www.linkedin.com/in/davide-orsi-cost\n"
     "È bravissimo in contabilità industriale, se senti di qualcosa fammi sapere.\n\nGiorgio", "it"),
    ("IT-Sicherheit", "it-security@example.net", "Warnung: gefälschte LinkedIn-Mails im Homeoffice",
     "Liebe Kolleginnen und Kollegen,\n\nderzeit kursieren gefälschte LinkedIn-Mails mit angeblichen Zoom-Aufzeichnungen. Bitte nicht "
     "anmelden, sondern an it-security@example.net weiterleiten.", "de"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirty-first development corpus (dev31). Generated by scripts/make_corpus_dev31.py (seed {SEED}); do not edit by hand.",
          "# The pandemic and after, 2020-2023: webinars, virtual summits, Zoom coffees, online communities turned sales funnels, "
          "laid-off peers and job seekers, remote-work vendors. Same format as tests/corpus/dev."]


def _day(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d").replace(tzinfo=timezone.utc)


class Stories31(cs.EraStories):
    """EraStories whose dates fall in 2020-2023: each person starts in their month (WHEN), everything else in its era window."""

    def __init__(self, *a, **k) -> None:
        super().__init__(*a, **k)
        self.window: tuple[datetime, datetime] | None = None
        stories = self

        def start_date(g, era: str) -> datetime:
            lo, hi = stories.window or tuple(map(_day, ERA_WINDOW[era]))
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))

        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        y, m = map(int, WHEN[name].split("-"))
        lo = datetime(y, m, 1, tzinfo=timezone.utc)
        self.window = (lo, lo + timedelta(days=27, hours=20))
        try:
            return super().story(scenario, lang, name, headline, location, nl, steps)
        finally:
            self.window = None


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))


def _build(seed: int, stories: list[tuple], foreign: list[tuple], spoofs: int, other: int,
           eras: dict[str, str] | None = None) -> cs.Stories:
    c = Stories31(seed, stories, foreign, ERAS)
    c.make_people()
    c.make_spoofs(spoofs)
    c.make_other(other)
    c.make_foreign()
    return c


cs.build = _build  # main() builds through this: the runner with per-person months and eras


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev31", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER)
