#!/usr/bin/env python3
"""Write mailbot's dev193 corpus: tests/corpus/dev193/*.eml + expected.toml.

The angle: two ordinary months (September and October 2024) of the user Alex as HR director
of a retail chain headquartered in Vienna, about 800 staff in 60 stores. Sellers of HR tech,
payroll (Lohnverrechnung) outsourcing and employer branding; headhunters who bring real roles
for Alex; candidates for store and area management; peers at other retailers sharing their
works-council (Betriebsrat) experiences; paid "HR award" shortlists; coaches who run a free
webinar and then sell a programme; a recruitment agency that turns rude after its fee was
declined. Writers use Austrian and standard German, English (native and not), Italian, some
French and Spanish; LinkedIn's own wording is mostly German and English.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. Skills, job-alert titles, recipient headline, headlines of
spoof-only names and the spoofs' pitches are swapped for this world in this process only.
Every note was written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev193.py              # writes tests/corpus/dev193
    python scripts/make_corpus_dev193.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20240902

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2024, 9, 2, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2024, 10, 31, 18, 0, tzinfo=timezone.utc)
cs.GAPS.update({"rem": (5, 10), "acc": (0, 0), "end": (1, 7), "msg": (2, 10), "inm": (3, 10), "inv": (18, 26)})


def _window(steps) -> tuple[datetime, datetime]:
    span = 0.0
    for step in steps[1:]:
        gap = step[-1] if isinstance(step[-1], tuple) else cs.GAPS[step[0]]
        span += gap[1] + 40000 / 86400
    hi = WIN_HI - timedelta(days=span)
    if hi <= WIN_LO:
        hi = WIN_LO + timedelta(hours=12)
    return WIN_LO, hi


# ------------------------------------------------------------------ a Viennese retail chain (this process only)
RHEADLINE = {
    "de": "HR-Direktor:in | Donaumarkt Handels GmbH, Wien",
    "en": "HR Director | Donaumarkt retail chain, Vienna",
    "fr": "DRH | Donaumarkt (commerce de détail), Vienne",
    "it": "Direttore HR | Donaumarkt, catena retail, Vienna",
    "es": "Director/a de RRHH | Donaumarkt, cadena de tiendas, Viena",
}
SKILLS = {
    "de": ["Personalmanagement", "Arbeitsrecht", "Lohnverrechnung", "Recruiting", "Employer Branding", "Betriebsratsarbeit"],
    "en": ["Human Resources", "Employee Relations", "Retail Management", "Talent Acquisition", "Change Management"],
    "fr": ["Ressources humaines", "Relations sociales", "Recrutement", "Commerce de détail"],
    "it": ["Risorse umane", "Relazioni sindacali", "Selezione del personale", "Retail"],
    "es": ["Recursos humanos", "Relaciones laborales", "Selección de personal", "Retail"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]
mc.LANGS[:] = ["de", "en", "de", "it", "fr", "en", "es"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "nodkim",
                       "untrusted:mx.example.org", "display:outlook.com", "wrongpass"]
mc.JOBS[:] = [("HR-Direktor:in Handel (w/m/d)", "Lebensmittelhandel Österreich"), ("Head of People DACH", "Nordlys Fashion"),
              ("Leitung Personalentwicklung Filialen", "Drogeriekette West"), ("Chief People Officer", "Alpenhaus Retail Group"),
              ("HR Business Partner Retail CEE", "Varda Home")]
mc.COMPANIES["good"] = ["WU Wien", "Arbeiterkammer Wien", "Handelsverband", "Drogeriekette Nordwest", "Nordlys Fashion", "Alpenhaus Retail",
                        "Bauhof Baumärkte"]
mc.COMPANIES["sales"] = ["LohnPilot", "ShiftWise", "BrandMagnet", "TalentCloud", "PeopleDesk 365", "Retail Recruit Partners"]
mc.HEADLINES["good"] = ["HR-Leiterin bei {co}", "People Lead | {co}", "Filialleiter, {co}", "Head of HR at {co}", "Betriebsrätin, {co}"]
mc.HEADLINES["sales"] = ["Key Account Manager | {co}", "Sales Director DACH at {co}", "Business Development, {co}", "Gründer & CEO | {co}"]
SPOOF_PITCH = {
    "de": ["Hallo {first}, Ihre Stellenanzeige für Filialleitung wurde wegen einer offenen Rechnung pausiert. Bitte anmelden und begleichen.",
           "Hallo {first}, ich habe Ihnen die Bewerbungsunterlagen der Shortlist freigegeben. Bitte hier mit Ihrem Konto anmelden."],
    "en": ["Dear {first}, your company page was flagged for unpaid job slots. Log in within 24 hours to avoid suspension.",
           "Hi {first}, I shared the candidate CVs for the area manager role with you. Sign in to view the document."],
    "fr": ["Bonjour {first}, votre offre d'emploi est suspendue suite à une facture impayée. Connectez-vous pour régulariser.",
           "Bonjour {first}, je vous ai partagé les CV des candidats. Connectez-vous pour les télécharger."],
    "it": ["Gentile {first}, il suo annuncio di lavoro è sospeso per una fattura non pagata. Acceda per regolarizzare.",
           "Ciao {first}, ti ho condiviso i CV dei candidati per i punti vendita. Accedi per scaricarli."],
    "es": ["Hola {first}, su anuncio de empleo ha sido pausado por una factura pendiente. Inicie sesión para regularizarla.",
           "Hola {first}, te he compartido los CV de los candidatos. Inicia sesión para descargarlos."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "de": dict(job=("{n} neue Jobs für „HR-Direktor Handel“", "Head of People Retail – {n} neue Jobs"),
               news="Handel: Wer im Advent noch Personal findet", group="Top-Unterhaltungen in HR im Handel Österreich",
               newsletter="Personal & Recht: Was die Entgelttransparenz-Richtlinie für Filialisten bedeutet"),
    "en": dict(job=("{n} new jobs for \"HR director retail\"", "Chief People Officer – {n} new jobs"),
               news="Why retailers are rethinking Sunday shifts", group="Top conversations in Retail HR Europe",
               newsletter="Frontline People: rotas, pay transparency and turnover"),
    "fr": dict(job=("{n} nouvelles offres pour « DRH distribution »", "DRH groupe – {n} nouvelles offres"),
               news="Commerce : la pénurie de vendeurs s'installe", group="Meilleures discussions dans RH Retail Europe",
               newsletter="La lettre RH du commerce : transparence salariale"),
    "it": dict(job=("{n} nuove offerte per «direttore HR retail»", "HR Director – {n} nuove offerte"),
               news="Retail: turni domenicali, cosa cambia", group="Conversazioni principali in HR Retail Italia",
               newsletter="HR in negozio: turni, welfare e trasparenza salariale"),
    "es": dict(job=("{n} empleos nuevos de «director RRHH retail»", "Director de Personas – {n} empleos nuevos"),
               news="El comercio busca dependientes para Navidad", group="Conversaciones destacadas en RRHH Retail",
               newsletter="Cuaderno de RRHH: transparencia salarial en tiendas"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Verena Haslinger", "HR-Leiterin | Drogeriekette Nordwest", "Linz",
  ("inv", "Hallo Alex, wir haben seit Frühjahr einen Betriebsrat und verhandeln jetzt die erste BV zur Arbeitszeit in den Filialen. "
          "Ich hab gehört, ihr habt das 2022 durch. Dürfte ich dir zwei, drei Fragen stellen? Gern auch auf einen Kaffee in Wien."),
  ("rem",))
P("good_invitation", "en", "Niamh Corcoran", "Partner, Executive Search | Harrow & Vale", "Dublin",
  ("inv", "Alex - I'm retained by a Nordic fashion retailer to find their Chief People Officer for DACH and CEE, based in Vienna or Munich. "
          "Your works-council record fits the brief closely. Open to a confidential chat? I can send the spec first."))
P("good_invitation", "it", "Matteo Zanella", "Store Manager | 8 Jahre Einzelhandel", "Bozen",
  ("inv", "Grüß Gott, ich leite seit acht Jahren eine Filiale in Bozen und ziehe im Frühjahr mit meiner Familie nach Wien. "
          "Ich habe gesehen, dass ihr Gebietsleiter sucht - darf ich Ihnen meinen Lebenslauf direkt schicken? Vielen Dank!"),
  ("rem",), nl="de")
P("good_invitation", "fr", "Camille Rousset", "Responsable RH | Enseigne de bricolage", "Lyon",
  ("inv", "Bonjour Alex, je compare l'apprentissage dans le commerce en France et en Autriche pour un groupe de travail bénévole de l'ANDRH. "
          "Votre système dual m'intrigue : accepteriez-vous un échange de 30 min ? Je vous enverrai la synthèse."))
P("good_invitation", "en", "Lucía Garrido Peña", "Directora de Personas | Retail Iberia", "Zaragoza",
  ("inv", "Hola Alex! El 17/10 organizamos un encuentro online gratuito entre directores de RRHH del retail europeo sobre la directiva "
          "de transparencia salarial. Sin patrocinadores, solo casos reales. ¿Te apunto?"),
  ("rem",), nl="es")
P("good_invitation", "de", "Mag. Thomas Eder", "Arbeitsrechtler | Lektor an der WU Wien", "Wien",
  ("inv", "Servus Alex, am 10.10. halte ich an der WU einen kostenlosen Abendvortrag zur Entgelttransparenz-Richtlinie, zugeschnitten auf "
          "Personalverantwortliche im Handel. Wird als Fortbildung bestätigt. Soll ich dich auf die Gästeliste setzen?"))
P("good_invitation", "en", "Priya Raman", "Talent Acquisition Lead | Zalando", "Berlin",
  ("inv", "Alex!! long time since the Salzburg days. my boss is putting together a panel on frontline hiring for our HR summit in Nov "
          "and I suggested you. unpaid but a great crowd. ok if I introduce you two?"))
P("good_invitation", "de", "Kerstin Obermayr", "Filialleiterin | Lebensmittelhandel | offen für Neues", "St. Pölten",
  ("inv", "Guten Tag, ich bin seit 11 Jahren im LEH, die letzten 4 als Filialleiterin mit 28 MA. Ihre Ausschreibung Regionalleitung Niederösterreich "
          "klingt genau nach meinem nächsten Schritt. Darf ich mich vorab kurz bei Ihnen vorstellen?"))


# =============================================================== default_invitation
P("default_invitation", "de", "Kevin Brandstätter", "Vertrieb | Zeitwirtschaft & Zutritt", "Graz", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Jordan Whitfield", "Growth @ HR tech | SaaS", "London", ("inv", NONOTE))
P("default_invitation", "it", "Federica Lombardi", "Consulente welfare aziendale", "Verona", ("inv", DEFAULT))
P("default_invitation", "de", "Sabine Auer", "Personalverrechnerin | selbstständig", "Wien", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Markus Fellner", "Sales Director Österreich | LohnPilot", "Wien",
  ("inv", "Hallo Alex, Lohnverrechnung für 60 Filialen mit Handels-KV und Teilzeit-Mehrstunden? LohnPilot rechnet das automatisch ab, "
          "inkl. ELDA und ÖGK. Hätten Sie nächste Woche 20 Minuten für eine Demo?"))
P("sales_invitation", "en", "Olivia Brandt", "Co-founder | BrandMagnet – employer branding for frontline jobs", "Amsterdam",
  ("inv", "Hi Alex – retail keeps losing Gen Z applicants to delivery apps. We build TikTok-first employer brand campaigns for chains your size. "
          "Could I walk you through a proposal in 15 minutes?"),
  ("rem",))
P("sales_invitation", "it", "Giorgio Pellegrini", "Country Manager | ShiftWise Italia & Austria", "Udine",
  ("inv", "Buongiorno Alex, la nostra app per turni e presenze gira già in 300 punti vendita del Nord Italia e da ottobre anche in Austria. "
          "Le andrebbe una demo da remoto di 20 minuti?"),
  ("rem",))
P("sales_invitation", "fr", "Antoine Leclerc", "Associé | Transition & Outplacement", "Paris",
  ("inv", "Bonjour Alex, nous accompagnons les enseignes dans leurs réorganisations : outplacement, coaching de managers, cellules de reclassement. "
          "Je serais ravi de vous présenter notre offre, 20 minutes suffisent."))
P("sales_invitation", "es", "Diego Maldonado", "Events Director | European Retail People Awards", "Barcelona",
  ("inv", "Hola Alex, ¡enhorabuena! Donaumarkt está preseleccionada para los European Retail People Awards 2024. "
          "La inscripción al shortlist (1.450 €) incluye dos plazas para la gala. ¿Te mando el formulario?"))
P("sales_invitation", "de", "Jasmin Köck", "Personalvermittlung Handel | Retail Recruit Partners", "Salzburg",
  ("inv", "Hi Alex! Wir haben aktuell 14 geprüfte Filialleiter:innen im Pool, sofort verfügbar. Erfolgshonorar 19 %, Nachbesetzungsgarantie. "
          "Soll ich Ihnen anonymisierte Profile schicken?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Claudia Reisinger", "Netzwerkerin | HR im Handel", "Wien",
  ("inv", "Hallo Alex, ich organisiere einen kleinen Kreis von HR-Leiter:innen aus dem österreichischen Handel: einmal im Quartal Frühstück, "
          "offener Austausch zu Betriebsrat, KV-Runde, Personalmangel. Magst du dazukommen?"),
  ("msg", "Schön, dass du dabei bist! Bevor wir uns sehen, ganz offen: hauptberuflich bin ich Vermögensberaterin und helfe Führungskräften, "
          "Abfertigung Neu, Firmenpension und private Vorsorge besser zu nutzen. Hättest du Lust auf ein unverbindliches Erstgespräch? Dauert 45 Minuten."),
  ("msg", "Hallo Alex, ich hab noch zwei Termine Ende Oktober frei für die Vorsorge-Analyse. Soll ich dir einen reservieren?", (4, 9)))
P("bait_and_switch_invitation", "en", "Ben Hargreaves", "Director | Employer Brand Index Europe", "Manchester",
  ("inv", "Hi Alex, we're running a free benchmark of employer-brand perception across 30 European retailers. Every participant gets the full report "
          "with their own scores. Could I include Donaumarkt?"),
  ("msg", "Thanks for connecting! Your headline score is ready. To unlock the full breakdown by store region plus the action plan, there's our Insights "
          "package at €4,900. Shall I book a walkthrough for next week?"))
P("bait_and_switch_invitation", "it", "Serena Colombo", "Membro della giuria | HR Excellence Award DACH-Italia", "Milano",
  ("inv", "Ciao Alex, faccio parte della giuria dell'HR Excellence Award e il tuo progetto sull'apprendistato nei negozi ci è stato segnalato da più persone. "
          "Posso collegarmi per raccontarti come funziona la selezione?"),
  ("msg", "Grazie del collegamento! Ottime notizie: sei in shortlist 🎉 Per confermare la partecipazione e l'intervista con la giuria c'è una quota di "
          "2.200 € + IVA, che include un tavolo alla cerimonia di Milano. Ti giro il link per il pagamento?"),
  ("msg", "Alex, ti ricordo che le iscrizioni in shortlist chiudono venerdì. Se preferisci pago io la fattura e la giriamo all'azienda 😉", (3, 7)))
P("bait_and_switch_invitation", "fr", "Hélène Marchand", "DRH | Distribution alimentaire, Alsace", "Strasbourg",
  ("inv", "Bonjour Alex, DRH dans la distribution à Strasbourg, j'ai une question sur vos Betriebsrat : comment les informez-vous sur les changements "
          "d'horaires d'ouverture ? Un échange entre DRH me serait précieux."),
  ("msg", "Merci beaucoup pour votre retour ! Par ailleurs, je me suis reconvertie : j'accompagne désormais les DRH comme coach certifiée. "
          "Programme de 6 séances à 3 200 €, finançable sur votre budget formation. On fixe un premier rendez-vous ?"))
P("bait_and_switch_invitation", "de", "Patrick Hollerer", "20 Jahre HR im Handel | jetzt Partner bei TalentCloud", "Graz",
  ("inv", "Hallo Alex, als Kollege aus dem Personalbereich (20 Jahre Handel) würde ich mich gern vernetzen. Ist immer gut, Leute mit ähnlichen "
          "Baustellen zu kennen."),
  ("msg", "Danke fürs Annehmen! Kurz zu mir: TalentCloud ist ein Bewerbermanagement speziell für Filialisten, Kunden sparen im Schnitt 30 % Time-to-Hire. "
          "Wann passt dir eine Demo, Dienstag oder Donnerstag?"),
  ("msg", "Hi Alex, ich hake nochmal nach wegen der Demo. Hätte auch ein Angebot mit 3 Monaten gratis für Handelsketten, nur bis Monatsende.", (5, 10)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Dr. Ingrid Wagenhofer", "Herausgeberin | HR Leaders Austria", "Wien",
  ("inm", "Nominierung: HR Leader of the Year 2024",
   "Sehr geehrte/r Alex, die Fachjury hat Sie als HR Leader of the Year 2024 nominiert. Wir würden Sie gern in einem kurzen Interview für die "
   "Shortlist-Ausgabe porträtieren. Haben Sie nächste Woche 30 Minuten?"),
  ("inm", "Ihre Nominierung – nächste Schritte",
   "Danke für Ihre rasche Antwort! Damit Ihr Porträt in der Shortlist-Ausgabe erscheint, verrechnen wir eine Redaktionspauschale von 1.890 € zzgl. USt., "
   "inklusive zwei Tickets für die Gala im Palais. Die Rechnung geht an Ihre Buchhaltung, sobald Sie bestätigen."))
P("bait_and_switch_inmail", "es", "Marco Delgado", "Responsable de Personas | Supermercados Levante", "Valencia",
  ("inm", "Pregunta rápida sobre turnos",
   "Hola Alex, soy responsable de personas en una cadena de supermercados en Valencia. ¿Cómo organizáis los turnos de fin de semana con el comité de empresa? "
   "Estamos atascados y tu experiencia nos vendría genial."),
  ("inm", "Re: turnos",
   "¡Gracias por contestar tan rápido! Te cuento: además colaboro con ShiftWise, una herramienta que automatiza justo eso. "
   "¿Te hago una demo de 20 minutos esta semana? Para cadenas como la tuya hay descuento de lanzamiento."))
P("bait_and_switch_inmail", "it", "Paolo Ferri", "Welfare Specialist | Benefit Hub", "Trento",
  ("inm", "Guida gratuita: welfare nel retail multi-paese",
   "Buongiorno Alex, abbiamo preparato una guida gratuita sul welfare aziendale per catene retail con punti vendita in più paesi. "
   "Gliela posso inviare? Nessun impegno."),
  ("inm", "La guida + una proposta",
   "Eccola! E già che ci siamo: la nostra piattaforma welfare costa 9 € per dipendente al mese, per 800 persone le preparo un'offerta su misura. "
   "Possiamo sentirci giovedì per 20 minuti?"),
  ("inm", "Offerta in scadenza", "Alex, l'offerta di lancio per l'Austria scade il 31. Le blocco uno slot?", (3, 6)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Stefan Gruber", "HR Generalist | auf Jobsuche", "Wiener Neustadt",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab dich grad für {skill} bestätigt 🙂 Wärst du so nett und bestätigst mich für Recruiting und Arbeitsrecht? "
          "Bin auf Jobsuche und jede Bestätigung hilft, danke dir!"))
P("endorse_me_back", "en", "Tanya Kowalczyk", "Employer Branding Manager | Retail", "Warsaw",
  ("end",),
  ("msg", "Hi Alex, endorsed you for {skill} earlier this week. would you mind returning the favour on Employer Branding? trying to get it into my top 3 "
          "before our review cycle. cheers!"))
P("endorse_me_back", "it", "Roberta Sala", "HR Specialist | GDO", "Brescia",
  ("end",), ("end",),
  ("msg", "Ciao Alex!! Ti ho confermato {skill} e un paio di altre competenze. Mi faresti la cortesia di ricambiare con \"Selezione del personale\"? "
          "Grazie mille, un abbraccio"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Manfred Kogler", "Personalberater | Filial- und Regionalleitung LEH", "Wels",
  ("inv", "Guten Tag, ich vermittle Filial- und Regionalleiter im Lebensmittelhandel. Honorar 22 %, dafür sechs Monate Garantie. "
          "Sollen wir Ihre offenen Stellen gemeinsam durchgehen?"),
  ("rem",),
  ("inm", "Ihre Absage",
   "Hallo Alex, am Telefon haben Sie mein Honorar als 'nicht verhandelbar hoch' abgetan und jetzt ignorieren Sie mich auch hier. "
   "Sehr unprofessionell für jemanden in Ihrer Position. Viel Glück mit Ihren 30 offenen Filialleitungen, ohne vernünftige Personalberater werden Sie die nicht besetzen."))
P("hostility_after_decline", "en", "Darren Pike", "Recruitment Consultant | Retail & FMCG", "Birmingham",
  ("inv", DEFAULT),
  ("inm", "Seriously?",
   "Wow. Ignored. Typical HR, posting about 'people first' all week and you can't even click accept. Don't bother replying, I've got the message."))
P("hostility_after_decline", "fr", "Sébastien Morel", "Fondateur | Vidéos marque employeur", "Bordeaux",
  ("inv", "Bonjour Alex, nous réalisons des vidéos marque employeur en magasin (tournage en une journée, sous-titrées en 4 langues). "
          "Je peux vous envoyer notre showreel et nos tarifs ?"),
  ("rem",),
  ("inm", "Sans réponse",
   "Bonjour, invitation, relance, message : zéro réponse. Franchement, c'est d'une impolitesse rare pour quelqu'un qui se dit DRH. "
   "On se demande pourquoi vos magasins ont du mal à recruter. Bonne continuation."))
P("hostility_after_decline", "es", "Álvaro Ríos", "Headhunter | Retail Europa", "Málaga",
  ("inv", "Hola Alex, tengo candidatos de retail con alemán listos para Austria, fee del 20 %. ¿Hablamos esta semana?"),
  ("inm", "¿En serio?",
   "Alex, te escribo por educación: te ofrecí candidatos buenos y ni contestas. Así os va, con las tiendas medio vacías. Qué falta de respeto, de verdad."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Werner Plank", "Geschäftsführer | Plank Personalberatung", "Wien",
  ("msg", "Hallo Alex, wie am Telefon kurz angesprochen: wir hätten zwei starke Kandidatinnen für die Regionalleitung Ost. Honorar wie gehabt 21 %. "
          "Soll ich dir die Profile schicken?"),
  ("msg", "Dass du nach drei Jahren Zusammenarbeit wegen ein paar Prozentpunkten zu einem Billigvermittler wechselst, ist schon stark. "
          "Loyalität ist bei euch offenbar ein Fremdwort. Ich werd mir merken, wie Donaumarkt mit Partnern umgeht."))
P("hostility_connection", "en", "Gareth Lynch", "Head of Sales | PeopleDesk 365", "Leeds",
  ("acc",),
  ("msg", "Thanks for connecting after the HR Tech Vienna meetup, Alex. PeopleDesk 365 handles onboarding, rotas and payroll exports in one place. "
          "Could we get 30 mins in the diary to show you a tailored demo?"),
  ("msg", "Honestly Alex, you sat through an hour of demo, said 'sounds great', then went silent for three weeks. That's not how grown-ups do business. "
          "I'll make sure your CEO hears how his HR team treats suppliers.", (8, 14)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "de", "Christina Weinberger", "Partnerin | Outsourcing Lohnverrechnung", "Klagenfurt",
  ("msg", "Liebe/r Alex, viele Handelsketten lagern die Lohnverrechnung gerade aus, weil die KV-Änderungen immer komplexer werden. "
          "Wir übernehmen das ab 9,80 € pro Abrechnung. Darf ich Ihnen ein Angebot legen?"),
  ("msg", "Guten Morgen Alex, kleiner Nachtrag: bei Wechsel bis 1.1. übernehmen wir die Datenmigration kostenlos. Kurzes Telefonat diese Woche?"),
  ("msg", "Hallo Alex, ich versuch's ein letztes Mal: Angebot für 800 Mitarbeiter:innen hängt an, gültig bis 15.11."))
P("connection_only_pitches", "en", "Luca Bianchi", "Account Director | JobReach media", "Milan",
  ("msg", "Hey Alex, quick one: we've got premium placement on the top 3 Austrian job boards at 40% off list for Q4 retail hiring. "
          "Want me to send a media plan for your Christmas temps?"),
  ("msg", "Hi again Alex, the Q4 rate card closes Friday. Happy to hop on a call and price up 60 stores, takes 10 min."), nl="en")
P("connection_only_pitches", "it", "Alessia Moretti", "Sales Executive | Onboardly", "Padova",
  ("msg", "Ciao Alex, come va? Ti scrivo perché Onboardly digitalizza l'onboarding dei commessi: contratti, formazione sicurezza e divise in un'unica app. "
          "Ti va una demo?"),
  ("msg", "Alex, ti lascio qui il listino aggiornato per l'Austria: 4 € a dipendente/mese. Fammi sapere quando possiamo sentirci!"))


# =============================================================== single_pitch
P("single_pitch", "de", "Harald Schöberl", "Trainer | Verkaufs- und Führungstrainings für den Handel", "Innsbruck",
  ("msg", "Hallo Alex, für die Filialleiter-Tagung im Jänner: Ich biete ein zweitägiges Führungstraining 'Mein Team, mein Laden' an, "
          "Tagessatz 2.400 € zzgl. Spesen. Interesse an einem Angebot?"))
P("single_pitch", "fr", "Julie Lambert", "Directrice commerciale | Langues & Entreprise", "Genève",
  ("msg", "Bonjour Alex, vos équipes en magasin servent beaucoup de touristes : nos cours d'anglais intensifs en ligne pour vendeurs "
          "démarrent à 290 € par personne. Je vous envoie une proposition pour 50 collaborateurs ?"))
P("single_pitch", "en", "Ryan O'Donnell", "Enterprise AE | VeriCheck background screening", "Cork",
  ("msg", "Alex, hope Q4 hiring is treating you well. We run right-to-work and criminal record checks across 30 countries with 48h turnaround. "
          "Would a short call next week make sense?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Birgit Stadlmayr", "Leiterin Personal | Bauhof Baumärkte", "Wels",
  ("msg", "Hallo Alex, wie beim Frühstück versprochen: anbei unsere Betriebsvereinbarung zur Videoüberwachung in den Märkten, anonymisiert. "
          "Der Betriebsrat hat am Ende vor allem auf die Löschfrist bestanden, 72 Stunden. Vielleicht hilft's euch bei eurer Verhandlung."),
  ("msg", "Noch was: die AK macht am 22.10. ein kostenloses Webinar für Geschäftsführung und Betriebsrat gemeinsam zu Arbeitszeitaufzeichnung. "
          "Wir waren letztes Jahr dort, war wirklich brauchbar. Link: ak-wien, Veranstaltungen."))
P("connection_brings_value", "en", "Henrik Sørensen", "VP People | Nordlys Fashion", "Copenhagen",
  ("msg", "Hi Alex, saw your post on the new works council in your Linz stores. We went through the same in Aarhus two years ago. Happy to share the "
          "timeline we used and what we'd do differently - mostly: bring them in earlier than feels comfortable. No agenda, just been there."))
P("connection_brings_value", "it", "Daniela Ferraro", "HR Manager | Alpenhaus Retail Italia", "Bolzano",
  ("end",),
  ("msg", "Ciao Alex, come promesso ti mando i risultati della nostra indagine retributiva sui capi negozio in Alto Adige e Tirolo (gratuita, "
          "l'abbiamo fatta con la Camera di commercio). Ci sono anche i dati sui premi di produzione, magari ti servono per la trattativa."))
P("connection_brings_value", "es", "Marta Quintana", "Directora de RRHH | Calzados Norte", "Bilbao",
  ("msg", "Hola Alex, te paso el documento que usamos para negociar con el comité de empresa la apertura en domingos: calendario, compensaciones y "
          "lo que nos salió mal. Úsalo como quieras, y si quieres lo comentamos en una videollamada."),
  ("msg", "Por cierto, la asociación de RRHH del País Vasco hace su jornada anual el 24 de octubre, gratis y online. Hay una mesa sobre comités en empresas con tiendas. ¡Te aviso por si te interesa!"))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Sandra Lechner", "Partnerin | Lechner & Koch Executive Search", "Wien",
  ("inm", "Vertraulich: Geschäftsführung Personal, Lebensmittelhandel",
   "Guten Tag Alex, im Auftrag eines österreichischen Lebensmittelhändlers mit rund 9.000 Mitarbeitenden suche ich eine Geschäftsführung Personal. "
   "Ihr Profil mit Filialnetz, Betriebsratsarbeit und KV-Verhandlungen passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch? "
   "Die Positionsbeschreibung schicke ich gern vorab."))
P("stranger_inmail_recruiter", "en", "James Whitaker", "Principal | Retail & Consumer Practice, Ashdown Search", "London",
  ("inm", "VP People CEE - fashion retail (Vienna hub)",
   "Hi Alex, I'm running a search for a VP People CEE for an international fashion retailer, 4,000 staff across 7 countries, hub in Vienna. "
   "Reporting to the Group CHRO. You came up twice in referencing. Would you be open to a 20-minute conversation, in confidence?"))
P("stranger_inmail_recruiter", "it", "Chiara Villa", "Head Hunter | Retail & Luxury", "Milano",
  ("inm", "Direttore HR Italia – GDO",
   "Buongiorno Alex, seguo in esclusiva la ricerca del Direttore Risorse Umane Italia per un gruppo della GDO (180 punti vendita). "
   "Cercano qualcuno con esperienza di relazioni sindacali e catene multi-paese. Le andrebbe di parlarne? Massima riservatezza."))
P("stranger_inmail_recruiter", "fr", "Nathalie Girard", "Consultante senior | Recrutement de dirigeants", "Genève",
  ("inm", "DRH Groupe – enseigne sport (Annecy/Genève)",
   "Bonjour Alex, je recrute le/la DRH Groupe d'une enseigne d'articles de sport (2 500 collaborateurs, France, Suisse, Autriche). "
   "Votre expérience du dialogue social en Autriche est un vrai atout pour ce poste. Seriez-vous disponible pour un premier échange ?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "de", "Florian Moser", "Vertriebsleiter | ZeitPunkt Terminals", "Linz",
  ("inm", "Zeiterfassung in 60 Filialen?",
   "Hallo Alex, mit unseren Terminals stempeln Ihre Mitarbeitenden per Handy oder Chip, die Daten gehen direkt in die Lohnverrechnung. "
   "Ich würde Ihnen gern ein Angebot für alle Standorte machen. Passt ein Termin nächste Woche?"))
P("stranger_inmail_sales", "en", "Aisha Rahman", "Partnerships | GlobeHire EOR", "Dubai",
  ("inm", "Hiring outside Austria?",
   "Hi Alex, if Donaumarkt is hiring anyone in Slovakia or Hungary, our Employer of Record covers payroll and compliance from EUR 399/month per head. "
   "Worth a quick chat?"),
  ("inm", "Following up", "Just bumping this, Alex. Happy to send pricing for 5-10 heads if easier."))
P("stranger_inmail_sales", "es", "Pilar Navarro", "Directora comercial | Idiomas para Empresas", "Madrid",
  ("inm", "Formación de idiomas para tus tiendas",
   "Hola Alex, ofrecemos cursos de español e inglés para personal de tienda, 100 % online y con tutor. Para grupos de más de 30 personas hay descuento. "
   "¿Te preparo una propuesta?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Mag. Elke Brunner", "Coach für Filialführung | Trainerin", "Wien",
  ("inv", "Hallo Alex, am 19.9. mache ich ein kostenloses Webinar 'Führen ohne Schreibtisch: Filialleitungen stärken'. 45 Minuten, keine Verkaufsshow. "
          "Würde mich über HR-Leute aus dem Handel freuen, ich schick dir gern den Link."),
  ("msg", "Danke fürs Dabeisein! Hier Folien und Aufzeichnung, du kannst beides gern intern an deine Gebietsleiter weitergeben."),
  ("msg", "Hallo Alex, viele Teilnehmende haben nach Vertiefung gefragt: mein 12-wöchiges Coachingprogramm für Filialleitungen startet im November, "
          "2.950 € pro Person, ab fünf Personen 15 % Rabatt. Soll ich dir ein Angebot für dein Team machen?"))
P("good_turns_ugly", "en", "Oliver Kent", "Retention coach | Host of 'Keep Them' webinars", "Bristol",
  ("inv", "Hi Alex, I host a free monthly webinar on keeping Gen Z staff past their first 90 days in retail. Next one is 26 Sept, recording shared with everyone. "
          "Would be great to have you there."),
  ("msg", "Thanks for joining yesterday, Alex! As promised, here's the recording and the 90-day checklist we talked through. Share it with your store managers."),
  ("msg", "Hey Alex, quick one. The webinar crowd loved it so I'm opening 10 spots in my Retention Accelerator: 8 weeks of group coaching, £1,800 per manager. "
          "Your team would be a great fit, want me to hold some places?"),
  ("msg", "Alex, last call on the Accelerator, 3 spots left. Can I send the invoice details?", (3, 6)))
P("good_turns_ugly", "it", "Francesca Galli", "HR Business Partner | Moda e retail", "Firenze",
  ("inv", "Ciao Alex, sto raccogliendo dati sui bonus dei commessi nelle catene europee per un confronto tra HR, gratuito per chi partecipa. "
          "Ti va di rispondere a 5 domande? Poi condivido i risultati con tutti."),
  ("msg", "Grazie mille per aver partecipato! Eccoti il report completo con i dati di 23 catene, puoi usarlo liberamente."),
  ("end",),
  ("msg", "Ciao Alex, ti ho confermato per {skill} 😊 Mi ricambieresti confermandomi per Retail e Compensation? Mi serve per una candidatura, grazie!"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "de", "Nadine Fischer", "Account Executive | PeopleDesk 365 DACH", "München",
  ("inm", "PeopleDesk für Donaumarkt",
   "Hallo Alex, ich sehe, Sie suchen gerade viele Filialkräfte. Mit PeopleDesk 365 läuft Bewerbung bis Vertrag in einer App. "
   "Darf ich Ihnen in 20 Minuten zeigen, wie das bei Ketten Ihrer Größe aussieht?"),
  ("inv", "Hallo Alex, ich lese Ihre Beiträge zum Thema Betriebsrat immer gern, würde mich freuen, in Kontakt zu bleiben."))
P("reinvite_known_bad", "it", "Simone Rizzo", "Consulente | Formazione e sviluppo", "Treviso",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo visti al convegno AIDP di Verona, ti ricordi? Mi farebbe piacere restare in contatto."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Rainer Pölzl", "Employer-Branding-Berater | Fotograf", "Graz",
  ("inv", "Hallo Alex, Ihre Karriereseite ist leider ziemlich 2015. Ich mache Employer-Branding-Shootings in Filialen, Paket ab 3.500 €. Kurzes Telefonat?"),
  ("inm", "Schade",
   "Hallo Alex, dass man auf eine höfliche Anfrage nicht einmal mit Nein antwortet, sagt viel. Kein Wunder, dass keiner bei euch arbeiten will."),
  ("inv", "Hallo Alex, vielleicht war ich etwas forsch. Neuer Anlauf, vernetzen wir uns?"))
P("reinvite_known_ugly", "en", "Dr. Vikram Shah", "Chair | Global HR Leadership Forum", "Dubai",
  ("inm", "Invitation: keynote at Global HR Leadership Forum",
   "Dear Alex, the advisory board has selected you to deliver a keynote on frontline workforce strategy at our Forum in Vienna this November. "
   "Kindly confirm your interest."),
  ("inm", "Keynote - registration",
   "Dear Alex, thank you for confirming. Keynote speakers register at the preferred rate of EUR 1,650, including the speaker award and gala dinner. "
   "Kindly process within 7 days to secure your slot."),
  ("inv", "Dear Alex, I would be delighted to add you to my professional network."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Lisa Hinterberger", "Gründerin | LernLaden E-Learning", "Salzburg",
  ("acc",),
  ("msg", "Danke für die Einladung nach der Messe, Alex! Weil du Onboarding angesprochen hast: unsere Micro-Learnings für Kassa und Warenannahme "
          "gibt's als Lizenz für alle Filialen. Soll ich dir einen Testzugang einrichten und wir reden dann über Preise?"))
P("user_invited_pitch_once", "fr", "Mathilde Bernard", "Business Developer | Titres-repas & avantages salariés", "Paris",
  ("acc",),
  ("msg", "Merci pour la mise en relation Alex ! Nous lançons nos cartes avantages salariés en Autriche, exonérées de charges jusqu'à un certain plafond. "
          "Je peux vous faire une simulation chiffrée pour vos 800 collaborateurs ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Sean Murphy", "Founder | Assessly – hiring assessments for retail", "Dublin",
  ("acc",),
  ("msg", "Cheers for the invite Alex, great to meet at the Handelsverband event. Assessly screens store applicants in 12 minutes on mobile and cuts "
          "no-shows by a third. Fancy a pilot in 5 stores? Pricing is per hire."),
  ("msg", "Hi Alex, following up on the pilot. I can do a 50% discount for the first quarter if we start before December. Shall I send the paperwork?"))
P("user_invited_pitch_twice", "de", "Andreas Holzer", "Key Account | Stellenmarkt Österreich", "Wien",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Für das Weihnachtsgeschäft hätten wir ein Anzeigenpaket Handel: 20 Inserate, 60 Tage, 3.200 € statt 4.800 €. "
          "Interesse?"),
  ("msg", "Hallo Alex, das Paket ist nur noch bis Freitag reserviert. Soll ich es für euch fix machen?"))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Johanna Ebner", "Betriebsratsvorsitzende a.D. | Beraterin für Sozialpartnerschaft", "Wien",
  ("acc",),
  ("msg", "Hallo Alex, danke für die Einladung! Wie am Podium besprochen, hier meine Checkliste, was sich Betriebsräte in der ersten Verhandlung "
          "wirklich von der HR-Seite wünschen. Aus 14 Jahren auf der anderen Seite des Tisches. Frei zur Verwendung."))
P("user_invited_value", "es", "Ignacio Varela", "HR Director | Tiendas Sol y Mar", "Sevilla",
  ("acc",),
  ("msg", "¡Gracias por la invitación, Alex! Te paso el enlace a la encuesta de clima que usamos en las 40 tiendas, con las preguntas traducidas al alemán "
          "por una compañera. Si la usáis, me encantaría comparar resultados."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Michael Trausner", "Regionalleiter | Handel Ost", "Eisenstadt", ("acc",))
P("acceptance_only", "en", "Emma Clarke", "People Partner | UK grocery", "Leeds", ("acc",))
P("lone_endorsement", "de", "Nina Hofbauer", "Lehrlingsbeauftragte | Filiale Favoriten", "Wien", ("end",))
P("lone_endorsement", "it", "Giulia Russo", "Ex collega | HR a Innsbruck", "Innsbruck", ("end",))


# =============================================================== a few more voices
P("good_invitation", "en", "Katarzyna Nowak", "Head of HR | Sklepy Domowe", "Kraków",
  ("inv", "Hi Alex, we open our first 6 stores in Austria next spring and honestly I don't know where to start with the Betriebsrat rules. "
          "Would you share how you'd approach it? Glad to return the favour on anything Poland-related."),
  ("rem",))
P("connection_brings_value", "de", "Gerhard Wimmer", "Personalchef | Sporthaus Tirol", "Innsbruck",
  ("msg", "Grüß dich Alex! Weil du beim letzten Treffen gefragt hast: ich hab die Zusammenfassung vom KV-Abschluss Handel aus unserer Arbeitgeber-Runde "
          "angehängt, mit den Rechenbeispielen für Teilzeit. Ist nicht offiziell, aber stimmt. Wenn was unklar ist, ruf an."))
P("bait_and_switch_invitation", "en", "Rachel Levin", "Community Lead | People Leaders in Retail", "London",
  ("inv", "Hi Alex, I run People Leaders in Retail, a private Slack group of 400 HR heads from European chains. Peer Q&A, no vendors allowed. "
          "Would love you to join, happy to send the invite link once we're connected."),
  ("msg", "Welcome aboard! One more thing: alongside the community I run a fractional HR consultancy. We could take your store manager hiring "
          "off your plate from €6k a month. Worth a call next week?", (3, 9)))
P("single_pitch", "it", "Marco Esposito", "Corporate Sales | FitPass Benefit", "Verona",
  ("msg", "Ciao Alex! Sto proponendo alle catene retail il nostro abbonamento palestra aziendale: 2.000 strutture in Austria e Italia, "
          "da 19 € al mese a dipendente. Ti interessa una proposta per Donaumarkt?"), nl="it")


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Verena Haslinger", "v.haslinger@drogerie-nordwest.example.at", "Betriebsvereinbarung Arbeitszeit – kurze Frage",
     "Hallo Alex,\n\nich hab dir auch auf LinkedIn geschrieben, falls du dort selten reinschaust: hättest du nächste Woche 20 Minuten?\n\nLG Verena", "de"),
    ("Betriebsrat Donaumarkt", "betriebsrat@donaumarkt.example.at", "Protokoll Sitzung 12.9.",
     "Liebe/r Alex,\n\nanbei das Protokoll. Bitte Mitarbeitende nicht über LinkedIn zu internen Themen kontaktieren.\n\nFür den Betriebsrat\nGerda", "de"),
    ("karriere.at", "service@karriere.example.at", "Ihre Anzeige 'Filialleitung Wien 10' läuft bald ab",
     "Guten Tag,\n\nIhre Anzeige endet in 3 Tagen. Tipp: Teilen Sie sie auch auf LinkedIn für mehr Reichweite.", "de"),
    ("Retail HR Summit", "info@retailhrsummit.example.com", "Your speaker slot – 14 November",
     "Hi Alex,\n\nthanks for agreeing to speak. Please send a photo and a short bio (your LinkedIn summary is fine).", "en"),
    ("Manfred Kogler", "kogler@kogler-personal.example.at", "Honorarangebot Filialleitungen",
     "Sehr geehrte/r Alex,\n\nanbei nochmals mein Angebot. Ich habe Sie auch auf LinkedIn kontaktiert.\n\nKogler", "de"),
    ("Chiara Villa", "c.villa@villa-search.example.it", "Ricerca Direttore HR – job description",
     "Gentile Alex,\n\ncome anticipato su LinkedIn, le allego la job description. Resto a disposizione.\n\nChiara Villa", "it"),
    ("Workday Community", "noreply@community.example.com", "Your weekly digest",
     "Top threads this week: payroll for seasonal staff. Connect your LinkedIn profile to get a badge.", "en"),
    ("ANDRH Lyon", "contact@andrh-lyon.example.fr", "Groupe de travail apprentissage – compte rendu",
     "Bonjour,\n\nCamille Rousset vous a peut-être contacté sur LinkedIn : voici le compte rendu de notre dernière réunion.", "fr"),
]

ERAS = {s[2]: "cur" for s in PEOPLE}

HEADER = [f"# mailbot development corpus dev193. Generated by scripts/make_corpus_dev193.py (seed {SEED}); do not edit by hand.",
          "# Alex as HR director of a retail chain in Vienna, September and October 2024: HR-tech, payroll and employer-branding sellers, "
          "headhunters, candidates, works-council peers, paid award shortlists, webinar coaches. Same format as tests/corpus/dev."]


class Stories193(cs.EraStories):
    """Stories inside the two months: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
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
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev193")
    args = ap.parse_args()
    check_notes()
    c = Stories193(SEED, PEOPLE, FOREIGN, ERAS)
    c.make_people()
    c.make_spoofs(10)
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
    print("kinds:", dict(sorted(Counter(m.kind for m in c.mails).items())))
    print("recommendations:", dict(sorted(Counter(p.recommendation for p in c.people).items())))


if __name__ == "__main__":
    main()
