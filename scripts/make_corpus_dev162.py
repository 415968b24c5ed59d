#!/usr/bin/env python3
"""Write mailbot's dev162 corpus: tests/corpus/dev162/*.eml + expected.toml.

The angle: September and October 2019 of the user Alex, HR business partner at an automotive
supplier in Graz, mostly in the 2016 layout. Their LinkedIn world: temp and recruitment
agencies (Arbeitskräfteüberlassung), HR-software and assessment vendors, applicants (one of
them angry after a rejection), works-council contacts, trainers, HR peers from Styria,
Carinthia, Slovenia, Croatia and Friuli sharing practice. Austrian German, English written by
Slovenian and Croatian speakers, some Italian and French.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, headlines of spoof-only names and the
pitches that spoofs carry are swapped for this world in this process only. Every note was
written from shared/taxonomy.md alone, without reading mailbot's signals, judge or wording,
or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev162.py              # writes tests/corpus/dev162
    python scripts/make_corpus_dev162.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20190916

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2019, 9, 2, 5, 30, tzinfo=timezone.utc)
WIN_HI = datetime(2019, 10, 31, 19, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 11), "inm": (3, 10), "inv": (22, 32)})


def _window(steps) -> tuple[datetime, datetime]:
    """Where a story may start so that its last mail still lands inside the two months."""
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ an HR business partner in Graz (this process only)
RHEADLINE = "HR Business Partner | Produktion & Logistik | Steirische Antriebstechnik GmbH"
SKILLS = {
    "en": ["Human Resources", "Employee Relations", "Recruiting", "Talent Management", "Labour Law", "Change Management"],
    "de": ["Personalwesen", "Arbeitsrecht", "Personalbeschaffung", "Personalentwicklung", "Employer Branding", "Lehrlingsausbildung"],
    "fr": ["Ressources humaines", "Relations sociales", "Recrutement", "Gestion des talents"],
    "es": ["Recursos humanos", "Relaciones laborales", "Selección de personal", "Gestión del talento"],
    "it": ["Risorse umane", "Relazioni sindacali", "Selezione del personale", "Gestione dei talenti", "Formazione"],
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE
mc.JOBS[:] = [("HR Business Partner (m/w/d)", "Magna Steyr"), ("Head of HR Operations", "AVL List"), ("Personalreferent Produktion", "Knapp AG"),
              ("Senior HR Manager Automotive", "Hella Slovenija"), ("HR Generalist (m/w/d)", "Pankl Racing")]
mc.COMPANIES["good"] = ["Murtal Präzisionsteile", "Feistritz Gusswerk", "Drava Components d.o.o.", "Friulmec Srl", "WIFI Steiermark",
                        "FH Joanneum", "Lokalna Proizvodnja d.d.", "Arbeiterkammer Steiermark"]
mc.COMPANIES["sales"] = ["FlexiPersonal GmbH", "TalentCheck Assessments", "HRcloud Suite", "ZeitPunkt Software", "Adria Staffing d.o.o.",
                         "BenefitPlus Versicherungsmakler", "Kickoff Teamevents"]
mc.HEADLINES["good"] = ["HR Manager bei {co}", "Head of People | {co}", "Personalentwicklung | {co}", "Lehrlingsbeauftragte bei {co}",
                        "HR Generalist at {co}", "Betriebsratsvorsitzender | {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Business Development Manager at {co}", "Geschäftsführer | {co}",
                         "Helping HR teams save time | {co}", "Sales Director DACH & Adriatic | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, a candidate shared an updated CV with you through LinkedIn. Sign in to open the attachment before it expires.",
           "Dear {first}, your company page received a compliance warning. Verify your HR admin account to keep your job postings online."],
    "de": ["Hallo {first}, ein Bewerber hat Ihnen seine Unterlagen über LinkedIn freigegeben. Bitte melden Sie sich an, um das PDF zu öffnen.",
           "Guten Tag {first}, Ihre Stellenanzeigen werden in 24 Stunden deaktiviert. Bitte bestätigen Sie Ihr Recruiter-Konto."],
    "fr": ["Bonjour {first}, un candidat vous a transmis son CV via LinkedIn. Connectez-vous pour ouvrir le document.",
           "Bonjour {first}, vos offres d'emploi seront suspendues. Merci de confirmer votre compte recruteur."],
    "es": ["Hola {first}, un candidato ha compartido su CV contigo. Inicia sesión para abrir el archivo.",
           "Estimado/a {first}, sus ofertas de empleo serán desactivadas. Confirme su cuenta de reclutador."],
    "it": ["Ciao {first}, un candidato ha condiviso il suo CV con te. Accedi per aprire il file prima che scada.",
           "Gentile {first}, i suoi annunci di lavoro verranno sospesi. Confermi il suo account recruiter."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "de": {"job": ("{n} neue Jobs für „HR Business Partner“", "Ihr Jobalarm für HR Business Partner in {city}"),
           "news": "Kollektivvertrag Metall: Was die Herbstrunde bringen könnte", "group": "Top-Unterhaltungen in HR Netzwerk Steiermark",
           "newsletter": "Personalpraxis kompakt: Das neue Arbeitszeitgesetz ein Jahr danach"},
    "en": {"job": ("{n} new jobs for \"HR business partner\"", "Your job alert for HR business partner in {city}"),
           "news": "Carmakers slow hiring as the diesel slump bites suppliers", "group": "Top conversations in Automotive HR Europe",
           "newsletter": "The Shopfloor People Letter: keeping shift workers through a downturn"},
    "it": {"job": ("{n} nuove offerte per \"HR business partner\"", "Il tuo avviso di lavoro per HR business partner a {city}"),
           "news": "Automotive, la frenata tedesca arriva nei distretti del Nord-Est", "group": "Conversazioni principali in HR Alpe Adria",
           "newsletter": "Persone e fabbrica: il welfare aziendale nelle PMI"},
})

# nine spoofs, one of each family: look-alike domains, a "LinkedIn" display name, failed or missing DKIM, an untrusted pass
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin.com.secure-notify.example",
                       "untrusted:mx.google.com", "noauth", "lookalike:xn--lnkedin-rfb.com", "buried", "wrongpass"]

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Mateja Kranjc", "Vodja kadrovske službe | Drava Components d.o.o.", "Maribor",
  ("inv", "Hello Alex, we met at the AMZ cluster day in Maribor. We are introducing a 4-shift model next year and our union asks many things. "
          "You did this in Graz in 2017, no? Can I ask you few questions about how you prepared the works council? Thank you!"),
  ("rem",), nl="en")
P("good_invitation", "de", "Wolfgang Pichler", "Trainer Lehrlingsausbildung | WIFI Steiermark", "Graz",
  ("inv", "Grüß Gott Frau/Herr Alex! Am 17. Oktober gibt's im WIFI einen Infoabend für Ausbildner in Metallbetrieben – neue Lehrberufsordnung, "
          "Praxisbeispiele, Buffet. Kostet nix, Plätze sind aber begrenzt. Würd mich freuen, wenn jemand von Ihnen kommt. LG Wolfgang Pichler"))
P("good_invitation", "de", "Ivana Babić", "Senior HR Generalist | Lokalna Proizvodnja d.d.", "Zagreb",
  ("inv", "Dear Alex, I am collecting how automotive suppliers in the region handle onboarding of agency workers. "
          "I will share the full comparison (6 companies so far, anonymous) with everybody who contributes. Would you join? Greetings from Zagreb"),
  nl="en")
P("good_invitation", "de", "Sabine Hofer", "Betriebsratsvorsitzende | Feistritz Gusswerk", "Weiz",
  ("inv", "Hallo! Wir machen im November wieder den Austausch Betriebsrat & Personal in der Oststeiermark – beide Seiten am Tisch, "
          "ohne Berater, heuer Thema Altersteilzeit. Ihr BRV Herr Pölzl war schon dabei und hat Sie empfohlen. Lust mitzukommen?"),
  ("rem",))
P("good_invitation", "it", "Chiara Fabbro", "Responsabile Risorse Umane | Friulmec Srl", "Udine",
  ("inv", "Ciao Alex, sono Chiara di Friulmec (ci siamo sentiti al convegno di Villach). Stiamo pensando a uno scambio di apprendisti per due settimane "
          "tra Udine e Graz, tipo Erasmus per officina. Ti andrebbe di parlarne? Ci sono anche fondi Interreg."))
P("good_invitation", "fr", "Élise Marchand", "Responsable RH International | groupe Mécasud", "Lyon",
  ("inv", "Bonjour Alex, je reprends le dossier des détachements de nos techniciens vers votre site de Graz. "
          "J'aurais deux questions sur la déclaration ZKO3 côté autrichien, vous pourriez m'éclairer ? Merci d'avance, Élise"))


# =============================================================== default_invitation
P("default_invitation", "de", "Markus Url", "Schichtleiter | Automotive", "Leibnitz", ("inv", DEFAULT), ("rem",))
P("default_invitation", "de", "Nina Kovač", "Recruitment Consultant", "Ljubljana", ("inv", DEFAULT), nl="en")
P("default_invitation", "de", "Thomas Gruber", "Personalverrechnung | Lohn & Gehalt", "Graz", ("inv", NONOTE))
P("default_invitation", "it", "Luca Zanin", "Addetto selezione | Agenzia per il lavoro", "Pordenone", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Daniel Resch", "Niederlassungsleiter | FlexiPersonal GmbH", "Graz",
  ("inv", "Servus! Wir stellen Produktionshelfer und Staplerfahrer innerhalb von 48h bereit – AÜG-konform, faire Stundensätze. "
          "Gerade vor dem Jahresende wird's oft eng. Darf ich Ihnen unsere Konditionen schicken?"))
P("sales_invitation", "de", "Jasmin Wallner", "Sales | HRcloud Suite", "Wien",
  ("inv", "Hallo Alex, viele Personalabteilungen in der Industrie arbeiten noch mit Excel und Papier-Urlaubsscheinen. "
          "Unsere Suite digitalisiert das in 6 Wochen. Ich zeige Ihnen gern in 20 Minuten, wie das bei einem Zulieferer aussieht."))
P("sales_invitation", "de", "Andrej Novak", "Business Development | TalentCheck Assessments", "Ljubljana",
  ("inv", "Hi Alex, we help automotive companies reduce wrong hires by 40% with our online aptitude tests for operators and technicians. "
          "Free pilot for first 20 candidates. When do you have 15 minutes for short presentation?"), nl="en")
P("sales_invitation", "it", "Francesca Bellini", "Consulente elaborazione paghe | Studio Bellini", "Trieste",
  ("inv", "Buongiorno Alex, seguiamo l'elaborazione paghe per aziende con sedi in Italia e Austria. Se avete personale distaccato in Friuli "
          "posso prepararle un preventivo senza impegno."))
P("sales_invitation", "fr", "Julien Perrot", "Coach de dirigeants | Fondateur d'Élan Leadership", "Annecy",
  ("inv", "Bonjour Alex, j'accompagne les managers de production dans leur posture de leader. Mon programme de 8 séances donne des résultats mesurables. "
          "Seriez-vous ouvert à un appel découverte ?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Bernhard Lechner", "Gründer HR-Runde Steiermark | Personalberater", "Graz",
  ("inv", "Hallo Alex, ich organisiere die HR-Runde Steiermark: einmal im Monat ein Frühstück für Personaler aus der Industrie, reiner Erfahrungsaustausch. "
          "Wir würden uns über jemanden aus der Zulieferbranche freuen!"),
  ("msg", "Danke fürs Vernetzen! Kurz zu etwas anderem: Wir besetzen über unsere Agentur aktuell sehr erfolgreich Instandhalter und SPS-Techniker. "
          "Bei Vermittlung innerhalb von 30 Tagen nur 18% vom Jahresbrutto. Haben Sie gerade offene Stellen? Dann schick ich gleich Profile."))
P("bait_and_switch_invitation", "de", "Tomaž Zupan", "Regional Director Adriatic | TalentCheck Assessments", "Celje",
  ("inv", "Dear Alex, as fellow HR people in automotive I think we can learn from each other. I am always interested how Austrian companies "
          "do the apprentice selection. Let's connect!"),
  ("msg", "Thank you for accept. Like promised I want to show you our assessment platform, it is used in 60 factories in Slovenia and Croatia. "
          "Which day next week fits you for a demo via Teams?"),
  ("msg", "Hello Alex, just bringing this up again. Special price for Austrian clients until end of October, 15% discount on the yearly licence."), nl="en")
P("bait_and_switch_invitation", "de", "Marina Horvat", "Compensation & Benefits Specialist | Adria Pay Insights", "Rijeka",
  ("inv", "Hi Alex, we just finished a salary survey for production roles in Austria, Slovenia and Croatia. Happy to send you the summary PDF for free, "
          "I think it is useful for your planning."),
  ("msg", "Hi Alex, nice to be connected. The summary has only the averages, the real value is in the full report by function and region. "
          "It is 2.400 EUR per year, or 1.900 EUR if you order before 15 October. Shall I send you the order form?"), nl="en")
P("bait_and_switch_invitation", "de", "Stefan Moser", "Ausbildungsleiter a.D. | Berater Lehrlingswesen", "Kapfenberg",
  ("inv", "Sehr geehrte/r Alex, ich bin seit 30 Jahren in der Lehrlingsausbildung und hätte eine Frage zu Ihrem Modell mit der überbetrieblichen "
          "Lehrwerkstätte. Wie finanziert ihr das? Danke und beste Grüße"),
  ("msg", "Vielen Dank! Ich darf offen sein: Ich vertreibe eine Lernplattform für Lehrlinge (Berufsschulvorbereitung, LAP-Training). "
          "Für 50 Lehrlinge kostet das 3.900 € im Jahr, gefördert wird ein Teil. Soll ich Ihnen ein Angebot machen?"))
P("bait_and_switch_invitation", "it", "Giorgia Rinaldi", "Community Manager | HR Automotive Alpe-Adria", "Gorizia",
  ("inv", "Ciao Alex! Ho creato una community di HR dell'automotive tra Friuli, Carinzia e Slovenia: incontri, scambio di buone pratiche, niente vendite. "
          "Ci farebbe piacere averti con noi."),
  ("msg", "Grazie per esserti unita/o! Approfitto: collaboro con un broker assicurativo e abbiamo un pacchetto di welfare e polizze sanitarie collettive "
          "pensato per aziende metalmeccaniche. Posso mandarti una proposta per i vostri 800 dipendenti?", (3, 9)),
  ("msg", "Alex, ti riscrivo per la proposta welfare: ho tenuto libero un appuntamento giovedì alle 10. Ti mando il link?"))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Petra Steiner", "Projektleiterin | HR Excellence Panel Österreich", "Linz",
  ("inm", "Einladung: HR Excellence Panel 2019", "Guten Tag, wir führen heuer wieder die Studie zur Personalarbeit in österreichischen Industriebetrieben durch. "
          "Als Teilnehmer erhalten Sie den Ergebnisbericht kostenlos. Das Interview dauert 20 Minuten. Dürfen wir Sie einplanen?"),
  ("inm", "Ihr persönliches Benchmarking", "Danke für Ihr Interesse! Aufbauend auf der Studie bieten wir ein individuelles Benchmarking Ihrer HR-Prozesse an: "
          "2 Workshoptage, Bericht und Maßnahmenplan, Pauschale 6.800 € netto. Wann können wir das kurz telefonisch besprechen?"))
P("bait_and_switch_inmail", "en", "Dario Kos", "Researcher | Workforce Analytics", "Split",
  ("inm", "Short interview about shift work", "Hello Alex, I am doing a research about fatigue and absence in shift work in automotive plants. "
          "Could you give me 10 minutes for a short interview? All answers anonymous, you get the results."),
  ("inm", "Re: shift work", "Hi again Alex, thanks for the answers. I forgot to mention, the research is done by ShiftWise, we make a scheduling software "
          "which lowers overtime costs. I would like to show you a demo next week, can you send me two dates?"))
P("bait_and_switch_inmail", "fr", "Aurélie Fontaine", "Consultante QVT | Équilibre & Performance", "Grenoble",
  ("inm", "Guide gratuit : prévenir les TMS en atelier", "Bonjour Alex, nous avons rédigé un guide pratique de 30 pages sur la prévention des troubles "
          "musculo-squelettiques en production. Je vous l'envoie volontiers, gratuitement. Il est aussi disponible en anglais."),
  ("inm", "Suite au guide", "Bonjour Alex, j'espère que le guide vous a plu. Nous proposons un audit ergonomique de vos postes sur site, "
          "à partir de 4 500 € par ligne. Puis-je vous proposer un créneau pour en parler ?"))
P("bait_and_switch_inmail", "de", "Jure Mlakar", "Community Lead | Adriatic HR Circle", "Koper",
  ("inm", "Adriatic HR Circle", "Hi Alex, we are small group of HR managers from Slovenia, Croatia and Austria, we meet online every month and share "
          "experiences about labour shortage. No costs. Would you like to join next meeting?"),
  ("inm", "Workers from Bosnia and Serbia", "Hello Alex, about labour shortage: my company Adria Staffing can bring welders and CNC operators from Bosnia "
          "and Serbia, including all permits. First 5 workers in 6 weeks. Can we talk about conditions?"), nl="en")


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Kevin Hainzl", "Recruiter | Industrie & Technik", "Graz",
  ("end",), ("end",),
  ("msg", "Hey Alex, hab dir {skill} bestätigt, passt ja perfekt 😉 Könntest du mir im Gegenzug Active Sourcing und Recruiting bestätigen? "
          "Bin gerade auf Jobsuche und das Profil soll was hermachen. Danke dir!"))
P("endorse_me_back", "de", "Ana Petrović", "HR Specialist | Recruitment & Selection", "Osijek",
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill}, you really deserve it. Can you maybe endorse me also for Recruiting and Employer Branding? "
          "It would help me a lot. Thanks and greetings!"), nl="en")
P("endorse_me_back", "it", "Roberto Cattaneo", "HR Generalist | Metalmeccanico", "Monfalcone",
  ("end",),
  ("msg", "Ciao Alex, ti ho segnalato la competenza {skill}. Se ti va di ricambiare, mi faresti un favore con Relazioni sindacali: sto cercando un nuovo ruolo. Grazie mille!"))
P("endorse_me_back", "de", "Manuela Fink", "Personalentwicklerin | Trainerin", "Leoben",
  ("end",), ("end",),
  ("msg", "Liebe/r Alex, ich habe Sie für {skill} und Personalentwicklung empfohlen. Eine Bitte: Würden Sie mir auch ein paar Kenntnisse bestätigen, "
          "v.a. Moderation und Train the Trainer? Ich baue mich gerade als Selbstständige auf. Herzlichen Dank!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Patrick Schwarz", "Maschinenbautechniker | auf Jobsuche", "Graz",
  ("inv", "Guten Tag, ich habe mich letzte Woche als Instandhaltungstechniker bei Ihnen beworben. Würde mich freuen, wenn wir uns vernetzen."),
  ("rem",),
  ("inm", "Absage", "Ich habe heute eine Standardabsage bekommen, nach 3 Wochen, ohne ein einziges Wort warum. Meine Anfrage ignorieren Sie auch. "
          "So behandelt man keine Fachkräfte. Sie sitzen in Ihrem Büro und haben keine Ahnung, was ein Techniker leistet. Armselig."))
P("hostility_after_decline", "de", "Goran Marić", "Owner | Marić Industrial Staffing", "Banja Luka",
  ("inv", "Hello Alex, we supply qualified welders and locksmiths from Bosnia for Austrian industry, all papers prepared. Let's connect and talk about your needs."),
  ("inm", "No answer?", "Alex, I sent you invitation and message, no answer. In my country this is called bad manners. You HR people complain about shortage "
          "of workers and then you are too arrogant to answer. Good luck with that."), nl="en")
P("hostility_after_decline", "de", "Jennifer Koller", "Office Managerin | Quereinsteigerin HR", "Gleisdorf",
  ("inv", DEFAULT), ("rem",),
  ("inm", "?", "Ich finde es schon sehr überheblich, dass Sie nicht mal eine Kontaktanfrage annehmen. Gerade von jemandem aus dem Personalbereich "
          "hätte ich mir mehr Respekt erwartet. Schade, sagt viel über Ihre Firma aus."))
P("hostility_after_decline", "it", "Marco De Luca", "Venditore | Soluzioni di formazione", "Treviso",
  ("inv", "Buongiorno Alex, offriamo corsi di sicurezza sul lavoro in italiano e tedesco per aziende con sedi in entrambi i paesi. Colleghiamoci."),
  ("inm", "Complimenti", "Complimenti per la professionalità. Una richiesta di collegamento costa un click, ma evidentemente per lei è troppo. "
          "Chi lavora nelle risorse umane dovrebbe sapere cos'è l'educazione."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Herbert Zach", "Geschäftsführer | Zach Personalservice", "Graz",
  ("msg", "Servus Alex, wir haben gerade 12 Produktionsmitarbeiter frei, die ab Montag starten könnten. Schichtbereit, teilweise mit Staplerschein. "
          "Soll ich dir die Liste schicken?"),
  ("msg", "Alex, zweimal geschrieben, keine Antwort. Ihr habts mit uns 2015 gut gearbeitet und jetzt ist man Luft? So ein Verhalten ist einfach letztklassig. "
          "Man sieht sich immer zweimal."))
P("hostility_connection", "de", "Milan Novak", "Key Account Manager | HRcloud Suite", "Ljubljana",
  ("acc",),
  ("msg", "Hi Alex, thanks for accepting. Our HR suite has module for works council documentation which is unique for Austrian market. Can I show it to you?"),
  ("msg", "I see you read my message and don't answer. Honestly this is very unprofessional. I am not a spammer, I wanted to help you. "
          "You should learn some basic courtesy."), nl="en")
P("hostility_connection", "fr", "Claude Renard", "Directeur commercial | Formations Renard", "Strasbourg",
  ("msg", "Bonjour Alex, nous formons les chefs d'équipe à l'animation des réunions de début de poste, en français, allemand ou anglais. "
          "Je vous envoie notre catalogue ?"),
  ("msg", "Sans réponse depuis trois semaines. Je trouve assez méprisant d'accepter une connexion pour ensuite ignorer les gens. "
          "Un minimum de politesse ne coûte rien, même en RH."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Christian Pail", "Vertriebsleiter Süd | FlexiPersonal GmbH", "Graz",
  ("msg", "Hallo Alex, der Herbst ist bei vielen Zulieferern Hochsaison. Brauchen Sie Leasingpersonal für die Montage? Wir hätten sofort Kapazitäten."),
  ("msg", "Kurze Info: Neukunden bekommen bei uns im Oktober die erste Woche zum halben Stundensatz. Darf ich ein Angebot schicken?"),
  ("msg", "Alex, noch einmal wegen Leasingpersonal – wir könnten auch Schichtarbeiter für das Wochenende stellen. Ein kurzer Anruf?"))
P("connection_only_pitches", "de", "Bojan Kralj", "Sales Manager | ZeitPunkt Software", "Novo Mesto",
  ("msg", "Hello Alex, I know your plant has many shifts. Our time tracking system is connected with BMD and SAP payroll and cuts manual work by half. "
          "Can I send you a offer?"),
  ("msg", "Hi Alex, we have now a new version with mobile app for shift swaps. Do you have 20 minutes for online demo this week?"), nl="en")
P("connection_only_pitches", "it", "Elena Russo", "Event Manager | Kickoff Teamevents", "Venezia",
  ("msg", "Ciao Alex! Per la vostra festa di fine anno organizziamo team building a Venezia o sulle Dolomiti, pacchetti da 60 a 300 persone. Ti mando il catalogo?"),
  ("msg", "Alex, gli ultimi weekend di dicembre stanno finendo. Vuoi che ti blocchi una data con preventivo?"))
# =============================================================== single_pitch
P("single_pitch", "de", "Karin Wolf", "Mediaberatung | Jobportal Steiermark", "Graz",
  ("msg", "Hallo Alex, wir haben ein Herbstpaket für Stellenanzeigen: 5 Inserate plus Social-Media-Push um 990 €. Passt das für Ihre offenen Technikerstellen?"))
P("single_pitch", "de", "Igor Vuković", "Relocation Services | Welcome2Austria", "Wien",
  ("msg", "Hi Alex, when you hire engineers from abroad, we take care of visa, flat search and registration. Package from 1.200 EUR per person. Interested?"), nl="en")
P("single_pitch", "fr", "Sophie Laurent", "Traductrice assermentée FR/DE/EN", "Mulhouse",
  ("msg", "Bonjour Alex, je traduis contrats de travail, règlements et conventions en français et allemand, avec certification. Tarif dégressif pour les volumes. "
          "N'hésitez pas si besoin."))
# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Eva Rauch", "HR Managerin | Murtal Präzisionsteile", "Judenburg",
  ("msg", "Hallo Alex, wie versprochen unsere Betriebsvereinbarung zur Gleitzeit in der Verwaltung, anonymisiert. Der Passus zur Zeitgutschrift bei Dienstreisen "
          "hat uns viel Diskussion erspart. Nimm raus, was du brauchst!"))
P("connection_brings_value", "de", "Maja Žnidaršič", "People Partner | Drava Components", "Ptuj",
  ("end",),
  ("msg", "Hi Alex, remember we talked about exit interviews? I put our questionnaire and the analysis template in English in the link below. "
          "We got much more honest answers since we do it by phone after 3 months. Maybe it's useful for you."), nl="en")
P("connection_brings_value", "it", "Paolo Furlan", "HR Director | Friulmec Srl", "Udine",
  ("msg", "Ciao Alex, il 24 ottobre a Pordenone c'è una tavola rotonda gratuita sul contratto metalmeccanico e sullo smart working in produzione. "
          "Ti ho messo in lista come ospite, se vuoi venire basta confermarmi."))
P("connection_brings_value", "de", "Gerhard Pölzl", "Betriebsratsvorsitzender", "Graz",
  ("msg", "Hallo Alex, für die Sitzung am Donnerstag: Ich hab dir den Entwurf vom Sozialplan mit unseren Anmerkungen in die Cloud gelegt. "
          "Die Punkte 4 und 7 sollten wir vorher kurz durchgehen, dann geht's schneller."),
  ("msg", "Danke fürs Gespräch heute. Die AK bietet übrigens im November eine kostenlose Schulung zur Arbeitszeitaufzeichnung für BR und HR gemeinsam an, Link anbei."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Christina Mayr", "Executive Search | Industrie", "Wien",
  ("inm", "Head of HR – Werk Oberösterreich", "Guten Tag, ich suche im Auftrag eines Familienunternehmens der Antriebstechnik eine/n Head of HR für ein Werk "
          "mit 1.100 Mitarbeitern nahe Steyr. Ihr Profil passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch?"))
P("stranger_inmail_recruiter", "de", "Tanja Jurić", "Talent Acquisition Lead | Hella Slovenija", "Ljubljana",
  ("inm", "Senior HR Manager opportunity", "Dear Alex, we are opening a new plant near Maribor and search Senior HR Manager who knows Austrian and "
          "Slovenian labour practice. German is a big plus. Would you be open to talk? Salary range is very competitive."), nl="en")
P("stranger_inmail_recruiter", "it", "Alessandro Berti", "Head Hunter | Automotive & Meccanica", "Milano",
  ("inm", "Posizione HR Business Partner", "Buongiorno Alex, per un gruppo della componentistica con sede a Gorizia cerco un HR Business Partner bilingue "
          "tedesco-italiano. Le andrebbe di sentirci per qualche minuto?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Philipp Eder", "Account Manager | Personal Plus", "Graz",
  ("inm", "Personal für Ihre Produktion", "Sehr geehrte/r Alex, Personal Plus stellt qualifizierte Fachkräfte in der Steiermark zur Verfügung. "
          "Ich würde mich gern kurz persönlich vorstellen."),
  ("inm", "Nachfrage", "Guten Tag, ich wollte nachhaken, ob Sie Bedarf an Elektrikern oder Schlossern haben. Wir haben aktuell mehrere verfügbar."))
P("stranger_inmail_sales", "en", "Vesna Marković", "Regional Sales | PeopleDesk HRIS", "Belgrade",
  ("inm", "Your HR processes in 2020", "Hi Alex, many manufacturers in Austria still manage HR data in five different tools. PeopleDesk puts all in one place. "
          "Would you be open for a 30-minute demo?"))
P("stranger_inmail_sales", "it", "Laura Conti", "Consulente | Formazione finanziata", "Verona",
  ("inm", "Formazione gratuita con i fondi interprofessionali", "Buongiorno, aiutiamo le aziende a finanziare la formazione con Fondimpresa. "
          "Se avete una sede in Italia posso prepararvi un piano formativo. Quando possiamo sentirci?"))
P("stranger_inmail_sales", "fr", "Nicolas Girard", "Business Developer | Mobilis Expat", "Paris",
  ("inm", "Mobilité internationale", "Bonjour Alex, nous gérons la paie et le suivi administratif de vos salariés détachés en France. "
          "Puis-je vous présenter notre offre en 20 minutes ?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Florian Weiss", "Rechtsanwalt | Arbeitsrecht", "Graz",
  ("inv", "Hallo Alex, am 26.9. halte ich im Grazer HR-Stammtisch einen Kurzvortrag zu den neuen Regeln beim 12-Stunden-Tag. Eintritt frei, danach Diskussion. "
          "Wäre schön, Sie dort zu sehen."),
  ("msg", "Danke fürs Kommen gestern! Wie besprochen die Folien und die Übersicht der aktuellen OGH-Entscheidungen zur Überstundenpauschale."),
  ("msg", "Hallo Alex, wir bieten Unternehmen eine arbeitsrechtliche Jahrespauschale an: unbegrenzt Anfragen per Telefon, 2 Vertragsprüfungen pro Monat, "
          "ab 650 € monatlich. Wollen wir einen Termin ausmachen?"))
P("good_turns_ugly", "de", "Ivan Perić", "HR Manager | Lokalna Proizvodnja d.d.", "Varaždin",
  ("inv", "Hi Alex, I am HR at a supplier in Varaždin, we have similar products as you. I would like to ask how you handle the Christmas bonus "
          "for agency workers. Can we exchange?"),
  ("msg", "Thank you Alex for the detailed answer! Here is our policy for the same, maybe interesting for comparison. Cheers"),
  ("end",),
  ("msg", "Hi Alex, I endorsed you for {skill}. Could you please do the same for me, Labour Law and Recruiting? I'm applying for a job in Austria. Thanks!"),
  nl="en")
P("good_turns_ugly", "it", "Simona Ferri", "Formatrice | Sicurezza sul lavoro", "Tarvisio",
  ("inv", "Ciao Alex, sto traducendo in italiano le schede di sicurezza per macchine utensili che usate anche voi. Te le mando gratis, magari servono ai tuoi colleghi italiani."),
  ("msg", "Ecco le schede tradotte, come promesso! Fammi sapere se trovi errori."),
  ("msg", "Ciao Alex, approfitto: organizzo corsi di sicurezza certificati per aziende, 8 ore a 180 € a persona. Per gruppi da 15 faccio sconto. Vuoi un preventivo?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Manfred Kern", "Partner | Kern & Partner Personalberatung", "Graz",
  ("inm", "Zusammenarbeit Personalsuche", "Grüß Gott, wir besetzen Fach- und Führungskräfte in der Steiermark auf Erfolgsbasis. Ich würde Sie gern "
          "zu einem Kennenlerngespräch treffen."),
  ("inv", "Hallo Alex, ich lese gerne Ihre Beiträge zum Thema Lehre. Würde mich über die Vernetzung freuen!"))
P("reinvite_known_bad", "de", "Dragan Ilić", "Production Supervisor", "Novi Sad", ("inv", DEFAULT),
  ("inv", "Hello Alex, I saw you are HR in automotive in Graz. I am production supervisor with 8 years experience, can we connect?"), nl="en")
P("reinvite_known_bad", "de", "Verena Pucher", "Beraterin | BenefitPlus Versicherungsmakler", "Graz",
  ("inv", "Hallo Alex, Mitarbeiterbindung geht auch über die betriebliche Vorsorge. Darf ich Ihnen unser Modell zur Zukunftssicherung nach §3 vorstellen?"),
  ("inv", "Liebe/r Alex, wir kennen uns vom Personalforum. Es würde mich freuen, in Kontakt zu bleiben."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Rainer Strobl", "Vertrieb | Zeitwirtschaft & Zutritt", "Graz",
  ("inv", "Guten Tag, wir sind Spezialist für Zeiterfassungsterminals. Wann hätten Sie Zeit für einen Vorführtermin?"),
  ("inm", "Ignoriert", "Sie haben meine Anfrage seit Wochen ignoriert. Wissen Sie was, mit so einer Haltung werden Sie nie gute Partner finden. Lächerlich."),
  ("inv", "Hallo, vielleicht sind wir letztes Mal auf dem falschen Fuß gestartet. Vernetzen wir uns doch einfach."))
P("reinvite_known_ugly", "de", "Mirko Jelić", "Founder | Balkan HR Network", "Zagreb",
  ("inm", "Balkan HR Network", "Hi Alex, I run free network of HR professionals from ex-Yu countries working in Austria and Germany. "
          "We share contacts and job market info. Would you like to be part?"),
  ("inm", "Partnership", "Hello Alex, as member of network you can now book our recruitment service with special fee of 15%. "
          "We can deliver first candidates in 2 weeks. Interested?"),
  ("inv", "Hi Alex, let's stay in contact here on LinkedIn, always good to have people from Graz in network."), nl="en")


# =============================================================== user_invited_*
P("user_invited_pitch_once", "de", "Julia Hammer", "Geschäftsführerin | Hammer Coaching & Training", "Graz",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex! Darf ich Ihnen bei der Gelegenheit mein Führungskräfteprogramm für Meister vorstellen? 4 Module, ab 2.900 € pro Gruppe."))
P("user_invited_pitch_once", "de", "Luka Perko", "Business Development | TalentCheck Assessments", "Kranj",
  ("acc",),
  ("msg", "Hi Alex, nice to meet you at the fair. Our aptitude test for apprentices is now also in German. Can I send you the price list?"), nl="en")
P("user_invited_pitch_twice", "de", "Sandra Ofner", "Key Account | Arbeitskleidung & Sicherheitsschuhe", "Wels",
  ("acc",),
  ("msg", "Hallo Alex, danke fürs Vernetzen! Wir statten Produktionsbetriebe mit Arbeitskleidung inkl. Wäscheservice aus. Darf ich ein Angebot schicken?"),
  ("msg", "Hallo Alex, nur zur Erinnerung: Bis Ende Oktober gibt es 10% auf die Erstausstattung. Passt ein Termin nächste Woche?"))
P("user_invited_pitch_twice", "de", "Mitja Kovačič", "Partner | Adria Staffing d.o.o.", "Maribor",
  ("acc",),
  ("msg", "Hi Alex, thanks for connecting after the job fair. We have 20 operators ready for work in Austria, with all documents. Shall we make a call?"),
  ("msg", "Alex, the group of operators is still available but not for long. I can offer you good price if you take 10 or more."), nl="en")
P("user_invited_pitch_twice", "fr", "François Bernard", "Directeur | Solutions e-learning industrielles", "Besançon",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Nous développons des modules e-learning sécurité pour les opérateurs, multilingues. Une démonstration vous intéresserait ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : nous avons une offre de lancement pour l'Autriche jusqu'à fin octobre."))
P("user_invited_value", "de", "Ursula Kainz", "Lehrgangsleiterin HR-Management | FH Joanneum", "Graz",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie am Telefon besprochen: Unsere Studierenden machen im Sommersemester Praxisprojekte, kostenlos für Unternehmen. "
          "Wenn Sie ein Thema zum Onboarding haben, melden Sie es einfach bis 30.11."))
P("user_invited_value", "de", "Nataša Vidmar", "HR Business Partner | Hella Slovenija", "Maribor",
  ("acc",),
  ("msg", "Hi Alex, thanks for the invite! As promised at the cluster meeting, here is the contact of the trainer who did our shift-leader programme, "
          "she was really good and also speaks German. Tell her I sent you."), nl="en")
P("user_invited_value", "it", "Giulia Marin", "HR Specialist | Friulmec Srl", "Udine",
  ("acc",),
  ("msg", "Ciao Alex, grazie dell'invito! Ti giro il modulo che usiamo per la valutazione degli stagisti, in italiano e inglese. Se ti serve in tedesco lo traduciamo insieme."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Dominik Haas", "Produktionsleiter | Automotive Zulieferer", "Graz", ("acc",))
P("acceptance_only", "de", "Helena Knez", "Vodja usposabljanja | Training Lead", "Celje", ("acc",))
P("lone_endorsement", "de", "Birgit Ertl", "Personalreferentin | ehemalige Kollegin", "Graz", ("end",))
P("lone_endorsement", "en", "Matej Golob", "Shift Supervisor | Drava Components", "Maribor", ("end",))


# =============================================================== more voices (the Graz region weighs most)
P("good_invitation", "de", "Katharina Url-Meister", "Personalleiterin | Knapp AG", "Hart bei Graz",
  ("inv", "Hi Alex! Wir haben bei euch und bei uns dasselbe Problem mit den Elektrikerlehrlingen im 3. Lehrjahr. Magst du dich mal auf einen Kaffee austauschen? "
          "Ich bring unsere Zahlen mit."))
P("good_invitation", "en", "Siniša Tomić", "Talent Acquisition Manager | Rimac Automobili", "Zagreb",
  ("inv", "Hello Alex, I am recruiter at a e-mobility company near Zagreb. We look for HR Business Partner for our new plant, with experience in automotive "
          "production. Would you be interested to hear more?"))
P("stranger_inmail_recruiter", "de", "Barbara Sommer", "Recruiting | AVL List", "Graz",
  ("inm", "HR Business Partner R&D", "Hallo Alex, wir suchen für unseren Bereich Powertrain Engineering eine/n HR Business Partner:in. "
          "Ihr Hintergrund in der Produktion wäre eine spannende Ergänzung. Hätten Sie diese Woche kurz Zeit für ein Telefonat?"))
# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Gerhard Pölzl", "betriebsrat@antriebstechnik.example.at", "Sozialplan – Entwurf v3",
     "Hallo Alex,\n\nanbei die Version 3. Ich hab dir auch auf LinkedIn den Link geschickt, falls die Mail wieder hängen bleibt.\n\nGerhard", "de"),
    ("Karriere-Team", "karriere@antriebstechnik.example.at", "Neue Bewerbungen: Instandhaltungstechniker (m/w/d)",
     "Es sind 7 neue Bewerbungen eingelangt. Hinweis: 2 Bewerber haben ihr LinkedIn-Profil statt eines Lebenslaufs verlinkt.", "de"),
    ("WIFI Steiermark", "info@wifi-stmk.example.at", "Anmeldebestätigung: Infoabend Ausbildner",
     "Sehr geehrte/r Alex,\n\nvielen Dank für Ihre Anmeldung am 17.10. Teilen Sie die Veranstaltung gern auf LinkedIn.", "de"),
    ("Mateja Kranjc", "mateja.kranjc@drava-components.example.si", "4-shift model - our questions",
     "Dear Alex,\n\nas promised on LinkedIn here are our questions in one list. Thank you so much for the call!\n\nMateja", "en"),
    ("XING", "mailrobot@mail.xing.example.com", "Alex, 3 neue Kontaktanfragen",
     "Sie haben 3 neue Kontaktanfragen auf XING. Tipp: Verknüpfen Sie Ihr Profil auch mit LinkedIn und anderen Netzwerken.", "de"),
    ("Paolo Furlan", "p.furlan@friulmec.example.it", "Tavola rotonda 24/10",
     "Ciao Alex,\n\nconfermo la tua iscrizione. Ti ho scritto anche su LinkedIn. A presto!\n\nPaolo", "it"),
    ("Personio Newsletter", "news@hrsoftware-news.example.com", "5 HR-Trends für 2020",
     "Von Active Sourcing auf LinkedIn bis People Analytics: die Themen, die Personalabteilungen 2020 beschäftigen.", "de"),
]


# ------------------------------------------------------------------------- layouts: mostly the 2016 one
CURRENT_LAYOUT = {"Ivana Babić", "Jasmin Wallner", "Dario Kos", "Ana Petrović", "Bojan Kralj", "Paolo Furlan", "Vesna Marković",
                  "Simona Ferri", "Mitja Kovačič", "Siniša Tomić", "Barbara Sommer"}
ERAS = {s[2]: ("cur" if s[2] in CURRENT_LAYOUT else "2016") for s in PEOPLE}

HEADER = [f"# mailbot dev162 corpus. Generated by scripts/make_corpus_dev162.py (seed {SEED}); do not edit by hand.",
          "# September and October 2019 of an HR business partner at an automotive supplier in Graz, mostly the 2016 layout: temp and recruitment "
          "agencies, HR-software and assessment vendors, applicants, works council, trainers, peers; Austrian German, English by Slovenian and "
          "Croatian speakers, some Italian and French. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li162(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2019), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories162(cs.EraStories):
    """Stories inside September and October 2019: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li162(self.g, self.b)
        self.window: tuple[datetime, datetime] | None = None
        corpus = self

        def start_date(g, era: str) -> datetime:
            lo, hi = corpus.window or (WIN_LO, WIN_HI)
            corpus.window = None
            return lo + timedelta(seconds=g.r.randint(0, int((hi - lo).total_seconds())))
        self.g.start_date = types.MethodType(start_date, self.g)

    def story(self, scenario, lang, name, headline, location, nl, steps):
        self.window = _window(steps)
        return super().story(scenario, lang, name, headline, location, nl, steps)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate person"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev162")
    args = ap.parse_args()
    check_notes()
    c = Stories162(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(9)
    c.make_other(12)
    c.make_foreign()
    first, last = min(m.date for m in c.mails), max(m.date for m in c.mails)
    assert WIN_LO <= first and last <= WIN_HI + timedelta(hours=4), (first, last)
    cs.write(c, args.out, HEADER)
    print(f"mails: {len(c.mails)}  people: {len(c.people)} (+{len(c.spoof_people)} spoof-only names)  dates: {first:%Y-%m-%d} to {last:%Y-%m-%d}")
    print("scenarios (people):", dict(sorted(Counter(p.scenario for p in c.people).items())))
    print("scenarios (mails):", dict(sorted(Counter(m.scenario for m in c.mails).items())))
    print("folders:", dict(sorted(Counter(m.folder for m in c.mails).items())))
    print("languages (mails):", dict(sorted(Counter(m.language for m in c.mails).items())))
    print("languages (people):", dict(sorted(Counter(p.lang for p in c.people).items())))
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
