#!/usr/bin/env python3
"""Write mailbot's seventy-fourth, independent development corpus: tests/corpus/dev74/*.eml + expected.toml.

The angle: the user Alex is a partner in an architecture studio in Zurich with a branch in
Lugano (Morgan Keller Architekten). Their LinkedIn world: architecture competitions, both
public ones run under SIA 142 by municipalities and their procedure managers (an opening,
so good) and pay-to-enter idea competitions sold by private organisers (a sale, so bad);
award programmes, yearbooks and directories that charge a fee, sometimes after a flattering
"nomination" or "selection" (bait and switch); render and visualisation studios; facade,
window, stone, tile and acoustic suppliers; structural and timber engineers proposing a
joint competition team (shared work, good); journalists from design magazines and the
radio (good), and paid "partner editorial" dressed as journalism (ugly); students asking
for an internship; property developers and housing cooperatives as clients; headhunters
and schools offering real roles; plus the usual insurers, pension advisers, plotter
leasing and social-media agencies. Swiss German (Grüezi, Hoi, Merci, no sharp s), Ticino
Italian, Romand French (septante, nonante) and English; some writers use a language other
than Alex's LinkedIn wording.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient headline, job-alert and
digest titles, names and headlines of spoof-only people and PYMK suggestions, spoof InMail
subjects and the pitches that spoofs carry are swapped for this world in this process only
(make_corpus.py itself is not changed). Every note was written from shared/taxonomy.md
alone, without reading mailbot's signals, judge or wording, or other corpora's notes.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev74.py              # writes tests/corpus/dev74
    python scripts/make_corpus_dev74.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260774

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ a Zurich/Lugano architecture studio's world (this process only)
SKILLS = {
    "en": ["Architecture", "Architectural Design", "Design Competitions", "Timber Construction", "Urban Design", "Sustainable Design"],
    "de": ["Architektur", "Entwurf", "Architekturwettbewerbe", "Holzbau", "Städtebau", "Bauleitung"],
    "fr": ["Architecture", "Conception architecturale", "Concours d'architecture", "Construction bois", "Urbanisme"],
    "it": ["Architettura", "Progettazione architettonica", "Concorsi di architettura", "Costruzione in legno", "Urbanistica"],
    "es": ["Arquitectura", "Diseño arquitectónico", "Concursos de arquitectura", "Construcción en madera", "Urbanismo"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
mc.L["en"]["rheadline"] = "Partner at Morgan Keller Architekten | Zurich · Lugano"
mc.L["de"]["rheadline"] = "Partner bei Morgan Keller Architekten | Zürich · Lugano"
mc.L["fr"]["rheadline"] = "Associé chez Morgan Keller Architekten | Zurich · Lugano"
mc.L["it"]["rheadline"] = "Partner presso Morgan Keller Architekten | Zurigo · Lugano"
mc.L["es"]["rheadline"] = "Socio en Morgan Keller Architekten | Zúrich · Lugano"
mc.LANGS[:] = ["de", "it", "fr", "en", "de"]   # spoofs and other LinkedIn mail: Swiss languages and English
mc.CITY.update({"de": ["Zürich", "Winterthur", "Bern", "Basel", "Luzern", "St. Gallen"],
                "it": ["Lugano", "Bellinzona", "Locarno", "Mendrisio", "Chiasso", "Milano"],
                "fr": ["Lausanne", "Genève", "Fribourg", "Neuchâtel", "Sion", "Nyon"],
                "en": ["Zurich", "London", "Basel", "Geneva", "Manchester", "Vienna"]})
mc.NAMES.update({
    "de": (["Urs", "Beat", "Regula", "Reto", "Corinne", "Adrian", "Nadja", "Pascal", "Seraina", "Thomas", "Barbara", "Dominik", "Flurina", "Marcel", "Rahel"],
           ["Meier", "Brunner", "Frei", "Schmid", "Wüthrich", "Keller", "Gasser", "Egli", "Zürcher", "Bühler", "Sigrist", "Amrein", "Tanner", "Odermatt"]),
    "it": (["Mattia", "Giada", "Fabio", "Noemi", "Claudio", "Lara", "Ivo", "Manuela", "Gabriele", "Sabrina", "Luca", "Tamara"],
           ["Bernasconi", "Rusca", "Pedrini", "Lucchini", "Soldati", "Ferrari", "Bianchi", "Cereghetti", "Vassalli", "Rossi", "Gianoni", "Balestra"]),
    "fr": (["Jean-Marc", "Sandrine", "Laurent", "Valérie", "Cédric", "Anouk", "Romain", "Nathalie", "Grégory", "Joëlle", "Fabien", "Aline"],
           ["Rochat", "Favre", "Pittet", "Dubois", "Monney", "Cuendet", "Jaccard", "Bovet", "Mottier", "Gavillet", "Golay", "Tinguely"]),
    "en": (["James", "Sophie", "Daniel", "Charlotte", "Ben", "Amelia", "Rupert", "Hannah", "Sam", "Eleanor", "Nathan", "Isla"],
           ["Harding", "Cole", "Whitaker", "Osborne", "Reid", "Fairley", "Kingsley", "Doherty", "Pryce", "Lowe", "Ashdown", "Maddox"]),
})
mc.JOBS[:] = [("Projektleiter:in Architektur 80–100 %", "Huber Staub Architekten AG"), ("Architetto capoprogetto", "Studio Rusca Lepori"),
              ("Senior Architect – Competitions", "Halden Vogt Architects"), ("Architecte chef de projet", "Bureau Dubuis Cottier"),
              ("Leiter:in Wettbewerbe", "Planwerk Partner AG")]
mc.COMPANIES["good"] = ["ETH Zürich", "EPFL", "Accademia di architettura", "Planwerk Partner AG", "Huber Staub Architekten", "Studio Rusca Lepori",
                        "Baugenossenschaft Sonnengarten", "Amt für Hochbauten Stadt Zürich"]
mc.COMPANIES["sales"] = ["RenderLab", "Facadix", "ArchiListing", "Plotwerk", "Vetrotech Serramenti", "BIMshore", "Awardia", "Helvetic Yearbook Media"]
mc.HEADLINES["good"] = ["Architektin bei {co}", "Projektleiter Hochbau | {co}", "Architetto presso {co}", "Architecte chez {co}",
                        "Structural engineer at {co}", "Head of Development at {co}"]
mc.HEADLINES["sales"] = ["Account Manager at {co}", "Business Development | {co}", "Founder & CEO at {co}", "Helping architects win more work | {co}",
                         "Sales Director DACH at {co}"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Kurze Frage", "Ihre nächste Wettbewerbsabgabe", "Idee für Ihr Büro", "15 Minuten?", "Zusammenarbeit"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["Domanda veloce", "Il vostro prossimo concorso", "Un'idea per lo studio", "15 minuti?", "Collaborazione"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Petite question", "Votre prochain concours", "Une idée pour votre bureau", "15 minutes ?", "Partenariat"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Quick question", "Your next competition entry", "Idea for your studio", "15 minutes?", "Partnership"]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"project architect\"", "Your job alert for project architect in {city}", "View job"),
    news=("Are Swiss cities running out of land to build on?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Timber Architecture Network", "Here are the top conversations in your group this week"),
    newsletter=("Drawing Board: what a competition entry really costs a small office", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Projektleiter Architektur“", "Ihr Jobalarm für Projektleiter Architektur in {city}", "Job anzeigen"),
    news=("Verdichtung: Wie viel Wachstum verträgt die Agglomeration?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Architektur & Wettbewerbe Schweiz", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Planlauf: Honorare nach SIA 102 im Vergleich", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « architecte chef de projet »", "Votre alerte emploi pour architecte chef de projet à {city}", "Voir l'offre"),
    news=("La Suisse romande manque-t-elle de logements abordables ?", "Les actualités à la une de LinkedIn Actualités"),
    group=("Conversations à la une dans Architectes de Suisse romande", "Voici les conversations à la une de votre groupe cette semaine"),
    newsletter=("Carnet de chantier : réemploi des matériaux, mode d'emploi", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per \"architetto\"", "La tua segnalazione di lavoro per architetto a {city}", "Visualizza offerta"),
    news=("Il Ticino costruisce troppo o troppo poco?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Architetti della Svizzera italiana", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Quaderni di cantiere: il legno sopra i sei piani", "Nuova edizione di una newsletter a cui sei iscritto"))
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:linkedin-mail.co", "nodkim",
                       "untrusted:mx.example.org", "buried", "display:outlook.com", "wrongpass", "noauth"]
SPOOF_PITCH = {
    "en": ["Hi {first}, the jury report for your competition entry is ready. Log in through the secure portal to download it before the link expires.",
           "Hello {first}, I shared the tender drawings for the Zug project with you via LinkedIn Documents. Please sign in to open the folder."],
    "de": ["Grüezi {first}, der Jurybericht zu Ihrem Wettbewerbsbeitrag liegt bereit. Bitte melden Sie sich über den gesicherten Link an, um ihn herunterzuladen.",
           "Hallo {first}, ich habe Ihnen die Ausschreibungspläne freigegeben. Zum Öffnen bitte mit Ihren LinkedIn-Daten anmelden."],
    "fr": ["Bonjour {first}, le rapport du jury concernant votre projet est disponible. Connectez-vous via le lien sécurisé pour le télécharger.",
           "Bonjour {first}, je vous ai partagé les plans de soumission. Identifiez-vous pour accéder au dossier."],
    "it": ["Buongiorno {first}, il verbale della giuria sul vostro progetto di concorso è disponibile. Acceda dal link protetto per scaricarlo.",
           "Ciao {first}, ti ho condiviso le tavole del bando. Accedi con le tue credenziali LinkedIn per aprire la cartella."],
    "es": ["Hola {first}, el acta del jurado sobre tu propuesta ya está disponible. Inicia sesión en el enlace seguro para descargarla.",
           "Hola {first}, te he compartido los planos del concurso. Inicia sesión para abrir la carpeta."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "de", "Reto Baumgartner", "Dipl. Bauingenieur ETH | Partner bei Baumgartner Gysi Tragwerksplanung", "Winterthur",
  ("inv", "Grüezi Herr Morgan, die Stadt Winterthur schreibt den offenen Projektwettbewerb fürs Schulhaus Zelgli aus. Wir suchen als Tragwerksplaner "
          "ein Architekturbüro fürs Team, Ihr Holzbau in Wädenswil hat uns überzeugt. Hätten Sie Lust auf ein erstes Gespräch?"),
  ("rem",))
P("good_invitation", "it", "Martina Pedrazzini", "Studentessa Master | Accademia di architettura di Mendrisio (USI)", "Mendrisio",
  ("inv", "Buongiorno arch. Morgan, sono al secondo anno di master a Mendrisio e cerco uno stage di sei mesi da settembre. La casa anziani di Caslano "
          "è uno dei progetti che ho studiato di più: posso mandarle il portfolio? Grazie in anticipo"))
P("good_invitation", "it", "Léonie Rochat", "Étudiante en master d'architecture | EPFL", "Lausanne",
  ("inv", "Bonjour Monsieur Morgan, je termine mon master à l'EPFL et je cherche un stage dès février, si possible au Tessin pour progresser en italien. "
          "Auriez-vous une place à Lugano ? Je me réjouis de vous envoyer mon dossier. Belle journée !"),
  ("rem",), nl="fr")
P("good_invitation", "en", "Fiona Carradine", "Senior Editor, Housing | Frame & Form Magazine", "London",
  ("inv", "Hi Alex, I edit the housing pages at Frame & Form. We're doing a feature on Swiss cooperative housing and your Altstetten scheme came up twice "
          "in our research. Could I send a few questions and ask for drawings? You'd see the copy before print."))
P("good_invitation", "de", "Corinne Vontobel", "Verfahrensbegleitung Wettbewerbe & Studienaufträge | Planpartner AG", "Zürich",
  ("inv", "Guten Tag Alex Morgan. Wir begleiten für die Stadt Uster die Präqualifikation zum Ersatzneubau Alterszentrum (Studienauftrag, honoriert). "
          "Ihr Büro bringt passende Referenzen mit. Die Unterlagen sind ab Montag auf simap, für Fragen bin ich gern da."))
P("good_invitation", "fr", "Nicolas Berthoud", "Architecte EPF | Atelier Berthoud Gindrat", "Genève",
  ("inv", "Salut Alex, on s'est croisés au jury de Nyon. Question de confrère : pour votre immeuble bois à Lugano, quelle solution pour l'EI 60 en façade ? "
          "On coince avec l'ECA sur un projet à Meyrin. Merci d'avance !"),
  ("rem",))
P("good_invitation", "en", "Tom Hallworth", "Lecturer, Design Studio | ETH Zürich, D-ARCH", "Zürich",
  ("inv", "Alex, our second-years present their final reviews mid-December (adaptive reuse of the old Maag halls). Could you join as a guest critic for "
          "one afternoon? Lunch on us, and the students badly need a practitioner's eye. Tom"))
P("good_invitation", "it", "Giorgio Lepori", "Ingegnere RVS | Commissione formazione continua OTIA", "Bellinzona",
  ("inv", "Ciao Alex, il 14 novembre all'OTIA facciamo una serata gratuita sulle prescrizioni antincendio AICAA per le facciate in legno, "
          "riconosciuta con 3 ore di formazione continua. Mi piacerebbe averti tra i relatori, o anche solo in sala. Un saluto"))
P("good_invitation", "de", "Daniel Wyss", "Leiter Projektentwicklung | Wyss Immobilien AG", "Baden",
  ("inv", "Grüezi Herr Morgan, wir entwickeln in Baden-Dättwil ein Areal mit rund 60 Wohnungen und wollen für die Machbarkeitsstudie zwei, drei Büros "
          "direkt anfragen. Ihr Projekt in Schlieren hat mich angesprochen. Hätten Sie im Frühling Kapazität?"),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "de", "Patrick Hürlimann", "Verkaufsberater Bodenbeläge | Innenausbau", "Luzern", ("inv", DEFAULT), ("rem",))
P("default_invitation", "it", "Sara Cattaneo", "Disegnatrice AFC | Studio tecnico", "Locarno", ("inv", NONOTE))
P("default_invitation", "fr", "Yannick Favre", "Dessinateur en bâtiment CFC", "Fribourg", ("inv", DEFAULT))


# =============================================================== sales_invitation
P("sales_invitation", "de", "Dušan Marković", "Founder | Pixelhaus Visualisation – CGI for architects", "Belgrade",
  ("inv", "Hi Alex, we produce photoreal exterior and interior renders for Swiss offices, 4-5 working days, from CHF 380 per still. Happy to do "
          "one free test image from a current competition entry so you can judge the quality yourself."), nl="en")
P("sales_invitation", "de", "Sandro Imhof", "Objektberater Architektur | Terravent Fassadensysteme", "Zürich",
  ("inv", "Grüezi Herr Morgan, ich betreue bei Terravent die Architekturbüros im Raum Zürich. Gern würde ich Ihnen unsere neuen hinterlüfteten "
          "Keramikfassaden mit Mustern direkt im Büro zeigen, 30 Minuten reichen. Wann passt es Ihnen?"))
P("sales_invitation", "fr", "Chloé Dumoulin", "Responsable partenariats | Prix Romand de l'Habitat Contemporain", "Lausanne",
  ("inv", "Bonjour Alex, les inscriptions au Prix Romand de l'Habitat Contemporain sont ouvertes ! CHF 390 par projet (290 jusqu'au 30 avril). "
          "Les lauréats paraissent dans notre annuaire et à la soirée de remise. Je vous envoie le dossier ?"))
P("sales_invitation", "it", "Luca Brambilla", "Project Manager | ArchiContest – concorsi internazionali di idee", "Milano",
  ("inv", "Ciao Alex! È aperto il nostro nuovo concorso di idee \"Rifugio alpino 2.0\" sul Monte Generoso: montepremi 15.000 €, giuria "
          "internazionale. Iscrizione early bird a 75 € a team fino a fine mese. Ti giro il bando?"))
P("sales_invitation", "de", "Marco Fässler", "Key Account | Architektenverzeichnis.ch", "St. Gallen",
  ("inv", "Hallo Alex, Ihr Büro steht bereits gratis in unserem Verzeichnis. Mit dem Premium-Profil (CHF 69/Monat) erscheinen Sie bei Bauherren-"
          "Suchen in Zürich und im Tessin zuoberst, mit Projektgalerie. Darf ich Ihnen die Zahlen kurz zeigen?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "de", "Stefan Rüegg", "Gründer | Erfa-Kreis Büroführung für Architekturbüros", "Zug",
  ("inv", "Hallo Alex, ich organisiere einen kleinen Erfa-Kreis für Inhaber:innen von Architekturbüros mit 10 bis 30 Leuten: einmal pro Quartal "
          "Austausch zu Honoraren, Personal, Nachfolge. Keine Vorträge, nur Praxis. Lust, dazuzustossen?"),
  ("msg", "Merci fürs Vernetzen, Alex! Vor dem ersten Treffen noch kurz etwas: Viele im Kreis arbeiten inzwischen mit PlanDesk, unserer Software für "
          "Stundenerfassung und Honorarcontrolling nach SIA 102. Ich zeige Ihnen gern eine Demo, Mitglieder haben im ersten Jahr 20 % Rabatt. "
          "Ginge Donnerstag um 16 Uhr?", (3, 12)),
  ("msg", "Kleiner Nachtrag: Der Mitgliederrabatt gilt bis Ende Monat. Soll ich Ihnen schon einmal eine Offerte für 14 Lizenzen (Zürich und Lugano) "
          "vorbereiten?", (6, 15)))
P("bait_and_switch_invitation", "fr", "Olivier Pasquier", "Fondateur | Cercle des architectes indépendants romands", "Lausanne",
  ("inv", "Bonjour Alex, je réunis chaque trimestre une douzaine d'associés de bureaux romands autour d'un café-croissant, pour parler métier "
          "sans langue de bois. Prochaine édition à Lausanne en mars, ça vous dirait ?"),
  ("msg", "Merci d'avoir accepté ! Dans le cadre de mon activité de conseiller en prévoyance, j'accompagne beaucoup d'architectes indépendants "
          "sur le 2e et le 3e pilier, rachats LPP compris. Je vous propose un bilan de 45 minutes, sans engagement : mardi ou jeudi ?"))
P("bait_and_switch_invitation", "en", "Henrietta Vale", "Editor-in-chief | New Alpine Architecture (book series)", "London",
  ("inv", "Hello Alex, I'm curating the next volume of New Alpine Architecture and your house above Lugano caught my eye. We'd love to consider it "
          "for inclusion. May I connect and send you the brief?"),
  ("msg", "Thank you for the photographs, the editorial board loved them! Good news: the project has been selected. Inclusion works through our "
          "contributor package, CHF 2,450 for a double-page spread with ten copies. Invoice attached; payment within 14 days secures your place.", (5, 20)),
  ("msg", "Dear Alex, a gentle reminder that the contributor invoice is still open. We'll release the print slot to the waiting list on Friday.", (7, 14)))
P("bait_and_switch_invitation", "it", "Davide Bernasconi", "Ricercatore indipendente | Costruire in legno in Ticino", "Lugano",
  ("inv", "Ciao Alex, sto raccogliendo esempi di edifici in legno a più piani in Ticino per una piccola ricerca. Avrei un paio di domande sul "
          "vostro cantiere di Viganello, ti va di collegarci?"),
  ("msg", "Grazie mille per le risposte, utilissime davvero! Ti confesso che lavoro anche come consulente per un produttore austriaco di pannelli "
          "CLT: per il vostro prossimo progetto ti preparo volentieri un'offerta a prezzi da importatore. Ti chiamo lunedì?"))
P("bait_and_switch_invitation", "en", "Marcus Elroy", "Principal | Elroy Capital Partners – Residential Real Estate", "Zug",
  ("inv", "Hi Alex, we're putting together a design team for a residential scheme in Zug, roughly 40 units, and your housing in Oerlikon is the "
          "quality we're after. Good to connect ahead of a possible brief."),
  ("msg", "Great to be connected. Before we get to Zug, a quick thought: several architects we work with co-invest alongside us in our residential "
          "fund, 7-9% target yield, minimum ticket CHF 100k. Shall I send the deck?", (2, 10)),
  ("msg", "Alex, circling back on the fund. The current round closes in three weeks; happy to walk you through it over a coffee in Zurich.", (5, 15)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "de", "Urs Kälin", "Dr. sc. techn. | Präsident der Jury, Swiss Architecture Excellence Award", "Zürich",
  ("inm", "Nominierung: Swiss Architecture Excellence Award", "Sehr geehrter Herr Morgan\n\nes freut mich, Ihnen mitzuteilen, dass Ihr Wohnhaus in "
          "Schlieren von unserem Fachgremium für den Swiss Architecture Excellence Award nominiert wurde. Herzliche Gratulation! Die Einzelheiten "
          "folgen in Kürze.\n\nMit freundlichen Grüssen\nUrs Kälin"),
  ("inm", "Ihre Nominierung – nächste Schritte", "Sehr geehrter Herr Morgan\n\nbesten Dank für Ihre Rückmeldung. Zur Bestätigung der Nominierung "
          "bitten wir um die Teilnahmegebühr von CHF 1'250 (inkl. Siegel, Urkunde und Eintrag im Jahrbuch). Die Preisverleihung findet im Dolder "
          "statt, Tischreservationen ab CHF 480 pro Person.\n\nFreundliche Grüsse\nUrs Kälin", (4, 12)))
P("bait_and_switch_inmail", "de", "Kevin Draper", "Architectural Technologist | DraftForce BIM Services", "Manchester",
  ("inm", "Quick question about your CLT floor build-up", "Hi Alex, came across your timber housing in Altstetten. Curious: did you go with a ribbed "
          "CLT slab or timber-concrete composite for the acoustics? Asking because we keep seeing both on UK jobs and the footfall results differ a lot."),
  ("inm", "Re: Quick question about your CLT floor build-up", "Thanks for the reply, really helpful. On a different note, DraftForce supports "
          "European practices with Revit modelling and construction drawings from our Manila team at around a third of Swiss hourly rates. "
          "Could I set up 20 minutes to show you some sample sets?"), nl="en")
P("bait_and_switch_inmail", "fr", "Sylvie Maret", "Coach en développement d'affaires pour architectes", "Genève",
  ("inm", "Table ronde sur la densification", "Bonjour Monsieur Morgan, nous réunissons le 12 juin à Genève quelques architectes, urbanistes et "
          "promoteurs pour une table ronde gratuite sur la densification vers l'intérieur. Votre regard tessinois serait précieux. Seriez-vous des nôtres ?"),
  ("inm", "Suite à la table ronde", "Merci encore pour votre participation ! Pour prolonger nos échanges, je vous propose mon programme "
          "« Bureau rentable » : six séances de coaching individuel pour structurer l'acquisition de mandats, CHF 4'500 HT. Je vous bloque un "
          "premier créneau ?", (8, 20)))


# =============================================================== endorse_me_back
P("endorse_me_back", "de", "Lukas Gerber", "Projektleiter Architektur | Gerber + Zaugg", "Bern",
  ("end",), ("end",),
  ("msg", "Hoi Alex, hab dich grad für {skill} empfohlen, hast du verdient 👍 Wärsch so guet und bestätigst mir im Gegenzug "
          "\"Ausführungsplanung\" und \"Baukostenplanung\"? Bin am Bewerben. Merci!"))
P("endorse_me_back", "it", "Chiara Mombelli", "Architetta | Interior designer", "Chiasso",
  ("end",),
  ("msg", "Ciao Alex, ti ho appena confermato la competenza in {skill}. Se hai un attimo, mi faresti lo stesso per \"Interior design\" e "
          "\"Arredo su misura\"? Sto sistemando il profilo per una candidatura in Comune. Grazie di cuore!"))
P("endorse_me_back", "en", "Brandon Kessler", "Architectural Designer | SketchUp · Lumion", "Zurich",
  ("end",), ("end",),
  ("msg", "Hey Alex! Endorsed you for {skill} plus a couple more. Would be awesome if you could return the favour on Lumion and 3D Visualization, "
          "recruiters filter on those. Thanks man"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "de", "Roger Stalder", "Inhaber | Stalder Visualisierungen", "Aarau",
  ("inv", "Grüezi, wir machen Renderings und Animationen für Wettbewerbe, schnell und günstig. Darf ich Ihnen unser Portfolio schicken?"),
  ("rem",),
  ("inm", "Keine Reaktion", "Herr Morgan, zweimal angefragt, nicht einmal ein Nein. Offenbar sind sich gewisse Stararchitekten zu fein, mit einem "
          "kleinen Gewerbler zu reden. Ich wünsche Ihnen, dass Ihre nächsten Wettbewerbsbeiträge entsprechend rangiert werden."))
P("hostility_after_decline", "de", "Nicolò Ghezzi", "Neolaureato in architettura | Politecnico di Milano", "Varese",
  ("inv", "Buongiorno, sono neolaureato al Politecnico e cercherei uno stage nello studio di Lugano. Posso mandarle il portfolio?"),
  ("inm", "Stage", "Vedo che il mio invito è rimasto lì senza risposta. Bella lezione di umiltà da uno studio che sul sito parla tanto di "
          "\"formare i giovani\". Complimenti davvero, arch. Morgan."), nl="it")
P("hostility_after_decline", "fr", "Gilles Perret", "Directeur | Annuaire suisse des architectes", "Sion",
  ("inv", DEFAULT),
  ("inm", "Votre silence", "Monsieur, ni réponse à mon invitation ni un mot à mes deux appels. C'est d'une impolitesse rare. Je me demande comment "
          "vous traitez vos maîtres d'ouvrage si c'est ainsi que vous traitez les gens qui vous contactent. Je ne vous dérangerai plus."))
P("hostility_after_decline", "en", "Gareth Lloyd", "Sales Director EMEA | Lumenline Facade Lighting", "Cardiff",
  ("inv", "Alex, we light facades for some of Europe's best-known buildings. 15 mins to show you what we did in Basel?"),
  ("rem",),
  ("inm", "Manners", "Alex, not sure what they teach at Swiss architecture schools, but where I come from ignoring someone for a month is plain rude. "
          "I wasn't asking for a kidney, just fifteen minutes. Noted."))


# =============================================================== hostility_connection
P("hostility_connection", "de", "Ravi Srinivasan", "CEO | RenderCraft Studios", "Bengaluru",
  ("msg", "Hi Alex, RenderCraft now offers Swiss practices a monthly render retainer: 20 stills and one flythrough for CHF 2,900. Shall I send over the rate card?"),
  ("msg", "Alex? Sent you the rate card last week, let me know your thoughts."),
  ("msg", "Third message and nothing. Honestly this arrogance is exactly why small studios like mine struggle. You accepted my request, the least "
          "you could do is reply. Unbelievable."), nl="en")
P("hostility_connection", "de", "Beat Zwahlen", "Verkaufsleiter | Holzfenster Zwahlen AG", "Thun",
  ("acc",),
  ("msg", "Danke fürs Vernetzen an der Swissbau, Herr Morgan! Wie besprochen: Unsere Holz-Metall-Fenster gibt es jetzt auch in Minergie-P-Ausführung. "
          "Ich würde Ihnen gern ein Angebot für die Überbauung in Affoltern machen, können Sie mir die Fensterliste schicken?"),
  ("msg", "Herr Morgan, Sie haben MICH an der Swissbau eingeladen und jetzt bekomme ich nicht einmal eine Antwort. So geht man unter Geschäftsleuten "
          "nicht miteinander um. Ich merke mir, wie Ihr Büro mit Lieferanten umspringt."))
P("hostility_connection", "it", "Mattia Quadri", "Titolare | Quadri Pietre Naturali", "Riva San Vitale",
  ("msg", "Ciao Alex, ti scrivo perché ci è appena arrivato un lotto di gneiss e granito di Maggia a prezzi che non rivedrai. Per i tuoi cantieri "
          "ti faccio il 15%. Passi in deposito a vedere le lastre?"),
  ("msg", "Allora? Neanche una riga. Voi architetti vi credete chissà chi, ma senza chi vi porta i materiali non costruite niente. Maleducato."))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Aurélie Chappuis", "Conseillère en assurances | RC professionnelle architectes et ingénieurs", "Neuchâtel",
  ("msg", "Bonjour Alex, beaucoup de bureaux sont sous-assurés en RC professionnelle sans le savoir. Je vous propose un comparatif gratuit de votre "
          "police actuelle, sans engagement de votre part."),
  ("msg", "Re-bonjour, je reviens vers vous pour ce comparatif. Nous avons aussi une formule combinée RC + perte de gain pour les associés. "
          "Un téléphone de 20 minutes la semaine prochaine ?"),
  ("msg", "Dernière relance de ma part : le tarif préférentiel pour les membres SIA court jusqu'au 30. Je vous envoie la proposition ?"))
P("connection_only_pitches", "de", "Nina Kradolfer", "Account Managerin | Plotwerk Grossformatdruck & Leasing", "Dübendorf",
  ("msg", "Hallo Alex, gerade bei Wettbewerbsabgaben lohnt sich ein eigener A0-Plotter. Leasing ab CHF 149 im Monat inkl. Service. Soll ich eine Offerte machen?"),
  ("msg", "Hallo Alex, kurzer Reminder: Bis Ende Quartal nehmen wir Ihren alten Plotter für CHF 800 in Zahlung. Interesse an einer Vorführung bei Ihnen im Büro?"))
P("connection_only_pitches", "en", "Jessica Monroe", "Founder | Plan & Post – social media for architects", "London",
  ("msg", "Hey Alex, love the work! Honest feedback though: the studio's Instagram hasn't posted in four months. We run social for 30+ practices, "
          "packages from GBP 900 a month. Shall I sketch out a content plan for you?"),
  ("msg", "Hi Alex, just checking in. We've opened two slots for new practice clients this quarter, want one of them?"))


# =============================================================== single_pitch
P("single_pitch", "de", "Michael Suter", "Architekturfotograf | Suter Bildwerk", "Basel",
  ("msg", "Lieber Alex, ich habe gesehen, dass eure Siedlung in Altstetten bald bezugsbereit ist. Ich fotografiere seit 15 Jahren Architektur, Tagessatz CHF 1'900 "
          "inkl. Bildbearbeitung, Drohne auf Anfrage. Sollen wir gleich einen Termin für die Aufnahmen reservieren?"))
P("single_pitch", "it", "Federica Rusconi", "Area manager Ticino | Ceramiche Lario", "Como",
  ("msg", "Buongiorno Alex, è uscita la nuova collezione di gres grande formato 120x280, ideale per facciate ventilate. Posso passare in studio a "
          "Lugano con i campioni e il listino riservato ai progettisti?"))
P("single_pitch", "fr", "Julien Monnier", "Business developer | Concours-Archi.ch, veille des concours", "Lausanne",
  ("msg", "Bonjour Alex, avec la veille Concours-Archi vous recevez chaque matin tous les concours et mandats d'études parallèles publiés en Suisse, "
          "filtrés selon vos critères. Abonnement bureau : CHF 540 par an, premier mois offert. Je vous active l'essai ?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "de", "Andrea Caflisch", "Bauingenieur | Caflisch Holzbauingenieure", "Chur",
  ("end",),
  ("msg", "Salü Alex, das Programm für die Mehrzweckhalle Domat/Ems ist raus: offenes Verfahren, Architektur mit Holzbauingenieur im Team. "
          "Ich hab dir das PDF und die Beurteilungskriterien in den gemeinsamen Ordner gelegt. Wenn ihr mitmacht, wären wir gern wieder dabei, "
          "Aufteilung wie in Wädenswil."),
  ("msg", "PS: Die Begehung ist am 4. um 10 Uhr vor der alten Halle, Anmeldung braucht es keine."))
P("connection_brings_value", "it", "Sofia Galli", "Giornalista | RSI Rete Due", "Lugano",
  ("msg", "Ciao Alex, stiamo preparando una puntata sulla trasformazione dei nuclei storici in Ticino. Verresti in studio mercoledì per mezz'ora "
          "in diretta? Ti mando le domande prima, niente sorprese."))
P("connection_brings_value", "fr", "Mathilde Jaquier", "Architecte cantonale adjointe | Canton de Vaud", "Lausanne",
  ("msg", "Salut Alex, le rapport du jury de Bussigny est en ligne, avec la critique de chaque projet. Le vôtre y est très bien commenté, même s'il "
          "n'a pas passé le dernier tour. Je te mets le lien, et si tu veux un débriefing avec le président du jury, je peux arranger ça."))
P("connection_brings_value", "en", "Oliver Brandt", "Development Director | Lakeshore Living AG", "Zürich",
  ("msg", "Alex, following our chat at the SIA evening: we'd like to invite your office to a paid parallel study (Studienauftrag) for our site in "
          "Horgen, three teams, CHF 40k compensation each. The brief goes out on the 15th. Interested? I can come by your office."),
  ("msg", "Brief attached, plus the geotechnical report. Site visit Friday at 9, meet at the gate on Seestrasse."))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "de", "Claudia Amstutz", "Executive Search Bau & Immobilien | Amstutz Partner", "Zürich",
  ("inm", "Leitung Hochbau bei einem Generalplaner – vertraulich", "Grüezi Herr Morgan\n\nim Auftrag eines etablierten Generalplaners (rund 250 "
          "Mitarbeitende) suche ich eine Persönlichkeit für die Leitung Hochbau mit Partnerperspektive. Ihr Werdegang mit Wettbewerbserfolgen "
          "und Holzbau passt ausgezeichnet. Hätten Sie Zeit für ein vertrauliches Gespräch?\n\nFreundliche Grüsse\nClaudia Amstutz"))
P("stranger_inmail_recruiter", "it", "Walter Angelini", "Prof. | Direttore, Dipartimento ambiente costruzioni e design, SUPSI", "Mendrisio",
  ("inm", "Docenza a contratto – atelier di progettazione", "Gentile architetto, per il prossimo semestre cerchiamo un docente a contratto per "
          "l'atelier del terzo anno, un giorno a settimana, retribuito secondo il tariffario SUPSI. Il suo nome ci è stato suggerito da un collega. "
          "Sarebbe interessato a parlarne?"))
P("stranger_inmail_recruiter", "en", "Harriet Moss", "Talent Partner | Fenwick Moss Architects", "London",
  ("inm", "Director, Zurich studio – Fenwick Moss", "Hi Alex, we're opening a Zurich studio next year and I'm looking for the Director to lead it: "
          "design lead, P&L responsibility, equity track. Your competition record is exactly what our founders want. Open to a confidential chat?"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Aleksandra Nowak", "Business Development | CADworks – drafting outsourcing", "Kraków",
  ("inm", "Drafting capacity for your competitions", "Hi Alex, competition deadlines eating your weekends? CADworks provides Polish architects who "
          "draw in ArchiCAD and Revit to SIA standards, from EUR 32 per hour, no minimum commitment. Can I send some sample plans?"),
  ("inm", "Free pilot", "Hello again Alex, to make it easy we offer a free 20-hour pilot on a live project. Just tell me which one."))
P("stranger_inmail_sales", "de", "Thomas Lüthi", "Regionalverkaufsleiter | SolarSkin Fassaden-PV", "Bern",
  ("inm", "Energie aus der Fassade", "Guten Tag Herr Morgan, mit unseren farbigen PV-Fassadenelementen erfüllen Sie die neuen kantonalen "
          "Eigenstromvorgaben, ohne dass man die Module sieht. Gern präsentiere ich Ihnen Muster und Referenzen in Ihrem Büro, 45 Minuten. "
          "Welche Woche passt?"))
P("stranger_inmail_sales", "it", "Roberta Mainardi", "Commerciale | Annuario architetti della Svizzera italiana", "Lugano",
  ("inm", "La vostra scheda nell'Annuario", "Buongiorno arch. Morgan, stiamo chiudendo la nuova edizione dell'Annuario architetti della Svizzera "
          "italiana, distribuito a committenti pubblici e privati. Il pacchetto con scheda dello studio, due progetti e logo costa 950 CHF + IVA. "
          "Le riservo lo spazio?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "de", "Simone Brütsch", "Fachberaterin Brandschutz & Fassaden | Lignatec Fassaden AG", "Winterthur",
  ("inv", "Grüezi Alex, am 21. November gibt es bei uns in Winterthur einen kostenlosen Weiterbildungsabend zum Brandschutz bei Holzfassaden. "
          "SIA-Stunden werden angerechnet, nur Fachreferate. Ich würde mich über Ihre Anmeldung freuen."),
  ("msg", "Herzlichen Dank fürs Kommen gestern! Anbei wie versprochen die Folien und die Checkliste für Baueingaben, gern auch fürs ganze Team."),
  ("msg", "Hallo Alex, eine Frage: Für Ihr Projekt in Uster würden wir gern ein Angebot für unsere Fassadenschalung machen. Könnten Sie uns Pläne "
          "und Fassadenflächen schicken? Wir liegen sicher 10 % unter dem Markt, und ich komme gern mit Mustern vorbei.", (14, 30)))
P("good_turns_ugly", "it", "Alessia Crivelli", "Giornalista | Spazio Costruito", "Lugano",
  ("inv", "Ciao Alex, scrivo per Spazio Costruito e sto preparando un pezzo sulla casa anziani di Caslano. Vorrei farti qualche domanda e "
          "pubblicare un paio di piante. Ci colleghiamo?"),
  ("msg", "Eccoti il link all'articolo online, grazie ancora per il tempo e per i disegni! Sta già girando parecchio."),
  ("msg", "Alex, una proposta: per il numero cartaceo di primavera possiamo dedicare allo studio un portfolio di 4 pagine nella rubrica \"Studi da "
          "conoscere\". La quota partner è di 3'200 CHF, con 20 copie e diritti sulle foto. Ti mando il contratto?", (10, 30)))
P("good_turns_ugly", "fr", "Thibaut Clerc", "Assistant-doctorant | Laboratoire d'architecture et technologies durables, EPFL", "Lausanne",
  ("inv", "Bonjour Alex, nous menons à l'EPFL une étude sur l'énergie grise des immeubles en bois en Suisse. Vos données de chantier nous aideraient, "
          "et l'outil de calcul sera en libre accès pour les bureaux participants. Partant ?"),
  ("msg", "Merci pour les données ! Voici l'outil de calcul et le rapport intermédiaire, utilisez-les librement pour vos concours."),
  ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill}. En retour, tu pourrais valider mes compétences \"Analyse du cycle de vie\" et "
          "\"Construction durable\" ? Je postule comme maître-assistant et ça compte pas mal."))
P("good_turns_ugly", "en", "Priya Raman", "Sustainability Consultant | Greenfold Advisory", "Zurich",
  ("inv", "Hi Alex, I put together a free LCA template for SIA 2040 checks on competition entries, a few Zurich offices already use it. Happy to "
          "share it, no strings attached."),
  ("msg", "Here's the template and a two-page guide. Shout if anything's unclear."),
  ("msg", "Hi Alex, hope the template has been useful! We now offer full SNBS certification support for projects like your Altstetten scheme, fixed "
          "fee from CHF 18k. Could we book a call with your project lead next week?", (15, 40)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Milan Jovanović", "Studio Head | Nightfall Renders", "Novi Sad",
  ("inm", "Renders for your next competition", "Hi Alex, we specialise in competition renders for Swiss and Austrian offices: moody, atmospheric, "
          "jury-friendly. Three stills in five days for EUR 1,200. Can I send our competition portfolio?"),
  ("inv", "Hi Alex, congratulations on the Winterthur result, great to see it published. Would be glad to stay in touch and follow your work."))
P("reinvite_known_bad", "it", "Tiziano Guscetti", "Consulente | Serramenti e facciate", "Giubiasco",
  ("inv", DEFAULT),
  ("inv", "Ciao Alex, ci siamo visti alla serata OTIA sui serramenti, mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "fr", "Sébastien Rey", "Directeur commercial | Guide suisse de l'architecture", "Genève",
  ("inv", "Bonjour Alex, votre bureau mérite une meilleure visibilité. Notre Guide propose une fiche premium à CHF 790 par an. Je vous explique en deux mots ?"),
  ("inv", "Bonjour Alex, nous nous sommes croisés au Forum d'architectures de Lausanne, je serais ravi de garder le contact."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Kurt Oberholzer", "Inhaber | Oberholzer Baumaterialien", "Frauenfeld",
  ("inv", "Grüezi Herr Morgan, wir haben Restposten Klinker und Dämmung zu Toppreisen. Kurzer Anruf?"),
  ("inm", "Enttäuschend", "Wissen Sie, Herr Morgan, ein kurzes \"kein Interesse\" hätte genügt. Aber ihr Architekten haltet euch ja für etwas "
          "Besseres. Viel Vergnügen weiterhin mit Ihren überteuerten Lieferanten."),
  ("inv", "Grüezi Herr Morgan, neues Jahr, neues Glück. Ich würde mich trotzdem gern vernetzen."))
P("reinvite_known_ugly", "en", "Lionel Forsythe", "Chairman | Global Architecture & Design Awards", "Dubai",
  ("inm", "Your project has been shortlisted", "Dear Alex, congratulations! Your school pavilion in Wädenswil has been shortlisted by our "
          "international jury for the Global Architecture & Design Awards. Further details follow shortly."),
  ("inm", "Shortlist confirmation", "Dear Alex, to confirm your shortlisting please settle the evaluation fee of USD 690 within five working days. "
          "Winners receive a trophy, a certificate and a digital badge for LinkedIn.", (3, 10)),
  ("inv", "Dear Alex, I would be delighted to connect and follow your studio's work."))
P("reinvite_known_ugly", "it", "Gianluca Pagani", "Agente | Rendering e video per il settore immobiliare", "Milano",
  ("inv", "Ciao Alex, facciamo video 3D e rendering per vendere appartamenti prima del cantiere. Ti interessa?"),
  ("inm", "Ok", "Ok ho capito, nemmeno un \"no grazie\". Voi svizzeri sempre col naso all'insù. Peccato, era un'offerta seria. Salutami Lugano."),
  ("inv", "Ciao Alex, riproviamo? Stavolta solo per restare in contatto."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "de", "Fabienne Gisler", "Verkaufsberaterin Architektur | Akustikplan AG", "Luzern",
  ("acc",),
  ("msg", "Danke fürs Vernetzen nach der Führung auf dem Bürgenstock, Herr Morgan! Falls Sie für die Aula in Wetzikon noch eine Akustiklösung suchen: "
          "Unsere Holzlamellen-Paneele sind B-s1,d0 klassiert. Ich schicke Ihnen gern Muster und eine Richtofferte, einverstanden?"))
P("user_invited_pitch_once", "it", "Lorenzo Sassi", "Fondatore | Lumen3D rendering", "Lugano",
  ("acc",),
  ("msg", "Ciao Alex, grazie per aver accettato! Ti ricordi di me al vernissage di i2a? Per il concorso di Chiasso ti preparo 3 viste in 5 giorni a "
          "1'500 CHF tutto compreso. Fammi sapere!"))
P("user_invited_pitch_once", "en", "Megan Wallis", "Business Development | ArkPR – PR for architects", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Really enjoyed your talk at the AA. We help practices like yours land features in the big design titles, "
          "monthly retainer from GBP 2,500. Worth a quick call?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Raphaël Morand", "Key account | Devisio – logiciel de soumissions et CFC", "Genève",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex ! Suite à notre discussion au salon, je vous confirme que Devisio gère les soumissions CAN et les CFC en "
          "ligne. Une démo de 30 minutes pour votre équipe de Lugano ?"),
  ("msg", "Bonjour Alex, je me permets de relancer : trois mois offerts pour les bureaux qui signent avant l'été. Je vous envoie l'offre ?"))
P("user_invited_pitch_twice", "de", "Raffael Hug", "Partner | Hug & Bättig Baukostenplanung", "Zürich",
  ("acc",),
  ("msg", "Hoi Alex, danke für die Vernetzung am SIA-Apéro. Falls ihr für Affoltern noch jemanden für die Kostenplanung nach eBKP-H braucht: Wir "
          "haben ab Mai Kapazität und machen euch einen Pauschalpreis. Sag Bescheid."),
  ("msg", "Hoi Alex, ich hake nochmals nach wegen der Kostenplanung. Unser Angebot liegt gut 15 % unter dem SIA-Honorar. Darf ich dir eine Offerte schicken?"))
P("user_invited_pitch_twice", "en", "Tobias Lindgren", "Founder | Voxel Twin – laser scanning & digital twins", "Stockholm",
  ("acc",),
  ("msg", "Thanks for the connect after Swissbau, Alex! For your refurbishment jobs we can laser-scan an existing building in a day and deliver a Revit "
          "model within a week, from CHF 4 per m2. Want a quote for the Kreis 5 warehouse?"),
  ("msg", "Hi Alex, circling back. We have a scanning team in Zurich the week after next, so I could offer you 10% off if we book now."))


# =============================================================== user_invited_value
P("user_invited_value", "de", "Regula Hafner", "Leiterin Immobilien | Baugenossenschaft Sonnengarten", "Zürich",
  ("acc",),
  ("msg", "Merci für die Anfrage, Alex! Wie am Podium angetönt: Wir planen für die Siedlung Hirzenbach einen Ersatzneubau und laden vier Büros zu "
          "einem honorierten Studienauftrag ein. Ihr Büro wäre dabei. Das Programm folgt Ende Monat. Passt Ihnen ein Startgespräch im Februar?"))
P("user_invited_value", "it", "Paolo Ortelli", "Architetto | Ortelli Fumagalli architetti", "Mendrisio",
  ("acc",),
  ("msg", "Ciao Alex, grazie per l'invito! Come promesso ti mando il dettaglio del nodo facciata-solaio che ci ha approvato la polizia del fuoco, con "
          "le schede dei materiali. Usalo pure per il cantiere di Viganello."))
P("user_invited_value", "fr", "Anne-Laure Chabloz", "Professeure d'architecture | HEIA Fribourg", "Fribourg",
  ("acc",),
  ("msg", "Merci pour la mise en relation ! Comme évoqué, nous aimerions vous inviter comme critique externe aux rendus de master en janvier "
          "(défraiement prévu). Et si vous avez des projets bois à présenter, notre cycle de conférences du jeudi vous est ouvert."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "de", "Thomas Bachmann", "Stadtbaumeister | Stadt Wädenswil", "Wädenswil", ("acc",))
P("acceptance_only", "en", "Laura Kinsella", "Associate Director | Halden Vogt Architects", "London", ("acc",))
P("lone_endorsement", "it", "Noemi Lucchini", "Studentessa Bachelor | Accademia di architettura", "Mendrisio", ("end",))
P("lone_endorsement", "fr", "Loïc Pittet", "Dessinateur en bâtiment | Morgan Keller Architekten", "Lugano", ("end",))


# layout era per person: "2016" only where nothing in the story belongs to the 2020s; everyone else current
OLD = {"Patrick Hürlimann", "Yannick Favre", "Olivier Pasquier", "Aurélie Chappuis", "Mattia Quadri", "Tiziano Guscetti", "Lukas Gerber",
       "Paolo Ortelli", "Gilles Perret", "Sandro Imhof", "Michael Suter", "Sofia Galli", "Thomas Bachmann"}
ERAS: dict[str, str] = {p[2]: ("2016" if p[2] in OLD else "cur") for p in PEOPLE}
assert OLD <= set(ERAS), OLD - set(ERAS)

# LinkedIn caps invitation notes at 300 characters
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Reto Baumgartner", "r.baumgartner@bg-tragwerk.example.ch", "Projektwettbewerb Schulhaus Zelgli – Teamanfrage",
     "Grüezi Herr Morgan\n\nich habe Ihnen auch auf LinkedIn geschrieben, sicherheitshalber noch per Mail: Hätten Sie Interesse, für den "
     "Wettbewerb Zelgli mit uns ein Team zu bilden? Eingabefrist ist in sieben Wochen.\n\nFreundliche Grüsse\nReto Baumgartner", "de"),
    ("Stadt Winterthur, Amt für Städtebau", "wettbewerbe@stadt-win.example.ch", "Fragenbeantwortung Projektwettbewerb Zelgli",
     "Sehr geehrte Damen und Herren\n\ndie Fragenbeantwortung ist auf simap.ch publiziert. Über laufende Verfahren informieren wir neu auch auf "
     "LinkedIn.\n\nAmt für Städtebau", "de"),
    ("Pixelhaus Visualisation", "hello@pixelhaus-cgi.example", "Following up on LinkedIn: your free test render",
     "Hi Alex,\n\nI reached out on LinkedIn last week but wanted to make sure this lands: we'd love to do a free test render from your current "
     "competition entry. Just send a model and a reference image.\n\nDušan", "en"),
    ("Segreteria OTIA", "segreteria@otia.example.ch", "Serata formativa facciate in legno – iscrizioni aperte",
     "Care e cari membri,\n\nsono aperte le iscrizioni alla serata del 14 novembre. Seguite l'OTIA anche su LinkedIn per gli aggiornamenti sul "
     "programma.\n\nLa segreteria", "it"),
    ("Martina Pedrazzini", "martina.pedrazzini@usi.example.ch", "Candidatura stage – portfolio",
     "Buongiorno arch. Morgan,\n\nle ho scritto anche su LinkedIn; in allegato trova portfolio e CV per lo stage da settembre.\n\nCordiali saluti\n"
     "Martina Pedrazzini", "it"),
    ("Rédaction Tracé & Matière", "redaction@trace-matiere.example.ch", "Votre projet est en ligne",
     "Bonjour,\n\nl'article sur votre immeuble de Lugano est en ligne. N'hésitez pas à le partager sur LinkedIn et à nous mentionner.\n\nLa rédaction", "fr"),
    ("Sabine Keller", "sabine.keller@mk-architekten.example.ch", "Fwd: Ich möchte mich mit Ihnen vernetzen",
     "Alex, kennst du den? Hat mir heute auch geschrieben, klingt nach Verkäufer.\n\n---------- Weitergeleitete Nachricht ----------\n"
     "Von: Stefan Rüegg via LinkedIn <invitations@linkedin.com>\nBetreff: Ich möchte mich mit Ihnen vernetzen\n\nHallo Sabine, ich organisiere "
     "einen kleinen Erfa-Kreis für Inhaber:innen von Architekturbüros ...", "de"),
    ("SIA Sektion Zürich", "info@sia-zh.example.ch", "Einladung zur Generalversammlung",
     "Liebe Mitglieder\n\nwir laden Sie herzlich zur Generalversammlung ein. Neu finden Sie alle Veranstaltungen auch auf unserer LinkedIn-Seite.\n\n"
     "Der Vorstand", "de"),
    ("Studio Lugano", "lugano@mk-architekten.example.ch", "Post LinkedIn concorso Chiasso",
     "Ciao Alex,\n\nho preparato la bozza del post per LinkedIn sul secondo premio a Chiasso, con le tre immagini. Me lo rileggi entro domani?\n\nGiada", "it"),
    ("Global Architecture & Design Awards", "awards@gada-awards.example", "Final call: enter now and get your winner badge for LinkedIn",
     "Dear Architect,\n\nlast chance to enter the Global Architecture & Design Awards. Entry fee USD 690. Winners receive a digital badge to show "
     "on LinkedIn.\n\nThe GADA team", "en"),
]


# ------------------------------------------------------------------------- builder
HEADER = [f"# mailbot seventy-fourth development corpus (dev74). Generated by scripts/make_corpus_dev74.py (seed {SEED}); do not edit by hand.",
          "# Alex as a partner in an architecture studio in Zurich with a branch in Lugano: competitions public and pay-to-enter, awards and "
          "directories for a fee, render studios, facade and material suppliers, engineers proposing joint bids, design journalists, students, "
          "developers as clients; Swiss German, Ticino Italian, Romand French, English. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev74", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
