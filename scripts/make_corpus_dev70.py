#!/usr/bin/env python3
"""Write mailbot's seventieth, independent development corpus: tests/corpus/dev70/*.eml + expected.toml.

The angle: the user Alex is the export manager of Cascina Roccagrisa, a family winery in
Monforte d'Alba (Langhe, Piedmont) that sells Barolo, Langhe Nebbiolo, Barbera, Dolcetto and
Arneis in France, Germany and the United States. Their LinkedIn world: importers and
distributors who really want to buy (price lists, FOB quotes, first pallets) against paid
"market entry" programmes, readiness fees and marketing funds dressed up as buying interest;
wine fairs selling stands and collective booths, and fair organisers giving free masterclasses;
label printers, glassworks, cooperages, capsule and cork makers; journalists who write for free
against critics and guides that charge for a score or a page; sommeliers and peer winemakers
passing on tips, shippers and introductions; wine-tourism agencies; enologists looking for a
harvest job and enologists selling consulting; recruiters with real export roles. Italian
(formal Lei, and the casual Langhe register with Piedmontese words: ciau, neh, cerea), French
and English, with some German from the German trade.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, the job-alert,
news, group and newsletter lines, the headlines of spoof-only names and PYMK suggestions, the
InMail subjects and the pitches that spoofs carry are swapped for wine-trade ones in this
process only (make_corpus.py itself is not changed). Every note was written from
shared/taxonomy.md alone, without reading mailbot's signals, judge or wording, or the notes of
the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev70.py              # writes tests/corpus/dev70
    python scripts/make_corpus_dev70.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20260770

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main  # noqa: E402

# ------------------------------------------------------------------ wine-trade world (this process only)
SKILLS = {
    "en": ["Export Sales", "Wine", "International Trade", "Wine Tasting", "Distribution Strategy", "Key Account Management"],
    "de": ["Export", "Wein", "Außenhandel", "Weinverkostung", "Vertrieb"],
    "fr": ["Export", "Vin", "Commerce international", "Dégustation de vins", "Négociation commerciale"],
    "es": ["Exportación", "Vino", "Comercio internacional", "Cata de vinos", "Ventas"],
    "it": ["Export", "Vino", "Commercio internazionale", "Degustazione vini", "Vendite estero"],
}
RHEADLINE = {
    "en": "Export Manager at Cascina Roccagrisa | Barolo & Langhe wines | FR · DE · US",
    "de": "Exportleiter bei Cascina Roccagrisa | Barolo & Langhe | FR · DE · US",
    "fr": "Export Manager chez Cascina Roccagrisa | Barolo et vins des Langhe",
    "es": "Export Manager en Cascina Roccagrisa | Barolo y vinos de Langhe",
    "it": "Export Manager presso Cascina Roccagrisa | Barolo e vini di Langa",
}
for _l in SKILLS:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE[_l]

mc.JOBS[:] = [("Export Manager USA", "Tenute del Tanaro"), ("Area Manager Export DACH", "Cantine Valbormida"),
              ("Responsable export Italie", "Maison Vernay-Colin"), ("Exportleiter Wein (m/w/d)", "Weinhaus Nordmark"),
              ("Brand Manager, Italian Portfolio", "Eastbank Imports")]
mc.OTHER["en"].update(
    job=("{n} new jobs for \"wine export manager\"", "Your job alert for wine export manager in {city}", "View job"),
    news=("Will the new US tariffs change what Americans drink?", "Top stories for you from LinkedIn News"),
    group=("Top conversations in Italian Wine Trade Professionals", "Here are the top conversations in your group this week"),
    newsletter=("Three-tier, explained for people who make wine", "New edition of a newsletter you subscribed to"))
mc.OTHER["de"].update(
    job=("{n} neue Jobs für „Exportmanager Wein“", "Ihr Jobalarm für Exportmanager Wein in {city}", "Job anzeigen"),
    news=("Trinken die Deutschen weniger Wein?", "Top-Meldungen von LinkedIn News für Sie"),
    group=("Top-Unterhaltungen in Weinhandel & Import Deutschland", "Das sind die wichtigsten Unterhaltungen Ihrer Gruppe diese Woche"),
    newsletter=("Fachhandel oder LEH: wohin mit dem Piemont?", "Neue Ausgabe eines Newsletters, den Sie abonniert haben"))
mc.OTHER["fr"].update(
    job=("{n} nouvelles offres pour « responsable export vins »", "Votre alerte emploi pour responsable export vins à {city}", "Voir l'offre"),
    news=("Les cavistes résistent-ils à la baisse de consommation ?", "Les actualités du jour de LinkedIn News"),
    group=("Meilleures discussions dans Export Vins & Spiritueux", "Voici les meilleures discussions de votre groupe cette semaine"),
    newsletter=("Vendre aux cavistes parisiens : ce qui a changé", "Nouvelle édition d'une newsletter à laquelle vous êtes abonné"))
mc.OTHER["es"].update(
    job=("{n} empleos nuevos de «export manager vinos»", "Tu alerta de empleo de export manager vinos en {city}", "Ver empleo"),
    news=("¿Cambiarán los aranceles lo que se bebe en EE. UU.?", "Noticias destacadas de LinkedIn Noticias"),
    group=("Conversaciones destacadas en Exportación de Vinos", "Estas son las conversaciones más destacadas de tu grupo"),
    newsletter=("Vender vino en Alemania sin morir en el intento", "Nueva edición de un boletín al que estás suscrito"))
mc.OTHER["it"].update(
    job=("{n} nuove offerte per «export manager vino»", "Il tuo avviso di lavoro per export manager vino a {city}", "Visualizza offerta"),
    news=("I dazi americani cambieranno l'export del vino piemontese?", "Le notizie principali di LinkedIn Notizie"),
    group=("Conversazioni principali in Export Vino Italiano", "Ecco le conversazioni principali del tuo gruppo questa settimana"),
    newsletter=("Langa e mercati: la vendemmia vista da chi vende", "Nuova edizione di una newsletter a cui sei iscritto"))
mc.COMPANIES["good"] = ["Cantina Dogliani Vignaioli", "Weinkontor Petersen", "Hudson Valley Imports", "Maison Riveraine", "Enoteca Regionale di Barolo",
                        "Abernathy Cellars", "Kessler Wine Imports", "Ristorante Il Ciabot"]
mc.COMPANIES["sales"] = ["Langa Print", "Vetreria Alpina", "Open Pour", "CellarLeads", "CaskCRM", "VinoBridge USA", "Langhe Luxe Experiences"]
mc.COMPANIES["pretext"] = ["Open Pour", "VinoBridge USA", "CellarLeads", "Somm Circle"]
mc.HEADLINES["good"] = ["Sommelier at {co}", "Winemaker | {co}", "Italian wine buyer, {co}", "Head of Purchasing at {co}",
                        "Wine journalist", "Cellar master at {co}"]
mc.HEADLINES["sales"] = ["Business Development | {co}", "Founder & CEO at {co}", "US market entry for European wineries | {co}",
                         "Account Manager Wineries | {co}", "Partnerships Lead at {co}"]
mc.INMAIL_SUBJECTS["en"]["sales"] = ["Your wines in the US", "Quick question, Alex", "Sample shipment", "Order confirmation", "Invoice attached"]
mc.INMAIL_SUBJECTS["de"]["sales"] = ["Ihre Weine in Deutschland", "Kurze Frage", "Musterversand", "Bestellbestätigung", "Rechnung"]
mc.INMAIL_SUBJECTS["fr"]["sales"] = ["Vos vins en France", "Petite question", "Envoi d'échantillons", "Confirmation de commande", "Facture"]
mc.INMAIL_SUBJECTS["es"]["sales"] = ["Sus vinos en España", "Pregunta rápida", "Envío de muestras", "Confirmación de pedido", "Factura"]
mc.INMAIL_SUBJECTS["it"]["sales"] = ["I vostri vini all'estero", "Domanda veloce", "Spedizione campioni", "Conferma d'ordine", "Fattura"]
SPOOF_PITCH = {
    "en": ["Hi {first}, our purchase order for 240 cases of Barolo is attached. Please sign in to confirm the allocation and download the PO.",
           "Hello {first}, your sample shipment to New Jersey is on hold at customs. Log in to pay the release fee within 24 hours."],
    "de": ["Hallo {first}, anbei unsere Bestellung über 180 Kartons. Bitte melden Sie sich an, um die Auftragsbestätigung herunterzuladen.",
           "Guten Tag {first}, Ihre Musterlieferung liegt beim Zoll. Bitte hier anmelden und die Gebühr begleichen."],
    "fr": ["Bonjour {first}, voici notre bon de commande pour 120 cartons. Connectez-vous pour le consulter et confirmer les quantités.",
           "Bonjour {first}, votre envoi d'échantillons est bloqué en douane. Connectez-vous pour régler les frais de dédouanement."],
    "es": ["Hola {first}, adjunto nuestro pedido de 200 cajas. Inicia sesión para confirmar la asignación.",
           "Estimado {first}, su envío de muestras está retenido en aduana. Inicie sesión para abonar la tasa."],
    "it": ["Ciao {first}, in allegato il nostro ordine per 150 cartoni di Barolo. Accedi per confermare le quantità e scaricare il PDF.",
           "Gentile {first}, la sua spedizione di campionatura è ferma in dogana. Acceda per pagare i diritti di svincolo entro oggi."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes name a recent vintage, season or fair keep the current layout era
ERAS = {n: "cur" for n in ("Rebecca Thornquist", "Camille Vasseur", "Jörn Petersen", "Martina Bertola", "Sophie Carrow", "Marcus Delacroix-Webb",
                           "Tessa Morrow", "Julien Ferrand", "Hélène Vautrin", "Serena Olivero", "Luca Girardi", "Valentina Grasso", "Mark Ellery",
                           "Gaëlle Fournier", "Fabien Leroux")}


# =============================================================== good_invitation
P("good_invitation", "en", "Rebecca Thornquist", "Italian portfolio buyer | Hudson Valley Imports", "Brooklyn, New York",
  ("inv", "Alex, tasted your 2019 Bricco Roccagrisa at Grandi Langhe and still thinking about it. We're rebuilding our Piedmont book for NY/NJ "
          "and have nobody from Monforte. Could you send FOB pricing and what you could allocate for 2025?"),
  ("rem",))
P("good_invitation", "fr", "Camille Vasseur", "Sommelière | Le Comptoir des Canuts", "Lyon",
  ("inv", "Bonjour Alex, je monte une verticale de Barolo pour nos clients en novembre, de 2010 à 2019. On m'a dit que votre 2014 était réussi "
          "malgré l'année. Vous auriez deux minutes pour me raconter comment vous l'avez vendangé ? J'aimerais le mettre dans la série."))
P("good_invitation", "it", "Beppe Cravero", "Vignaiolo | Az. Agr. Cravero, Serralunga d'Alba", "Serralunga d'Alba",
  ("inv", "Ciau Alex, sun Beppe, quello della Bottega del Vino l'altra sera. Siamo in sei piccoli a riempire un container per Amburgo a marzo, "
          "dividiamo nolo e pratiche doganali. Se ci stai anche tu costa meno a tutti, neh. Fammi sapere!"),
  ("rem",))
P("good_invitation", "en", "Dana Whitlock", "Contributing editor, Italy | The Cellar Report", "San Francisco",
  ("inv", "Hi Alex - I'm reporting a spring piece on how Langhe families are handing the estate to the next generation. No fee, no samples needed. "
          "Could I have 30 minutes with you, and maybe your father too?"))
P("good_invitation", "de", "Jörn Petersen", "Einkauf Italien | Weinkontor Petersen & Söhne", "Hamburg",
  ("inv", "Moin Alex, wir suchen für den Fachhandel einen Barbera d'Alba unter 12 € EK, am liebsten vom Familienweingut. Ihr 2022er war am Stand "
          "auf der ProWein unser Favorit. Schicken Sie mir Preisliste und verfügbare Mengen?"),
  ("rem",))
P("good_invitation", "it", "Martina Bertola", "Enologa | Scuola Enologica di Alba | due vendemmie in Borgogna", "Alba",
  ("inv", "Buongiorno, sono enologa diplomata ad Alba, ho fatto due vendemmie in Côte de Nuits. Cerco un posto in cantina per la vendemmia 2025, "
          "anche stagionale. Parlo francese e tedesco, se servisse una mano per le fiere. Posso inviarle il CV?"))
P("good_invitation", "fr", "Thibault Renard", "Programmation | Salon des Vins d'Italie", "Paris",
  ("inv", "Bonjour Alex, on organise le 3 février une masterclass « Nebbiolo hors Barolo » pour 40 cavistes parisiens. Il nous manque un producteur "
          "de Monforte pour commenter deux vins. Aucun frais pour vous, on s'occupe de tout. Partant ?"))


# =============================================================== default_invitation
P("default_invitation", "it", "Simone Aimasso", "Agente di commercio | Vini e distillati", "Cuneo", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Chad Kowalczyk", "Beverage Director | Restaurant Group", "Chicago", ("inv", NONOTE))
P("default_invitation", "fr", "Ludovic Sarrazin", "Caviste | Épicerie fine", "Nice", ("inv", DEFAULT))
P("default_invitation", "de", "Katrin Lange", "Vertrieb | Flaschenverschlüsse & Kapseln", "Mainz", ("inv", NONOTE), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "it", "Davide Morra", "Area Manager Piemonte | Etichettificio Langa Print", "Bra",
  ("inv", "Buongiorno Alex, stampiamo etichette per oltre 200 cantine tra Langhe e Roero: carte goffrate, oro a caldo, rilievi a secco. "
          "Per le nuove annate le preparo un preventivo e un campionario, senza impegno. Quando posso passare in cantina?"))
P("sales_invitation", "en", "Kyle Brandauer", "Founder | Open Pour – US market entry for European wineries", "Miami",
  ("inv", "Alex, three-tier is brutal for small estates. Open Pour gets you an importer of record, COLA approval and two distributors in 90 days. "
          "Flat program fee, no equity. Worth 20 min to see if Roccagrisa qualifies?"))
P("sales_invitation", "fr", "Aurore Delmas", "Directrice commerciale | Salon Vins & Terroirs d'Europe", "Bordeaux",
  ("inv", "Bonjour, il nous reste quelques stands pour l'édition de mars : 9 m² à partir de 3 200 € HT, mobilier et verrerie compris, "
          "4 000 acheteurs attendus. Je vous envoie le plan du hall et la grille tarifaire ?"),
  ("rem",))
P("sales_invitation", "it", "Roberto Sacchetto", "Key Account Nord Ovest | Vetreria Alpina", "Asti",
  ("inv", "Salve, con gli aumenti del vetro un'albeisa pesante oggi costa il 30% in più. Noi abbiamo la versione alleggerita da 450 g, "
          "consegna in tre settimane dall'ordine. Le mando listino e qualche campione?"))
P("sales_invitation", "it", "Sophie Carrow", "Partnerships | Langhe Luxe Experiences", "Alba",
  ("inv", "Hi Alex! We bring high-spending US and UK travellers to the Langhe. Partner wineries pay 25% on the tastings we book plus a seasonal "
          "listing fee. Can I walk you through the 2025 partner package over coffee in Alba?"),
  nl="en")
P("sales_invitation", "en", "Marcus Delacroix-Webb", "Critic & publisher | 95+ Points Guide", "London",
  ("inv", "Alex, we're scoring Barolo 2021 for the annual guide. Entry is £180 per wine, which covers the tasting, the score and a licence "
          "for the digital medal. Closing Friday - shall I hold a slot for Roccagrisa?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "en", "Derrick Vance", "Importer | Vance Fine Wines of Texas", "Houston",
  ("inv", "Alex, we're a Texas importer looking to add a Barolo producer to our Italian book. Your Bricco bottling came up at a somm tasting "
          "in Dallas. Let's connect and talk about what an allocation could look like."),
  ("msg", "Great to be connected! Before we cut a PO, every new winery goes through our Texas Market Readiness program: label compliance, "
          "a sell sheet, two ride-withs with our reps. It's $4,900 upfront, credited against your first container. Can I send the agreement?", (3, 10)),
  ("msg", "Hey Alex, circling back on the readiness program. We lock the fall portfolio next week and I'd hate to hold your spot for nothing. "
          "I can do $3,900 if we sign by Friday.", (6, 14)))
P("bait_and_switch_invitation", "it", "Ilaria Demarchi", "Giornalista enogastronomica | Direttrice di Calici & Colline", "Torino",
  ("inv", "Gentile Alex, preparo un servizio sulle nuove generazioni nelle cantine di famiglia di Monforte. Mi piacerebbe intervistarla "
          "e assaggiare un paio di annate in cantina. Possiamo collegarci?"),
  ("msg", "Grazie per il collegamento! Le spiego come funziona: il servizio di quattro pagine con foto professionali prevede un contributo "
          "redazionale di 1.200 € + IVA, che include anche la segnalazione nella nostra guida annuale. Le mando il modulo di adesione?", (4, 12)))
P("bait_and_switch_invitation", "fr", "Julien Ferrand", "Fondateur | Club des Vignerons Exportateurs", "Beaune",
  ("inv", "Bonjour Alex, je réunis une vingtaine de vignerons européens qui exportent aux US pour partager nos galères : droits de douane, "
          "importateurs qui paient à 120 jours... Une visio par mois, entre pairs. Ça vous tente ?"),
  ("msg", "Ravi de vous compter parmi nous ! Petite précision : le club est porté par VinExport Pilot, notre logiciel de suivi des comptes "
          "importateurs. Les membres l'ont à 149 € par mois au lieu de 249. Je vous ouvre un accès démo ?"),
  ("msg", "Alex, vous avez pu regarder la démo ? Le tarif membre n'est garanti que jusqu'à la fin du mois.", (10, 20)))
P("bait_and_switch_invitation", "de", "Lars Wegener", "Veranstalter | Italienische Weinnacht Berlin", "Berlin",
  ("inv", "Hallo Alex, im Herbst machen wir eine Fachverkostung für Berliner Gastronomen und Händler, nur Familienweingüter aus dem Piemont. "
          "Wir würden Roccagrisa sehr gern dabeihaben. Darf ich Sie einladen?"),
  ("msg", "Danke fürs Vernetzen! Anbei die Konditionen: Tischgebühr 1.450 € zzgl. MwSt., dazu 24 Flaschen für Verkostung und Tombola. "
          "Der Frühbucherpreis gilt bis zum 15. Soll ich Sie schon mal eintragen?", (3, 9)))
P("bait_and_switch_invitation", "en", "Tessa Morrow", "Wine marketing | former sommelier", "Napa, California",
  ("inv", "Hi Alex, fellow wine person here (ex-somm, now on the supplier side). Peer question: are Langhe producers absorbing the new US tariffs "
          "or passing them on? Curious how you're thinking about it."),
  ("msg", "Thanks for connecting! Funny enough, that's exactly the problem I solve: my agency builds trade and DTC programs that protect margin "
          "under tariffs. Our US Launch Sprint is $6,500 a month, three-month minimum. Free for a discovery call Tuesday?", (2, 8)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Gregory Hale", "Founder | Sommelier Selections Club", "Denver",
  ("inm", "Your Langhe Nebbiolo in our spring box", "Hi Alex, I run a wine club with about 3,000 members and our sommelier panel picked "
          "your Langhe Nebbiolo for the spring Italian box. Would you be open to talking about it?"),
  ("inm", "Spring box - next steps", "Thanks for getting back to me! To be featured, producers contribute a $2,200 placement fee and supply "
          "300 bottles at 50% off ex-cellar. Members love discovering new estates. Shall I send over the insertion order?", (4, 12)))
P("bait_and_switch_inmail", "it", "Fabio Gerbaudo", "Consulente | Bandi OCM Vino e finanza agevolata", "Cuneo",
  ("inm", "Esperienze con l'OCM promozione", "Buongiorno Alex, sto raccogliendo le esperienze di piccole cantine che hanno usato i fondi OCM "
          "per promuoversi negli Stati Uniti: tempi, rendicontazione, intoppi. Avrebbe dieci minuti per raccontarmi la sua? "
          "Le giro volentieri la sintesi finale."),
  ("inm", "Sintesi OCM e una proposta", "Grazie della chiacchierata, molto utile. Per inciso, la pratica OCM la possiamo seguire noi "
          "dall'inizio alla fine: progetto, presentazione, rendicontazione. Fee del 12% sul contributo ottenuto più 1.500 € di apertura. "
          "Le preparo un'offerta su misura?"))
P("bait_and_switch_inmail", "fr", "Hélène Vautrin", "Rédactrice en chef | Guide des Vins Italiens en France", "Paris",
  ("inm", "Dégustation pour notre guide 2026", "Bonjour, notre comité de dégustation a retenu votre Barbera d'Alba pour l'édition 2026 "
          "du guide. Pourriez-vous nous faire parvenir deux bouteilles à l'adresse de la rédaction ?"),
  ("inm", "Votre Barbera : 91/100", "Bonne nouvelle, votre Barbera obtient 91/100 ! Pour paraître dans l'édition imprimée, les frais de "
          "référencement sont de 690 € HT ; les macarons autocollants sont à 0,12 € pièce, minimum 5 000. Je vous envoie le bon de commande ?",
   (10, 25)))


# =============================================================== endorse_me_back
P("endorse_me_back", "it", "Gianni Molinengo", "Agente Horeca | Langhe e Roero", "Dogliani",
  ("end",), ("end",),
  ("msg", "Ciau Alex! T'ho messo un paio di conferme, {skill} e un'altra ancora, che te le meriti tutte. Fammi un piacere, neh: "
          "confermami anche tu «Vendite Horeca» e «Gestione rete agenti»? Sto cambiando mandante e fa curriculum. A buon rendere!"))
P("endorse_me_back", "en", "Brittany Saldana", "Brand Ambassador, Italian wines | WSET 3", "Austin, Texas",
  ("end",),
  ("msg", "Hiii Alex! Just gave you some love on {skill} 🍷 would be amazing if you could endorse me back for Wine Education and "
          "Brand Activation, I'm up for a regional manager role this month. Totally fine if not!!"))
P("endorse_me_back", "fr", "Olivier Sabatier", "Agent commercial vins | Grand Sud-Est", "Montpellier",
  ("end",), ("end",),
  ("msg", "Bonsoir Alex, j'ai validé votre compétence {skill}, amplement méritée. En retour, pourriez-vous valider « Négociation grands comptes » "
          "et « Développement réseau CHR » sur mon profil ? Ça pèse pour obtenir de nouvelles cartes. Merci d'avance !"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "it", "Stefano Rabino", "Enologo | disponibile da subito", "Canelli",
  ("inv", "Buongiorno, sono enologo con sei vendemmie tra Canelli e Nizza Monferrato. Cerco un nuovo posto in una cantina di Langa. "
          "Posso mandarle il curriculum?"),
  ("rem",),
  ("inm", "Nessuna risposta", "Due settimane e neanche un «no grazie». Complimenti. Poi vi lamentate che in Langa non si trova personale: "
          "forse è perché trattate la gente così. Buona vendemmia."))
P("hostility_after_decline", "en", "Trevor Gaines", "CEO | VinoBridge USA", "Hoboken, New Jersey",
  ("inv", "Alex, we help Italian family wineries get placed with US distributors - 14 Piedmont clients so far. Open to a quick chat?"),
  ("inm", "Seriously?", "Reached out three times now. Not even a 'no thanks'. That's the kind of arrogance that keeps small Italian wineries "
          "stuck with the same four importers forever. Good luck with that."))
P("hostility_after_decline", "fr", "Régis Capdeville", "Courtier en vins | Italie – France", "Toulouse",
  ("inv", DEFAULT), ("rem",),
  ("inm", "Courtoisie", "Monsieur, ignorer une simple demande de mise en relation est d'une grossièreté rare dans notre métier. "
          "Je travaillais avec votre père bien avant votre arrivée. Lui aurait eu la politesse de répondre."))
P("hostility_after_decline", "de", "Dieter Kallweit", "Inhaber | Weinagentur Kallweit", "Stuttgart",
  ("inv", "Hallo Herr Morgan, ich vertrete italienische Weingüter im süddeutschen Fachhandel. Vielleicht passt Roccagrisa in mein Portfolio? "
          "Provision nach Absprache."),
  ("inm", "Nun ja", "Sie halten es also nicht für nötig zu antworten. Typisch. Kaum steht Barolo auf dem Etikett, meinen manche, sie seien "
          "etwas Besseres. Ich werde das bei Kollegen entsprechend erwähnen."))


# =============================================================== hostility_connection
P("hostility_connection", "it", "Mauro Ghiglione", "Titolare | Grafiche Tanaro – etichette per vino", "Alba",
  ("msg", "Ciao Alex, per le etichette nuove del Barolo ti propongo carta Tintoretto con oro a caldo, 0,18 € l'una su 10.000 pezzi. "
          "Ti lascio il preventivo in cantina quando passo?"),
  ("msg", "Alex, ho scritto anche a tuo padre. Nessuna risposta da nessuno dei due. Gente che non sa cosa vuol dire rispetto: "
          "lo dirò in giro ad Alba come lavorate voi di Roccagrisa.", (12, 30)))
P("hostility_connection", "en", "Jake Pruitt", "Founder | CaskCRM – software for wineries", "Sonoma, California",
  ("acc",),
  ("msg", "Thanks for the connect after the SommCon panel! CaskCRM tracks every importer, allocation and sample shipment in one place. "
          "14-day free trial, then $299/month. Want me to set you up?"),
  ("msg", "Wow. You invite ME to connect, then ghost me for a month. Really unprofessional, Alex. No idea how you expect to build "
          "US relationships like that.", (25, 40)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "en", "Austin Rourke", "VP Sales | CorkTrace anti-counterfeit", "Boston",
  ("msg", "Hi Alex, counterfeit Barolo is a growing problem in Asia and the US. CorkTrace puts an NFC tag under the capsule so buyers can verify "
          "on their phone. A 5,000-bottle pilot is $3,800. Demo this week?"),
  ("msg", "Alex, following up on CorkTrace - two Barolo houses signed last month. Can I grab 15 minutes Thursday?"))
P("connection_only_pitches", "it", "Serena Olivero", "Sales | Langa Wine Tours DMC", "La Morra",
  ("msg", "Buongiorno Alex, per la stagione 2025 proponiamo alle cantine il pacchetto «Visibilità Premium»: scheda sul portale, priorità "
          "nelle prenotazioni e due educational con tour operator americani. 1.900 € a stagione. Ci sentiamo?"),
  ("msg", "Ciao Alex, ti riscrivo perché mancano dieci giorni alla chiusura delle adesioni. Posso fissarti un appuntamento in cantina?"),
  ("msg", "Ultimo promemoria: ti blocco il prezzo a 1.600 € se confermi entro venerdì."))
P("connection_only_pitches", "fr", "Franck Lemoine", "Commercial | TransVins Logistique – groupage Italie-France", "Lyon",
  ("msg", "Bonjour Alex, nous faisons du groupage de palettes Piémont → France chaque semaine, DAE et accises gérés. Tarif dégressif "
          "dès trois palettes. Je vous fais une cotation pour vos prochains envois ?"),
  ("msg", "Bonjour, je me permets de relancer : tournée Alba-Paris le 12, il reste de la place. Je vous en réserve ?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Luca Girardi", "Enologo consulente | Langhe e Roero", "Barolo",
  ("msg", "Ciao Alex, faccio l'enologo consulente e seguo nove aziende tra Langhe e Roero. Per il Barolo 2024 potrei affiancarvi con un "
          "pacchetto a forfait: analisi, assaggi mensili, assemblaggi. Ne parliamo davanti a un bicchiere?"))
P("single_pitch", "en", "Heather Liang", "Director | Pour Forward – brand management for imported wines", "Seattle",
  ("msg", "Alex, we act as an outsourced US brand manager for family wineries: market visits, distributor follow-up, trade tastings. "
          "Retainers start at $2,500 a month. Worth a conversation before Vinitaly?"))
P("single_pitch", "de", "Tobias Wendler", "Key Account | Korkenwerk GmbH", "Trier",
  ("msg", "Hi Alex, we supply natural corks with individual TCA screening, ideal for Barolo that is cellared for decades. "
          "Happy to send samples and a quote for 20,000 pieces."),
  nl="en")


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Margaux Tessier", "Chef sommelière | Maison Riveraine", "Paris",
  ("msg", "Alex, un tuyau : la dégustation du Guide des Cavistes à Paris le 18 est gratuite pour les producteurs qui viennent avec leur "
          "importateur français. Duval y sera. Je peux vous faire mettre sur la liste si vous voulez."),
  ("msg", "Autre chose : votre Dolcetto marche très bien au verre chez nous, on en reprend 60 bouteilles le mois prochain chez Duval."))
P("connection_brings_value", "en", "Ruth Abernathy", "Winemaker & owner | Abernathy Cellars, Willamette Valley", "Dundee, Oregon",
  ("end",),
  ("msg", "Alex, as promised at the Nebbiolo symposium: the spreadsheet we use to track distributor depletions by state, plus the template "
          "for the quarterly report we send them. Steal whatever helps. The Oregon folks also run a free webinar on the new TTB label rules "
          "on the 9th - worth the hour."))
P("connection_brings_value", "it", "Marilena Dogliani", "Vignaiola | Cantina Dogliani Vignaioli, Barbaresco", "Treiso",
  ("msg", "Ciao Alex, ho sentito che cerchi un importatore in Baviera. Noi lavoriamo da otto anni con Weinhaus Rieder a Monaco: seri, "
          "pagano a 60 giorni e in carta non hanno nessun Barolo. Se vuoi ti presento Franz, gli ho già accennato di voi. Dimmi tu, neh."))
P("connection_brings_value", "de", "Sabine Ostermann", "Weinjournalistin | Fachmagazin Weinwelt Süd", "München",
  ("msg", "Hallo Alex, für die Märzausgabe schreibe ich über Nebbiolo jenseits von Barolo und würde gern Ihren Langhe Nebbiolo erwähnen. "
          "Keine Kosten, keine Anzeige. Hätten Sie Zeit für drei kurze Fragen per Mail?"),
  ("msg", "Danke für die Antworten! Der Artikel ist online, Link anbei. Zwei Münchner Händler haben schon nach Bezugsquellen gefragt, "
          "ich habe ihnen Ihre Adresse gegeben.", (20, 40)))


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "it", "Caroline Whitby", "Partner | Vintage Search – wine & spirits executive recruitment", "London",
  ("inm", "Export Director, Italian estate group - confidential", "Hi Alex, I'm retained by a family-owned group with estates in Piedmont "
          "and Tuscany to hire an Export Director for the US and DACH. Base €110-130k plus bonus, based in Alba, about 40% travel. "
          "Your US track record stood out. Open to a confidential chat?"),
  nl="en")
P("stranger_inmail_recruiter", "fr", "Amandine Faivre", "Talent Acquisition | Maison de négoce en Bourgogne", "Beaune",
  ("inm", "Poste : responsable export Allemagne", "Bonjour Alex, nous recrutons un(e) responsable export pour développer nos vins en "
          "Allemagne et au Benelux (CDI, basé à Beaune avec télétravail partiel). Votre parcours chez Cascina Roccagrisa correspond "
          "très bien au profil. Seriez-vous ouvert(e) à un échange ?"))
P("stranger_inmail_recruiter", "it", "Giorgio Pautasso", "HR Manager | Gruppo Vinicolo Monferrato", "Asti",
  ("inm", "Ricerca Export Area Manager USA", "Buongiorno Alex, stiamo selezionando un Export Area Manager USA per il nostro gruppo di "
          "cantine: sede ad Asti, tempo indeterminato, RAL 55-65k più variabile. Se le interessa anche solo per curiosità, "
          "le mando la job description completa."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Brent Iverson", "Growth Lead | CellarLeads – US wine buyer database", "Austin, Texas",
  ("inm", "10,400 US wine buyers", "Alex, our database covers 10,400 US on- and off-premise buyers with verified emails, filterable by "
          "state and price tier. Italian producers use it to book their own market visits. Annual licence $1,950. Want 50 free NY contacts to try?"))
P("stranger_inmail_sales", "it", "Valentina Grasso", "Marketing | Vinitalia Fiere Estero", "Verona",
  ("inm", "Collettiva Italia a Wine Paris", "Gentile Alex, stiamo completando la collettiva italiana per Wine Paris: postazione da 4 m² a "
          "3.950 € + IVA con allestimento, servizio bicchieri e inserimento a catalogo. Restano sei posti, le interessa?"),
  ("inm", "Ultime due postazioni", "Buongiorno, le confermo che sono rimaste due postazioni. Se vuole gliene blocco una fino a venerdì, "
          "senza impegno.", (5, 12)))
P("stranger_inmail_sales", "fr", "Pierre-Alain Morel", "Directeur | Capsules & Surbouchage Morel", "Reims",
  ("inm", "Capsules personnalisées", "Bonjour, nous fabriquons des capsules étain et complexe personnalisées pour les domaines, "
          "délai quatre semaines, minimum 10 000 pièces. Puis-je vous adresser une offre avec marquage de tête ?"))
P("stranger_inmail_sales", "de", "Nadine Vollmer", "Business Development | WeinLogistik24", "Düsseldorf",
  ("inm", "Lager und Fulfillment in Deutschland", "Hallo Alex, viele italienische Weingüter beliefern deutsche Privatkunden inzwischen direkt. "
          "Wir übernehmen Lagerung unter Steueraussetzung, Versand und Verbrauchsteuer. Darf ich Ihnen unser Angebot in 20 Minuten vorstellen?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "en", "Mark Ellery", "Sommelier & educator | Italian wine classes for restaurant staff", "Chicago",
  ("inv", "Hi Alex, I teach an Italian wine course for restaurant staff in Chicago. Would you share vineyard maps or soil notes for Bricco "
          "Roccagrisa? Every producer is credited in the class materials."),
  ("msg", "Thank you, the maps were a hit with the class. Attaching the students' tasting notes on your 2019 - a few good lines in there "
          "for your US sell sheet."),
  ("msg", "Alex, quick one: I now run producer spotlight sessions for distributor sales teams, $1,500 per session plus wine. "
          "Want me to pencil Roccagrisa in for April?", (15, 40)))
P("good_turns_ugly", "it", "Teresio Garelli", "Viticoltore | Cooperativa Vignaioli di Novello", "Novello",
  ("inv", "Cerea Alex, sono Teresio di Novello, confino con la vigna di tuo zio. Ho letto che andate in Germania col Consorzio: se vuoi "
          "ti passo lo spedizioniere che usiamo noi, con le accise sono bravi."),
  ("msg", "Eccoti il numero di Rinaldo della Bra Trasporti, digli che ti mando io. Per le accise chiedi di Luisa, è lei che sa tutto."),
  ("end",),
  ("msg", "Alex, ti ho messo un paio di conferme. Adesso fammi tu un favore: confermami «Viticoltura» e «Export» che sto rifacendo "
          "il profilo per la cooperativa. Grazie neh!", (2, 10)))
P("good_turns_ugly", "fr", "Benoît Gaillard", "Caviste & formateur | La Cave du Marais", "Paris",
  ("inv", "Bonjour Alex, je prépare une soirée découverte gratuite sur les vins du Piémont pour mes clients en janvier. Pourriez-vous "
          "m'envoyer une fiche technique et deux mots sur votre famille ? Je cite toujours les producteurs."),
  ("msg", "Merci pour les fiches ! Soirée complète, 32 personnes, votre Barbera a fait l'unanimité. Je vous envoie les photos."),
  ("msg", "Alex, je lance une formule pour les domaines : « Résidence vigneron », une soirée dédiée chez moi avec dégustation animée, "
          "850 € HT plus 36 bouteilles offertes. On bloque une date ?", (20, 45)))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Chase Morrison", "Founder | ImportReady USA", "Los Angeles",
  ("inm", "US importer matching", "Hi Alex, we match European wineries with vetted US importers. One-time onboarding $2,750 with a 90-day "
          "guarantee. Free for a call this week?"),
  ("inv", "Hi Alex, loved the harvest photos from Monforte this year. Would be great to stay in touch!"))
P("reinvite_known_bad", "it", "Roberta Sandri", "Agente plurimandataria Horeca | Liguria", "Genova",
  ("inv", DEFAULT),
  ("inv", "Buonasera Alex, ci siamo incrociati al Vinitaly allo stand del Consorzio. Mi farebbe piacere restare in contatto."))
P("reinvite_known_bad", "fr", "Gaëlle Fournier", "Chargée d'affaires | Étiquettes Prestige Atlantique", "Nantes",
  ("inv", "Bonjour Alex, nous imprimons les étiquettes de nombreux domaines bourguignons et italiens. Je vous propose un devis gratuit "
          "pour votre prochaine cuvée ?"),
  ("inv", "Bonjour Alex, j'ai vu passer votre publication sur le millésime 2024, bravo ! Au plaisir d'échanger."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "en", "Wes Dunleavy", "Founder | Somm Circle USA", "Nashville",
  ("inm", "Sommelier panel - Piedmont", "Hi Alex, our panel of 12 working sommeliers is tasting Piedmont blind next month for an industry "
          "report. Would you like to submit two wines? No cost to be considered."),
  ("inm", "Panel results + next steps", "Your Barbera made the shortlist! Shortlisted producers join our Partner tier ($1,200 a quarter) "
          "to be featured in the report and our trade newsletter. Shall I send the sign-up link?", (15, 30)),
  ("inv", "Alex, would love to connect - always good to know Piedmont producers."))
P("reinvite_known_ugly", "it", "Ottavio Cerutti", "Consulente marketing per cantine", "Alessandria",
  ("inv", "Salve, aiuto le cantine a vendere di più online con campagne social mirate. Facciamo due chiacchiere?"),
  ("inm", "Educazione", "Vedo che non rispondi. Voi del Barolo vi credete intoccabili, ma il mercato cambia e chi se la tira resta con "
          "le botti piene. Auguri."),
  ("inv", "Ciao Alex, acqua passata! Riproviamo a collegarci? Ho delle novità interessanti per le cantine."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Melanie Cho", "Account Manager | BottleShot Studio – wine photography", "New York",
  ("acc",),
  ("msg", "Thanks for connecting, Alex! Saw the new labels on Instagram, gorgeous. We shoot packshots and lifestyle images for importer "
          "sell sheets: 10 bottles for $1,400. Want the rate card?"))
P("user_invited_pitch_once", "it", "Simona Arione", "Wine Tourism Manager | Roero Experience", "Canale",
  ("acc",),
  ("msg", "Grazie per il collegamento! Ti propongo di entrare nel nostro circuito di degustazioni per i crocieristi che sbarcano a Genova: "
          "15 € a persona a noi, il resto a voi. Ti va se passo a presentarti il progetto?"))
P("user_invited_pitch_once", "fr", "Fabien Leroux", "Directeur commercial | Tonnellerie Leroux", "Cognac",
  ("acc",),
  ("msg", "Merci pour l'invitation, Alex. Comme évoqué à Wine Paris, nos fûts de 500 litres chauffe légère conviennent bien au nebbiolo. "
          "Je vous envoie une offre pour six fûts avant les vendanges ?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Ryan Castellano", "Partner | Tri-State Beverage Distribution", "Newark, New Jersey",
  ("acc",),
  ("msg", "Great meeting you at the Slow Wine tasting, Alex. To get onto our book in NJ we ask new suppliers for a $5,000 launch "
          "marketing fund plus two market visits a year. Happy to send the supplier agreement."),
  ("msg", "Hey Alex, checking in on the launch fund. We finalize Q3 additions on Friday.", (7, 15)))
P("user_invited_pitch_twice", "it", "Paola Bertinetti", "Responsabile vendite | Packaging Langhe – cartoni e casse in legno", "Alba",
  ("acc",),
  ("msg", "Grazie Alex per avermi aggiunta. Come ti dicevo a Collisioni, facciamo casse in legno da 3 e da 6 con marchio a fuoco: "
          "per 500 casse siamo sui 7,20 € l'una. Ti mando il preventivo dettagliato?"),
  ("msg", "Ciao Alex, ti giro la promo di fine anno: -8% sulle casse ordinate entro il 15 dicembre. Fammi sapere!"))
P("user_invited_pitch_twice", "de", "Felix Hartung", "Sales Manager | VinoCloud ERP für Weingüter", "München",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie auf der ProWein besprochen: VinoCloud bildet Kellerbuch, Exportpapiere und Zollanmeldung "
          "in einem System ab. Darf ich Ihnen einen Demo-Termin anbieten?"),
  ("msg", "Hallo Alex, kurze Erinnerung: Bis Monatsende ist die Einrichtung kostenlos (sonst 1.200 €). Passt Ihnen Dienstag um 10 Uhr?"))


# =============================================================== user_invited_value
P("user_invited_value", "en", "Hannah Kessler", "Italian Portfolio Manager | Kessler Wine Imports", "Philadelphia",
  ("acc",),
  ("msg", "Thanks for the invite, Alex. Good news: our buyer tasted your samples and wants the Langhe Nebbiolo and the Barbera for the fall "
          "book, two pallets to start. I'll send a draft PO and the PA label requirements. Can you confirm availability?"))
P("user_invited_value", "fr", "Claire Dumoulin", "Journaliste vins indépendante", "Paris",
  ("acc",),
  ("msg", "Merci pour l'ajout ! Comme promis, voici le lien vers mon papier sur les Barolo de Monforte, vous y êtes cité. Et si vous passez "
          "à Paris en février, je peux vous présenter deux cavistes qui cherchent un producteur piémontais."))
P("user_invited_value", "it", "Edoardo Cane", "Sommelier AIS | Ristorante Il Ciabot", "Torino",
  ("acc",),
  ("msg", "Ciao Alex, grazie della richiesta. Ti segnalo che a febbraio l'AIS Piemonte fa un corso gratuito per produttori su come "
          "presentare i vini ai buyer esteri, con crediti per chi ha il diploma. Se ti iscrivi entro venerdì c'è ancora posto. "
          "E l'Arneis in carta da noi va via che è un piacere."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "en", "Jonah Feld", "Buyer | Feld & Daughters Wine Merchants", "Boston", ("acc",))
P("acceptance_only", "de", "Katharina Seidl", "Sommelière | Restaurant Seidl", "München", ("acc",))
P("lone_endorsement", "it", "Franco Delpiano", "Cantiniere | Cascina Roccagrisa", "Monforte d'Alba", ("end",))
P("lone_endorsement", "fr", "Sandrine Caillaud", "Caviste | Vins d'Ailleurs", "Annecy", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Rebecca Thornquist", "rthornquist@hudsonvalleyimports.example", "Pricing request - Roccagrisa",
     "Hi Alex,\n\nI also sent you a LinkedIn invite, but email is faster for me. Could you send FOB Alba prices for the Barolo and the "
     "Langhe Nebbiolo, and the case configuration?\n\nThanks,\nRebecca", "en"),
    ("Piero", "piero@cascinaroccagrisa.example", "un certo Capdeville",
     "Alex,\n\nmi ha scritto un certo Capdeville su LinkedIn, dice che non gli rispondi e che mi conosceva. Io non me lo ricordo. "
     "Lascia perdere se non ti convince.\n\nPapà", "it"),
    ("ProWein Ausstellerservice", "aussteller@prowein-service.example", "Ihre Standbestätigung Halle 15",
     "Sehr geehrte Damen und Herren,\n\nanbei Ihre Standbestätigung. Tipp: Kündigen Sie Ihre Teilnahme auf LinkedIn mit dem Hashtag der Messe an.", "de"),
    ("Consorzio di Tutela", "eventi@consorzio-langhe.example", "Grandi Langhe: accrediti operatori esteri",
     "Gentili produttori,\n\nsono aperti gli accrediti per gli operatori esteri. Vi chiediamo di condividere l'annuncio anche sui vostri profili LinkedIn.", "it"),
    ("Duval Vins d'Italie", "commandes@duval-vins.example", "Commande Maison Riveraine – Dolcetto",
     "Bonjour Alex,\n\nMargaux Tessier nous a passé commande de 60 bouteilles de Dolcetto, elle nous dit vous avoir prévenu sur LinkedIn. "
     "On groupe avec l'envoi de mars ?\n\nCordialement,\nService commandes", "fr"),
    ("Langa Print", "preventivi@langaprint.example", "Preventivo etichette – come da contatto LinkedIn",
     "Buongiorno,\n\ncome anticipato nella richiesta di collegamento su LinkedIn, le inviamo il nostro preventivo per 20.000 etichette.", "it"),
    ("Northline Freight", "bookings@northline-freight.example", "Booking confirmation: 2 pallets Genoa - Newark",
     "Booking confirmed. Pickup at Monforte d'Alba on Tuesday, vessel cut-off Friday. Please send the commercial invoice and the prior notice number.", "en"),
    ("Weinkontor Petersen", "einkauf@weinkontor-petersen.example", "Musteranfrage Barbera d'Alba",
     "Hallo Alex,\n\nich hatte Sie auch über LinkedIn angefragt. Könnten Sie uns je zwei Flaschen Barbera und Dolcetto schicken?\n\nGruß,\nJörn Petersen", "de"),
    ("Calici & Colline", "newsletter@calicicolline.example", "Il numero di ottobre è online",
     "In questo numero: la vendemmia 2025 in Langa, dieci Arneis sotto i 15 euro. Seguiteci su LinkedIn e Instagram.", "it"),
]


# ------------------------------------------------------------------------- checks and builder
for _p in PEOPLE:
    for _s in _p[6]:
        if _s[0] == "inv" and _s[1] not in (DEFAULT, NONOTE):
            assert len(_s[1]) <= 300, (_p[2], len(_s[1]))

HEADER = [f"# mailbot seventieth development corpus (dev70). Generated by scripts/make_corpus_dev70.py (seed {SEED}); do not edit by hand.",
          "# Alex as export manager of a family winery in Piedmont selling in France, Germany and the US: importers and distributors "
          "(buyers and paid market-entry services), fairs selling stands, label, glass and cork suppliers, journalists and fee-charging "
          "critics, sommeliers and peer winemakers, wine-tourism agencies, enologists. Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev70", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
