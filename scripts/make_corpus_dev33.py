#!/usr/bin/env python3
"""Write mailbot's thirty-third, independent development corpus: tests/corpus/dev33/*.eml + expected.toml.

The angle: the user Alex is chief data officer of a mid-size bank (Aldermoor Bank). Their
LinkedIn world: regtech vendors (regulatory reporting, DORA registers, AI Act compliance),
data vendors (reference, ESG and alternative data, catalogs, lineage, data quality), analyst
firms selling research subscriptions, conference organisers who sell 'speaking packages'
(pay to speak) next to real, unpaid speaking invitations from universities, associations and
non-profit conferences, expert networks offering paid consultation calls (value to Alex, and
one that turns the call into a fee), compliance-minded formal writing with disclaimers,
data-science peers and academics, headhunters for CDO roles, vendor 'customer advisory boards'
and 'roundtables' that lead to a sale, and hostility from vendors after silence. English,
German, French, Italian and Spanish voices.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert
titles and other LinkedIn mail wording, the headlines of spoof-only names and PYMK
suggestions, the sales InMail subjects of spoofs and the pitches that spoofs carry are swapped
for banking-data ones in this process only (make_corpus.py itself is not changed). People whose
notes name things of the 2020s are pinned to the current layout era. Every note was written
from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the
notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev33.py              # writes tests/corpus/dev33
    python scripts/make_corpus_dev33.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260733

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ banking-data world (this process only)
SKILLS = {
    "en": ["Data Governance", "Data Strategy", "Data Management", "Regulatory Reporting", "Data Analytics", "BCBS 239"],
    "de": ["Data Governance", "Datenstrategie", "Datenmanagement", "Meldewesen", "Datenanalyse"],
    "fr": ["Gouvernance des données", "Stratégie data", "Gestion des données", "Reporting réglementaire", "Analyse de données"],
    "es": ["Gobierno del dato", "Estrategia de datos", "Gestión de datos", "Reporting regulatorio", "Análisis de datos"],
    "it": ["Data governance", "Strategia dei dati", "Gestione dei dati", "Segnalazioni di vigilanza", "Analisi dei dati"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {"en": "Chief Data Officer at Aldermoor Bank", "de": "Chief Data Officer bei Aldermoor Bank",
             "fr": "Chief Data Officer chez Aldermoor Bank", "es": "Chief Data Officer en Aldermoor Bank",
             "it": "Chief Data Officer presso Aldermoor Bank"}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.JOBS[:] = [("Chief Data Officer", "Hanseatic Savings Bank"), ("Head of Data Governance (m/w/d)", "Volksbank Mittelrhein"),
              ("Group Chief Data & Analytics Officer", "Banca Alpina"), ("Directeur Data & IA", "Crédit Mutualiste du Centre"),
              ("Director de Datos y Analítica", "Banco Cantábrico")]
mc.COMPANIES["good"] = ["Hanseatic Savings Bank", "Banca Alpina", "Banco Cantábrico", "Crédit Mutualiste du Centre", "Volksbank Mittelrhein",
                        "University of Warwick", "DAMA Frankfurt Chapter", "Nordvik Bank"]
mc.COMPANIES["sales"] = ["Lineo Data Catalog", "Qualyst", "RegSync", "Tickmark Data", "Vantora Research", "MetaComply", "Apex Banking Events"]
mc.HEADLINES["good"] = ["Head of Data Governance at {co}", "Chief Risk Officer | {co}", "Senior Data Scientist at {co}", "Head of Regulatory Reporting, {co}",
                        "Data Protection Officer | {co}", "Lecturer in Statistics at {co}"]
mc.HEADLINES["sales"] = ["Enterprise Account Executive, Banking | {co}", "Client Partner Financial Services at {co}", "Founder & CEO | {co}",
                         "Helping banks get compliant faster | {co}", "Sponsorship Manager | {co}"]
SALES_SUBJECTS = {
    "en": ["Quick question", "Idea for Aldermoor Bank", "Your BCBS 239 programme", "20 minutes?", "Data quality at Aldermoor"],
    "de": ["Kurze Frage", "Idee für die Aldermoor Bank", "Ihr Meldewesen", "20 Minuten?", "Datenqualität"],
    "fr": ["Petite question", "Une idée pour Aldermoor Bank", "Votre reporting réglementaire", "20 minutes ?", "Qualité des données"],
    "es": ["Pregunta rápida", "Una idea para Aldermoor Bank", "Vuestro reporting regulatorio", "¿20 minutos?", "Calidad del dato"],
    "it": ["Domanda veloce", "Un'idea per Aldermoor Bank", "Le vostre segnalazioni", "20 minuti?", "Qualità dei dati"],
}
for _l, _s in SALES_SUBJECTS.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _s
SPOOF_PITCH = {
    "en": ["Hi {first}, I've shared the draft findings of the supervisory data-quality review with you through secure document share. Sign in to read them before Friday.",
           "Dear {first}, the honorarium for your expert consultation (USD 600) is on hold. Confirm your bank details here to release the payment."],
    "de": ["Hallo {first}, ich habe Ihnen den Entwurf des Prüfberichts zur Datenqualität freigegeben. Bitte melden Sie sich an, um ihn einzusehen.",
           "Guten Tag {first}, Ihr Honorar für das Expertengespräch (450 €) ist noch nicht ausgezahlt. Bitte bestätigen Sie hier Ihre Bankverbindung."],
    "fr": ["Bonjour {first}, je vous ai partagé le projet de rapport de la mission de contrôle sur vos données. Connectez-vous pour le consulter.",
           "Bonjour {first}, vos honoraires pour l'appel d'expert sont en attente. Confirmez vos coordonnées bancaires ici pour les recevoir."],
    "es": ["Hola {first}, te he compartido el borrador del informe de inspección sobre calidad del dato. Inicia sesión para revisarlo.",
           "Estimado/a {first}, su pago por la consulta de experto está retenido. Confirme sus datos bancarios en este enlace para liberarlo."],
    "it": ["Ciao {first}, ti ho condiviso la bozza del rapporto ispettivo sulla qualità dei dati. Accedi per leggerla.",
           "Gentile {first}, il compenso per la sua consulenza da esperto è in sospeso. Confermi qui le coordinate bancarie per riceverlo."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
mc.OTHER["en"].update(
    job=("{n} new jobs for \"chief data officer\"", "Your job alert for chief data officer in {city}", "View job"),
    news=("Will the AI Act slow down credit scoring in Europe?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Data Governance in Banking", "Here are the top conversations in your group this week"),
    newsletter=("The Data Steward: lineage without the tears", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Chief Data Officer“", "Ihr Jobalarm für Chief Data Officer in {city}", "Job anzeigen"),
    news=("Wie viel KI verträgt die Kreditvergabe?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Datenmanagement in Banken", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Meldewesen am Freitag: DPM 2.0 ohne Panik", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « chief data officer »", "Votre alerte emploi pour chief data officer à {city}", "Voir l'offre"),
    news=("Les banques ont-elles trop de données et pas assez de data ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans Data & IA en banque", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("La lettre du data office : gouverner sans étouffer", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «director de datos»", "Tu alerta de empleo de director de datos en {city}", "Ver empleo"),
    news=("¿Está la banca preparada para la IA generativa?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Gobierno del Dato en Banca", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Datos con criterio: el catálogo que nadie abre", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «chief data officer»", "Il tuo avviso di lavoro per chief data officer a {city}", "Visualizza offerta"),
    news=("Le banche italiane e il nodo dei dati ESG", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Data Management nel Banking", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Il dato giusto: appunti di un data steward", "Nuova edizione di una newsletter a cui sei iscritto"))

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes name things of the 2020s (DORA, the AI Act, generative AI, DPM 2.0, CSRD...): current layout era
MODERN: list[str] = []


def Pm(*args, **kw) -> None:
    """P() for a person whose story can only be of the 2020s."""
    MODERN.append(args[2])
    P(*args, **kw)


# =============================================================== good_invitation
P("good_invitation", "en", "Rebecca Thornbury", "Professor of Statistics | University of Warwick | credit risk & model lineage", "Coventry",
  ("inv", "Alex, I run a research group on explainable credit models. We hold a free practitioner workshop in May and your talk on model lineage "
          "was the clearest I've heard from a bank. Would you sit on our closing panel? Happy to send the outline first."),
  ("rem",))
P("good_invitation", "de", "Jan-Hendrik Osterkamp", "Abteilungsleiter Meldewesen | Sparkasse Münsterland", "Münster",
  ("inv", "Guten Tag Alex Morgan, wir saßen beide im BCBS-239-Arbeitskreis. Ich baue gerade unsere Lineage-Dokumentation neu auf und hätte "
          "drei, vier Fragen dazu, wie Sie das bei Aldermoor gelöst haben. Gern kurz am Telefon, wann es Ihnen passt."))
Pm("good_invitation", "fr", "Clémentine Vasseur", "Déléguée générale | Club des CDO bancaires (association)", "Paris",
   ("inv", "Bonjour Alex, le Club des CDO bancaires se réunit le 3 avril à Paris : entre pairs, gratuit, sans sponsor. Au menu, qualité des données "
           "et FINREP. Nous serions ravis de vous compter parmi nous, je vous envoie l'invitation si vous acceptez."),
   ("rem",))
P("good_invitation", "es", "Ignacio Larrañaga", "Catedrático de Estadística | Director del Máster en Ciencia de Datos, Universidad de Deusto", "Bilbao",
  ("inv", "Hola Alex, dirijo el máster de ciencia de datos de Deusto y me encantaría que dieras una sesión sobre gobierno del dato en banca a los alumnos "
          "en noviembre. No está remunerada, pero cubrimos viaje y la cena corre de mi cuenta. ¿Lo hablamos?"))
P("good_invitation", "it", "Serena Calabrò", "Responsabile Data Office | Banca Popolare del Garda", "Verona",
  ("inv", "Ciao Alex, guido il data office di una popolare più o meno delle vostre dimensioni. Stiamo per scegliere un data catalog e mi piacerebbe "
          "sentire da te cosa ha funzionato e cosa no. In cambio ti racconto volentieri la nostra esperienza con la validazione AIRB."),
  ("rem",))
Pm("good_invitation", "de", "Marcus Adeyemi", "Programme Chair, Risk Data Europe (non-profit) | Model Risk at a Dutch bank", "Amsterdam",
   ("inv", "Hello Alex, I chair the programme committee of Risk Data Europe (Amsterdam, October). We'd like you on the closing panel on data quality "
           "for IRRBB. Speakers neither pay nor get paid; we cover travel and a hotel night. Shall I send the brief?"), nl="en")
P("good_invitation", "en", "Priyanka Menon", "Research Manager, Financial Services | Keystone Expert Network", "London",
  ("inv", "Hi Alex, a client of ours (an infrastructure fund) would like a one-hour paid call with a bank CDO on data-governance tooling. "
          "We pay $600 for the hour, no prep needed, and nothing about Aldermoor itself. Compliance terms attached once connected. Interested?"),
  ("rem",))
P("good_invitation", "fr", "Bastien Royer", "Associé | Royer Lenoir – recherche de dirigeants, services financiers", "Lyon",
  ("inv", "Bonjour Alex, je conduis en exclusivité la recherche d'un Chief Data Officer pour une banque mutualiste (siège à Lyon, membre du comex, "
          "80 personnes). Votre parcours colle de près au profil. Seriez-vous ouvert(e) à un échange confidentiel ?"))
P("good_invitation", "de", "Dr. Leonie Falkenberg", "Data Scientist | Organisatorin CDMP-Lerngruppe, DAMA Chapter Frankfurt", "Frankfurt am Main",
  ("inv", "Hallo Alex, im DAMA-Chapter Frankfurt läuft ab Februar eine CDMP-Lerngruppe: kostenlos, alle zwei Wochen abends. Uns fehlt jemand "
          "aus der Bankpraxis, der einmal 45 Minuten über Data Governance erzählt. Hätten Sie Lust?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "en", "Gavin Stroud", "Enterprise Sales | Data & Analytics Platforms", "London", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Birgit Wendland", "Business Development Banken | RegTech", "Köln", ("inv", NONOTE))
P("default_invitation", "it", "Fabio Marchesini", "Consulente | Trasformazione digitale nel credito", "Milano", ("inv", DEFAULT), ("rem",))
P("default_invitation", "es", "Ramón Cuadrado", "Partner Manager | Cloud para banca", "Madrid", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "en", "Tyler Brandvold", "Account Director, Financial Services | Lineo Data Catalog", "Boston",
  ("inv", "Hi Alex, most mid-size banks we talk to still trace BCBS 239 lineage in spreadsheets. Lineo automates it end to end and is live at "
          "three Tier-2 banks in DACH. Worth 20 minutes to see if it fits your roadmap?"))
P("sales_invitation", "de", "Carsten Mühlberg", "Client Partner Banking | Vantora Research", "Frankfurt am Main",
  ("inv", "Guten Tag, ganz kurz: Vantora bewertet jedes Quartal 40 Datenplattformen für Banken. Mit unserem Research-Abo (ab 28.000 € p. a.) "
          "haben Sie direkten Zugang zu den Analysten. Darf ich Ihnen einen Beispielreport schicken und einen Termin vorschlagen?"),
  ("rem",))
Pm("sales_invitation", "fr", "Aurélien Descamps", "Directeur des partenariats | Sommet Data & Banque", "Paris",
   ("inv", "Bonjour Alex, nous vous réservons un créneau de keynote au Sommet Data & Banque de juin. Le pack « Speaker Premium » (12 500 € HT) "
           "comprend la keynote, un stand et 40 rendez-vous qualifiés. Je vous envoie la plaquette ?"))
Pm("sales_invitation", "it", "Roberta Lanzi", "Sales Executive | RegSync – segnalazioni di vigilanza", "Milano",
   ("inv", "Buongiorno Alex, con RegSync le banche medie chiudono FINREP e COREP in metà del tempo, e abbiamo già integrato i template DPM 2.0. "
           "Le andrebbe una demo di mezz'ora con il suo team segnalazioni?"))
P("sales_invitation", "es", "Jaime Olabarría", "Country Manager Iberia | Tickmark Data", "Madrid",
  ("inv", "Hola Alex, vendemos datos alternativos (gasto con tarjeta anonimizado, nóminas) para modelos de riesgo minorista; varios bancos medianos "
          "ya los usan en scoring. ¿Te mando un dataset de muestra y buscamos hueco para una llamada?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
Pm("bait_and_switch_invitation", "en", "Nathan Colquhoun", "VP Customer Strategy | Qualyst", "Edinburgh",
   ("inv", "Alex, we're forming a small customer advisory board of banking CDOs: peers only, quarterly, off the record, on where data quality is "
           "heading under DORA. No product pitches in the room, I promise. Would you consider joining?"),
   ("msg", "Thrilled to have you in the network! Ahead of the first board session we ask each member bank to run Qualyst on one live data domain, "
           "so we can discuss real results. Board members get 35% off list, which puts year one at roughly €90k. Could you loop in your procurement lead?", (3, 12)),
   ("msg", "Hi Alex, bumping this one. We're closing the board cohort at month end and I'd hate to give your seat to another bank. "
           "Does Tuesday work for a commercial call?", (7, 20)))
P("bait_and_switch_invitation", "de", "Dr. Hagen Wolters", "Initiator | CDO-Roundtable Finanzwirtschaft", "Hamburg",
  ("inv", "Hallo Alex, ich lade eine Handvoll Datenverantwortliche aus Regionalbanken zu einem vertraulichen Roundtable ein: Erfahrungsaustausch "
          "zu BCBS 239 und Datenethik, Chatham House Rule. Wären Sie dabei?"),
  ("msg", "Schön, dass es mit der Vernetzung geklappt hat! Zur Einordnung: Getragen wird der Roundtable von unserer Beratung. Die teilnehmenden "
          "Häuser beauftragen vorab unseren Reifegrad-Check (Festpreis 24.000 € netto), damit wir die Ergebnisse vergleichen können. "
          "Sollen wir einen Termin mit Ihrem Einkauf vereinbaren?"))
Pm("bait_and_switch_invitation", "fr", "Morgane Le Guen", "Head of Content | Datavéo Research", "Rennes",
   ("inv", "Bonjour Alex, nous publions notre étude « Data Office bancaire 2025 » : effectifs et budgets data de 60 banques européennes. "
           "Je vous l'envoie volontiers gratuitement, je pense qu'elle vous parlera."),
   ("msg", "Ravie que l'étude vous ait servi ! La version complète, avec le détail par pays et l'accès direct à nos analystes, fait partie de "
           "l'abonnement Data Leaders (19 800 € HT par an). Je vous propose une démonstration de la plateforme jeudi ?", (6, 18)))
Pm("bait_and_switch_invitation", "it", "Edoardo Pagliarini", "Data & AI Leader | ex CDO bancario | Advisor", "Torino",
   ("inv", "Ciao Alex, da ex CDO di banca a CDO: mi piacerebbe scambiare due idee su come state affrontando l'AI Act sui modelli di credito. "
           "Nessun secondo fine, solo un confronto tra addetti ai lavori."),
   ("msg", "Grazie per il collegamento! Ti anticipo che da qualche mese faccio advisory: accompagno le banche nell'adeguamento all'AI Act con un "
           "assessment di sei settimane, a partire da 35k. Ci sentiamo per capire se può servirvi?"),
   ("msg", "Alex, ti riscrivo perché a gennaio mi si sono liberati due slot per l'assessment. Ti giro la proposta?", (8, 25)))
P("bait_and_switch_invitation", "es", "Cristina Valcárcel", "Directora de Contenidos | Foro Banca Digital", "Madrid",
  ("inv", "Hola Alex, estamos cerrando el programa del Foro Banca Digital de Madrid y nos encantaría contar contigo en la mesa sobre gobierno "
          "del dato. ¿Conectamos y te cuento los detalles?"),
  ("msg", "¡Gracias por aceptar! Te paso los detalles: la participación en la mesa va incluida en el paquete de patrocinio Silver "
          "(9.500 € + IVA), que trae también stand y la base de datos de asistentes. ¿Lo revisas con tu equipo de marketing?", (2, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "es", "Lauren Whitlock", "Senior Associate, Expert Network | Calloway Insights", "London",
  ("inm", "Paid consultation request: data governance at mid-size banks",
   "Hi Alex, I'm with Calloway Insights. One of our clients would value 45 minutes of your perspective on data-governance tooling at mid-size "
   "European banks, and we compensate experts for their time. Would you have availability next week?"),
  ("inm", "Re: Paid consultation request",
   "Thanks so much for coming back to me! Before I can schedule, one formality: new experts join our panel through a Calloway Pro membership "
   "(£1,450 a year), which covers vetting and compliance onboarding. As soon as that's set up I'll book the call.", (2, 7)), nl="en")
Pm("bait_and_switch_inmail", "de", "Holger Brenninkamp", "Konferenzleitung | Data Excellence Banking Forum", "Frankfurt am Main",
   ("inm", "Einladung als Referent:in",
    "Guten Tag Alex Morgan, wir würden Sie gern als Referent:in für das Data Excellence Banking Forum im März in Frankfurt gewinnen. "
    "Das Thema wählen Sie rund um Datenstrategie frei. Hätten Sie grundsätzlich Interesse?"),
   ("inm", "Referentenpaket – Details",
    "Vielen Dank für Ihre positive Rückmeldung! Anbei die Konditionen: Das Referentenpaket umfasst Ihren Vortrag (25 Min.), Logo-Platzierung "
    "und die Teilnehmerliste und kostet 7.900 € zzgl. MwSt. Bitte senden Sie uns das unterschriebene Formular bis Freitag zurück."))
Pm("bait_and_switch_inmail", "fr", "Sébastien Kergoat", "Customer Success Director | Archivo – gouvernance des données", "Nantes",
   ("inm", "Comité consultatif clients",
    "Bonjour Alex, nous constituons un comité consultatif de huit CDO de banques européennes pour orienter notre feuille de route. Deux réunions "
    "par an, déplacements pris en charge. Votre regard nous serait très précieux."),
   ("inm", "Comité consultatif – prochaine étape",
    "Merci pour votre intérêt ! Pour siéger au comité, les établissements doivent être clients ou en pilote. Nous proposons un pilote de trois mois "
    "à 25 k€, déductible de la licence. Je vous transmets le bon de commande ?", (4, 12)))
P("bait_and_switch_inmail", "it", "Gianmarco Sartori", "Data Scientist | Credit Risk Modelling", "Brescia",
  ("inm", "Domanda sui modelli PD",
   "Ciao Alex, lavoro sui modelli PD in una banca del nord e ho letto il tuo intervento sul monitoraggio del drift. Posso chiederti come gestite "
   "la ricalibrazione trimestrale? Mi basterebbe un parere di due righe."),
  ("inm", "Una cosa in più",
   "Grazie mille, risposta utilissima! Ti confesso che oltre al lavoro in banca ho fondato una piccola società che vende un tool di monitoraggio "
   "dei modelli. Ti andrebbe una demo? Per voi avrei un prezzo di lancio."))


# =============================================================== endorse_me_back
P("endorse_me_back", "en", "Darren Pollock", "Data Analytics Consultant | SQL, Power BI", "Glasgow",
  ("end",), ("end",),
  ("msg", "Alex! Popped a couple of endorsements your way, {skill} and one more. If you've got a sec, could you vouch for my SQL and Power BI? "
          "Pulling together a contracting profile and it'd really help. Ta!"))
P("endorse_me_back", "de", "Ulrike Sommerfeld", "Data Governance Managerin | Versicherungen", "Stuttgart",
  ("end",),
  ("msg", "Hallo Alex, ich habe Sie für {skill} bestätigt, das hatten Sie sich nach dem Vortrag in Mainz wirklich verdient. Wenn Sie mögen, "
          "würde ich mich über eine Bestätigung für Datenqualität und Stammdatenmanagement freuen; ich bewerbe mich gerade intern auf eine Leitungsstelle."))
P("endorse_me_back", "es", "Rocío Albarracín", "Analista de datos | Riesgos de crédito", "Sevilla",
  ("end",), ("end",),
  ("msg", "¡Hola Alex! Te validé {skill} porque te lo has ganado. ¿Te importaría validarme Python y Machine Learning? "
          "Así nos echamos una mano mutuamente 😊"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "en", "Brad Kessler", "Regional VP Sales, EMEA | Tickmark Data", "London",
  ("inv", "Alex, 3 of the top 10 German banks use Tickmark for reference data. Let's talk about what we could do for Aldermoor."),
  ("rem",),
  ("inm", "Disappointed",
   "Alex, I've now reached out four times across email and LinkedIn. Ignoring vendors wholesale isn't the mark of a serious data leader - it's "
   "how banks end up paying for bad decisions later. Frankly I expected better from someone in your seat."))
Pm("hostility_after_decline", "de", "Rainer Pfisterer", "Senior Sales Manager | MetaComply GmbH", "München",
   ("inv", "Hallo Alex, DORA-Informationsregister in 4 Wochen statt 4 Monaten. Interesse?"),
   ("inm", "Ihre Nicht-Reaktion",
    "Guten Tag, offenbar halten Sie es nicht für nötig, auf Anfragen auch nur mit einem Satz zu reagieren. Das ist in unserer Branche schlicht "
    "unprofessionell. Ich werde das bei Gelegenheit auch Ihrem Vorstand gegenüber erwähnen."))
P("hostility_after_decline", "fr", "Gaëlle Morvan", "Analyste senior | Cabinet d'études banque & assurance", "Paris",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Aucune réponse",
   "Bonjour, trois relances, zéro retour. Je trouve assez cavalier de traiter ainsi une analyste qui vous proposait simplement d'échanger. "
   "Visiblement, chez vous la donnée est gouvernée, la politesse beaucoup moins."))
P("hostility_after_decline", "it", "Stefano Bellandi", "Junior Data Scientist | in cerca di nuove sfide", "Bologna",
  ("inv", "Ciao Alex, sono un data scientist agli inizi e vorrei chiederti un consiglio su come si entra nel data office di una banca."),
  ("inm", "Vabbè",
   "visto che non rispondi nemmeno a una richiesta di collegamento... bella la retorica della cultura del dato ai convegni, poi con chi "
   "sta iniziando spocchia totale. grazie tante"))
Pm("hostility_after_decline", "es", "Eduardo Villaseñor", "Director Comercial | Suite de cumplimiento normativo", "Valencia",
   ("inv", "Hola Alex, ¿tienes 15 minutos para ver cómo automatizar el reporting de AnaCredit con nuestra plataforma?"),
   ("rem",),
   ("inm", "Sin respuesta",
    "Alex, llevo tres semanas esperando. Entiendo que estés ocupado, pero no contestar ni un «no, gracias» es una falta de respeto. "
    "Así os va luego con los proyectos de datos."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Courtney Haldane", "Partner | Stratmoor Consulting – data operating models", "London",
  ("acc",),
  ("msg", "Thanks for the connect, Alex! Following the Frankfurt dinner: we run a 4-week data operating model diagnostic for banks at a fixed fee. "
          "Could I send over a proposal?"),
  ("msg", "Alex, you sent ME the invitation after the dinner, and then went quiet the moment a proposal landed. That's poor form and it wasted "
          "my team's afternoon. I won't be chasing again.", (12, 30)))
P("hostility_connection", "de", "Detlef Brosowski", "Vertriebsleiter | LineageScan für SAP BW", "Walldorf",
  ("msg", "Hallo Alex, unser Lineage-Scanner für SAP BW ist jetzt für Banken zertifiziert und liest Ihre Meldewesen-Strecken automatisch aus. "
          "Ich stelle ihn Ihnen gern in einer Webkonferenz vor."),
  ("msg", "Hallo Alex, ich hake nach: Hätten Sie nächste Woche 30 Minuten?"),
  ("msg", "Na gut. Von einem CDO hätte ich mehr Neugier erwartet. Wer sich neue Werkzeuge nicht einmal ansieht, braucht sich über die Altlasten "
          "im Meldewesen nicht zu wundern. Viel Glück damit."))
P("hostility_connection", "fr", "Thibaut Lacombe", "Fondateur | DataStew – data stewards externalisés", "Lille",
  ("msg", "Bonjour Alex, je me permets : nous mettons à disposition des data stewards expérimentés en régie (TJM 650 €) pour accélérer les "
          "chantiers de qualité. Un échange rapide ?"),
  ("msg", "Je vois que mon message a été lu il y a dix jours. Un simple « non merci » aurait suffi. Ce silence en dit long sur la considération "
          "que vous portez à vos interlocuteurs.", (9, 15)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "it", "Kirsty Abernethy", "Senior Account Manager, Banking | Vantora Research", "Milano",
  ("msg", "Hi Alex, our new Market Guide to Data Observability for Banks is out. Subscribers get the full report plus an inquiry call with the "
          "lead analyst; shall I set up a trial of Research Advantage for your team?"),
  ("msg", "Hi Alex, circling back: we're holding this quarter's pricing on Research Advantage until the 15th (three seats, €41k). "
          "Can I pencil in a call?"), nl="en")
P("connection_only_pitches", "it", "Lorenza Fabbri", "Event Director | Banking Data Summit Milano", "Milano",
  ("msg", "Ciao Alex, ti scrivo per il Banking Data Summit: abbiamo ancora due slot speaker in plenaria, inclusi nel pacchetto Gold "
          "(14.000 € + IVA) con stand e lista contatti dei partecipanti."),
  ("msg", "Alex, ultimi giorni per il Gold: se vuoi ti tengo bloccato lo slot fino a venerdì."),
  ("msg", "Ti segnalo anche il pacchetto Silver, più leggero: tavola rotonda più logo a 6.500 €. Fammi sapere!"))
Pm("connection_only_pitches", "es", "Fernando Ezquerra", "Key Account Banca | RegistroDORA", "Madrid",
   ("msg", "Buenas Alex, ¿cómo lleváis el registro de información de DORA? Nuestra herramienta lo genera en dos semanas a partir de vuestro "
           "inventario de proveedores TIC."),
   ("msg", "Alex, te adjunto la propuesta económica para Aldermoor: 18.000 € el primer año, implantación incluida. ¿La repasamos el martes?"))


# =============================================================== single_pitch
Pm("single_pitch", "de", "Marlene Oberhuber", "Key Account Managerin | Cloud-Datenplattformen für Banken", "Wien",
   ("msg", "Hallo Alex, kurzer Impuls: Wir migrieren gerade das Data Warehouse einer Volksbank in die Cloud, aufsichtskonform und mit "
           "DORA-Exit-Strategie. Wenn Sie mögen, zeige ich Ihnen die Architektur in 30 Minuten; Termine finden Sie direkt in meinem Kalender."))
P("single_pitch", "fr", "Lucien Aubertin", "Conseiller en gestion privée | dirigeants du secteur bancaire", "Genève",
  ("msg", "Bonjour Alex, en tant que dirigeant vous percevez sans doute une part variable différée et des actions de performance. "
          "J'accompagne plusieurs membres de comités de direction bancaires dans l'optimisation de ces rémunérations. Un premier rendez-vous, sans engagement ?"))
P("single_pitch", "en", "Hamish Drummond", "Founder | The CDO Coaching Practice", "Edinburgh",
  ("msg", "Alex, the first 100 days as CDO make or break you, and the next 1,000 decide whether you get an ExCo seat. My six-month programme "
          "for banking data leaders has one opening in March. Shall we book a discovery call?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Dr. Aoife Gallagher", "Lecturer in Data Science | University College Dublin", "Dublin",
  ("msg", "Alex, my MSc students built a synthetic retail-banking dataset for their capstone: two million customers, realistic default patterns, "
          "no real data anywhere. It's open on GitHub now; your model validation people might like it for testing."),
  ("msg", "One more thing: we're looking for an industry co-supervisor for a PhD on fairness in credit scoring. It's unpaid, a few hours a "
          "term, and the student is excellent. Would you consider it?"))
P("connection_brings_value", "de", "Katrin Abendroth", "Leiterin Datenmanagement | Landesbank", "Stuttgart",
  ("end",),
  ("msg", "Hallo Alex, wie beim letzten Treffen versprochen: anbei unsere Vorlage für das Data-Ownership-Modell samt RACI-Matrix. Mit der "
          "Internen Revision abgestimmt und frei verwendbar. Wenn Sie etwas ändern, bin ich auf Ihre Fassung gespannt."))
Pm("connection_brings_value", "it", "Vittorio Raimondi", "Responsabile Protezione Dati | Compliance bancaria", "Roma",
   ("msg", "Gentile Alex, Le segnalo che l'associazione di categoria ha aperto la consultazione sulle linee guida per l'uso dei dati nei modelli "
           "di IA. Il gruppo di lavoro dei DPO si riunisce giovedì, partecipazione gratuita anche da remoto: un punto di vista dal data office "
           "sarebbe molto utile. Allego il documento di consultazione.\n\nCordiali saluti\nVittorio Raimondi\n\nLe informazioni contenute in questo "
           "messaggio sono riservate e destinate esclusivamente al destinatario."))
Pm("connection_brings_value", "es", "Nuria Castellví", "Data Engineering Lead | Fintech de pagos", "Barcelona",
   ("msg", "Alex, vi tu pregunta en el post sobre contratos de datos. Te paso la plantilla que usamos (YAML más checks en la CI), está en nuestro "
           "repo público. Si quieres, le hago un recorrido de 20 minutos a tu equipo, sin nada a cambio: vosotros nos echasteis un cable con los SLA."))


# =============================================================== stranger_inmail_recruiter (and other good strangers)
P("stranger_inmail_recruiter", "en", "Victoria Ashcombe", "Partner, Financial Services Practice | Kensley Search", "London",
  ("inm", "Chief Data Officer - challenger bank (confidential)",
   "Alex, I'm retained by the board of a UK challenger bank (around £9bn balance sheet) to appoint its first Chief Data Officer, reporting to the "
   "CEO with a seat on ExCo. Your BCBS 239 remediation record is very close to what the chair described to me. Could we speak in confidence this week?"))
P("stranger_inmail_recruiter", "de", "Moritz Tiedemann", "Project Manager | Atheria Expert Network", "Berlin",
  ("inm", "Bezahltes Expertengespräch (60 Min.)",
   "Guten Tag Alex Morgan,\n\nein Investmentfonds möchte den Markt für Meldewesen-Software besser verstehen und sucht dafür die Einschätzung von "
   "Datenverantwortlichen aus Banken. Wir vergüten das einstündige Telefonat mit 450 €. Es werden keine vertraulichen Informationen über Ihr Haus "
   "erfragt; vorab erhalten Sie unsere Compliance-Erklärung zur Unterschrift. Hätten Sie Interesse?\n\nMit freundlichen Grüßen\nMoritz Tiedemann"))
Pm("stranger_inmail_recruiter", "fr", "Hélène Brissac", "Secrétaire générale | Association des Data Officers du secteur financier", "Paris",
   ("inm", "Invitation à intervenir – Assises du 12 juin",
    "Bonjour, notre association tient ses Assises annuelles à Paris le 12 juin. Le comité de programme souhaite vous inviter à intervenir sur la "
    "gouvernance des modèles d'IA générative en banque (20 minutes et questions). L'intervention est bénévole et nous prenons en charge votre "
    "déplacement. Seriez-vous disponible ?"))
Pm("stranger_inmail_recruiter", "es", "Lucas Echevarría", "Socio | Arenal Executive Search – Banca y Seguros", "Madrid",
   ("inm", "Chief Data & AI Officer – banco cotizado",
    "Buenos días, Alex: estamos buscando un Chief Data & AI Officer para un banco cotizado español. Reporta al consejero delegado, forma parte del "
    "comité de dirección y lidera un equipo de 150 personas. El mandato es confidencial. ¿Podemos hablar esta semana o la próxima?"))
P("stranger_inmail_recruiter", "it", "Prof. Carlo Benvenuti", "Professore ordinario di Economia degli intermediari finanziari | Università di Pavia", "Pavia",
  ("inm", "Intervista per una ricerca sui data office bancari",
   "Gentile Alex Morgan, con il mio gruppo stiamo conducendo una ricerca sull'organizzazione dei data office nelle banche europee di medie dimensioni. "
   "Le chiederei un'intervista di 40 minuti, anonima; in cambio Le invieremo in anteprima il rapporto finale. Resto a disposizione per ogni chiarimento."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Jared Pennington", "Senior Account Executive | Meridian Insight Group", "New York",
  ("inm", "Your data strategy and the board",
   "Hi Alex, CDOs at banks your size tell us their boards want outside validation of the data strategy. Our analysts provide exactly that, with "
   "unlimited inquiry calls. I'd love 20 minutes to walk you through the Banking Data Leader subscription."),
  ("inm", "Re: Your data strategy and the board",
   "Alex, following up with a complimentary excerpt of our latest banking data platforms evaluation. Full access starts at €36k per year; "
   "happy to put together a proposal for your team."))
Pm("stranger_inmail_sales", "de", "Sandra Kupferschmidt", "Head of Sales DACH | GreenScore ESG-Daten", "Frankfurt am Main",
   ("inm", "ESG-Daten für Ihr Kreditportfolio",
    "Guten Tag Alex Morgan, mit der CSRD und den EBA-Leitlinien steigen die Anforderungen an ESG-Daten im Kreditgeschäft. Wir liefern geprüfte "
    "ESG-Scores für 40.000 mittelständische Unternehmen, per API. Darf ich Ihnen ein unverbindliches Angebot zusenden?"))
P("stranger_inmail_sales", "fr", "Rodolphe Sainclair", "Head of Partnerships | Data Banking Day", "Paris",
  ("inm", "Prise de parole – Data Banking Day",
   "Bonjour Alex, il nous reste une place d'intervenant au Data Banking Day de septembre. Les prises de parole sont réservées à nos partenaires "
   "(pack intervenant à 8 900 € HT, visibilité et fichier des participants inclus). Voulez-vous que je vous bloque l'option ?"))
P("stranger_inmail_sales", "it", "Cinzia Monteleone", "Business Developer | MasterDat – MDM per il credito", "Napoli",
  ("inm", "Anagrafiche clienti duplicate?",
   "Buongiorno, nelle banche con cui lavoriamo il 7-9% delle anagrafiche è duplicato. MasterDat le riconcilia e alimenta segnalazioni e CRM "
   "dallo stesso golden record. Possiamo fissare una demo con il suo team?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Simon Achterberg", "Head of Data Science | Nordvik Bank", "Hamburg",
  ("inv", "Hi Alex, I'm building an open benchmark of data-quality rules for banking, Apache-licensed, no vendor behind it. Would you share a few "
          "anonymised DQ rules from your team? Full credit, of course."),
  ("msg", "Benchmark v0.1 is out and your team's three rules are in, credited. Repo and write-up are linked in the README. Thanks again!"),
  ("msg", "Alex, heads-up: I've spun the benchmark out into a company, DQBench. Design partners get the hosted version at €2k a month, and as an "
          "early contributor you'd be first in line. Shall I send the order form?", (20, 60)), nl="en")
Pm("good_turns_ugly", "fr", "Agathe Delorme", "Doctorante en IA explicable | Chaire Finance & Données", "Grenoble",
   ("inv", "Bonjour Alex, je prépare une thèse sur l'explicabilité des modèles de scoring. Un regard de praticien me serait précieux : accepteriez-vous "
           "un entretien de 30 minutes ? Je partagerai bien sûr mes résultats."),
   ("msg", "Merci infiniment pour l'entretien ! Comme promis, voici le chapitre de synthèse, vos remarques sur la traçabilité y sont citées (anonymement)."),
   ("end",),
   ("msg", "Petite faveur : je vous ai recommandé(e) pour {skill}. Pourriez-vous me recommander pour « Machine learning » et « Python » ? "
           "Je candidate dans des banques et cela m'aiderait beaucoup."))
Pm("good_turns_ugly", "de", "Dr. Tilman Reusch", "Partner | Reusch & Hoffmeister, Datenschutz- und KI-Recht", "Düsseldorf",
   ("inv", "Hallo Alex, am 5. März veranstalten wir ein kostenloses Webinar zur KI-Verordnung für Banken, mit Teilnahmebescheinigung für die "
           "Fortbildung. Ich würde Sie gern dazu einladen."),
   ("msg", "Danke für die Teilnahme! Hier die Folien und unsere Checkliste, gern zur internen Verwendung."),
   ("msg", "Hallo Alex, ergänzend zum Webinar bieten wir Banken ein KI-Compliance-Paket an: Gap-Analyse und Richtlinien, pauschal 19.500 € netto. "
           "Wann passt Ihnen ein Gespräch?", (10, 30)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Owen Prendergast", "Client Director | Meridian Insight Group", "Dublin",
  ("inm", "Research for your data office",
   "Hi Alex, a quick one: we're offering two complimentary analyst inquiry calls to banking CDOs this month, as a taster of our research "
   "subscription. Could I set up a short intro with our sales lead?"),
  ("inv", "Hi Alex, really enjoyed your comments at the Data Leaders breakfast in London. Would be great to stay in touch."))
P("reinvite_known_bad", "de", "Fabian Lörcher", "Account Manager | Datenplattformen", "Karlsruhe",
  ("inv", DEFAULT),
  ("inv", "Hallo Alex, wir waren beide auf der Bankentagung in Wiesbaden. Vernetzen wir uns?"))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Grégory Lancelot", "Ingénieur commercial | Plateforme de reporting réglementaire", "Bordeaux",
  ("inv", "Bonjour Alex, nos clients bancaires ont divisé par deux leur temps de production COREP. Un créneau de 20 minutes cette semaine ?"),
  ("rem",),
  ("inm", "Sérieusement ?",
   "Une invitation, une relance, aucune réponse. Je ne sais pas qui vous a appris les bonnes manières, mais ce n'était pas une réussite. "
   "Bonne chance avec vos tableurs."),
  ("inv", "Bonjour Alex, nouvelle année, nouveau départ ? Je serais ravi de vous compter dans mon réseau."))
Pm("reinvite_known_ugly", "es", "Marcelo Quiroga", "Comunidad Data Leaders Iberoamérica | Fundador", "Ciudad de México",
   ("inm", "Comunidad de líderes de datos",
    "Hola Alex, estoy armando una comunidad de líderes de datos de banca en España y Latinoamérica: un grupo de WhatsApp, sesiones mensuales y cero "
    "ventas. Me encantaría que te sumaras."),
   ("inm", "Bienvenido a la comunidad",
    "¡Qué bueno que te sumas! Para acceder a las sesiones, la membresía anual es de 1.200 USD, e incluye además nuestro diagnóstico de madurez "
    "de datos para tu banco. Te paso el link de pago."),
   ("inv", "Hola Alex, me encantaría tenerte en mi red."))


# =============================================================== user_invited_pitch_once
Pm("user_invited_pitch_once", "en", "Harriet Spalding", "Director, Banking | Ledgerline Regtech", "London",
   ("acc",),
   ("msg", "Thanks for connecting after the EBA workshop, Alex. Since you asked about our taxonomy mapping, I'll go one better: our team can run a "
           "proof of concept on your COREP templates, with the PoC fee credited against the licence. When can we scope it?"))
P("user_invited_pitch_once", "it", "Ottavio Ferrandi", "Partner | Osservatorio Dati & Banche (advisory e ricerca)", "Milano",
  ("acc",),
  ("msg", "Grazie del collegamento, Alex! Ti giro la brochure del nostro servizio per i data office: abbonamento annuale con dieci ore di "
          "analista incluse e accesso ai benchmark. Ti preparo un preventivo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "de", "Annika Reimold", "Vertrieb Finanzdienstleister | ArchivSafe", "Nürnberg",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Wie am Stand besprochen: ArchivSafe löst die revisionssichere Archivierung Ihrer Altdaten aus dem "
          "Kernbankensystem. Ich schicke Ihnen gern ein Angebot. Mit wem im Haus sollte ich sprechen?"),
  ("msg", "Hallo Alex, kurze Erinnerung an unser Angebot, die Konditionen gelten noch bis Quartalsende. Passt Ihnen Donnerstag für einen Call?"))
P("user_invited_pitch_twice", "es", "Gonzalo Iturbe", "Socio Director | Iturbe Data Consulting", "Bilbao",
  ("acc",),
  ("msg", "Gracias por la invitación, Alex. Tal como te comenté en el congreso, montamos oficinas del dato llave en mano para bancos medianos. "
          "¿Te envío una propuesta?"),
  ("msg", "Alex, te dejo por aquí la propuesta: 120.000 € por la fase uno, seis meses. ¿Cuándo te viene bien revisarla?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Prof. Deepa Raghunathan", "Professor of Computer Science | Imperial College London", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. As promised after the panel, here's our paper on privacy-preserving record linkage between banks, plus "
          "the code. If your team wants to try it in a sandbox, one of my postdocs can help for a day or two; we'd love a real-world test case."))
P("user_invited_value", "fr", "Laurent Miquelon", "Directeur des données | Mutuelle Nationale Santé", "Lyon",
  ("acc",),
  ("msg", "Merci pour l'invitation. Comme convenu, je vous transmets notre charte d'éthique des données et le compte rendu de notre comité, "
          "validés par notre DPO. Appelez-moi si vous voulez en parler avant votre passage en comité des risques."))
P("user_invited_value", "it", "Federica Lanfranchi", "Senior Data Scientist | Gruppo assicurativo", "Trieste",
  ("acc",),
  ("msg", "Grazie per l'invito! Ti lascio il link al notebook di cui parlavamo, il feature store con i controlli di qualità: è open source. "
          "Se al vostro team serve una mano ad adattarlo, scrivimi pure."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "es", "Marina Sorribes", "Directora de Riesgos | Caja Rural del Ebro", "Zaragoza", ("acc",))
P("acceptance_only", "de", "Henrike Vosskamp", "Chief Risk Officer | Privatbank", "Hamburg", ("acc",))
P("lone_endorsement", "en", "Callum Fairweather", "Data Engineer | Aldermoor Bank", "Leeds", ("end",))
P("lone_endorsement", "it", "Pietro Gualtieri", "Analista di dati | Banca territoriale", "Padova", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Compliance Office", "compliance@aldermoor-bank.example", "Reminder: expert network calls need pre-clearance",
     "Dear colleagues,\n\nseveral of you have been approached on LinkedIn by expert networks offering paid consultation calls. Such calls require "
     "pre-clearance by Compliance under policy C-14, whether paid or not. Please use the outside-activity form.\n\nCompliance Office", "en"),
    ("Apex Banking Events", "billing@apex-events.example", "Invoice 2025-0412: Speaker Package Gold",
     "Dear Alex Morgan,\n\nplease find attached the invoice for the Speaker Package Gold as discussed with our team on LinkedIn. Payment terms 14 days.", "en"),
    ("Jonas Fellner", "jonas.fellner@aldermoor-bank.example", "Fwd: CDO-Mandat über LinkedIn",
     "Hallo Alex,\n\nder Headhunter, der dich auf LinkedIn angeschrieben hat, hat sich auch bei mir gemeldet. Scheint seriös. Wollte es dir nur sagen.\n\nJonas", "de"),
    ("DAMA Frankfurt", "info@dama-frankfurt.example", "Chapter-Treffen im Februar – folgt uns auf LinkedIn",
     "Liebe Mitglieder,\n\ndas nächste Chapter-Treffen findet am 12. Februar statt. Die Anmeldung läuft wie immer über unsere LinkedIn-Gruppe.", "de"),
    ("Direction de la communication", "communication@aldermoor-bank.example", "Charte de prise de parole sur LinkedIn",
     "Bonjour à tous,\n\nrappel : toute publication sur LinkedIn qui mentionne la banque doit respecter la charte de communication. "
     "Les invitations à intervenir en conférence passent par nous.", "fr"),
    ("Iñaki Berasategui", "ventas@datacatalogo.example", "Nos conectamos en LinkedIn",
     "Hola Alex,\n\nnos conectamos en LinkedIn la semana pasada. Te escribo por aquí para proponerte una demo de nuestro catálogo de datos. ¿Martes a las 10?", "es"),
    ("Calendario", "calendar@aldermoor-bank.example", "Invito: chiamata esperto Atheria (da LinkedIn)",
     "Sei stato invitato a: chiamata esperto Atheria\nQuando: giovedì 17:00 – 18:00\nNote: pre-clearance Compliance ottenuta.", "it"),
    ("Universidad de Deusto", "master.datos@deusto.example", "Confirmación de tu sesión en el Máster",
     "Hola Alex,\n\nte confirmamos la sesión del 14 de noviembre. Ignacio nos dijo que lo hablasteis por LinkedIn. Te mandamos el billete de tren esta semana.", "es"),
    ("IT Security", "security@aldermoor-bank.example", "Phishing wave: fake LinkedIn InMails about paid expert calls",
     "We are seeing fake LinkedIn messages that promise a paid expert call and then ask for bank details to 'release the honorarium'. "
     "Do not click. Report them to the SOC.", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot thirty-third development corpus (dev33). Generated by scripts/make_corpus_dev33.py (seed {SEED}); do not edit by hand.",
          "# Alex as chief data officer of a mid-size bank: regtech and data vendors, analyst subscriptions, pay-to-speak vs unpaid speaking, "
          "expert networks, headhunters for CDO roles, customer advisory boards that lead to a sale, vendor hostility after silence. "
          "Same format as tests/corpus/dev."]
ERAS: dict[str, str] = {n: "cur" for n in MODERN}


def _check_notes() -> None:
    """LinkedIn caps invitation notes at 300 characters; names are unique."""
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "duplicate name"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    assert set(ERAS) <= set(names), set(ERAS) - set(names)


if __name__ == "__main__":
    _check_notes()
    main(__doc__, "dev33", SEED, PEOPLE, FOREIGN, spoofs=10, other=10, header=HEADER, eras=ERAS)
