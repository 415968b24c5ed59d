#!/usr/bin/env python3
"""Write mailbot's hundred-and-ninth, independent development corpus: tests/corpus/dev109/*.eml + expected.toml.

The angle: the user Alex owns a family wine estate in the Côtes de Bourg, across the Gironde
from Bordeaux, and exports about half of each vintage. Their LinkedIn world: importers and
distributors who want to buy (Hong Kong, Singapore, Texas, Freiburg, Cologne, London), label
printers, cork makers, coopers, glass and carton suppliers, wine fairs selling stands,
sommeliers, journalists and wine writers, influencers who want free bottles for posts,
export agents asking commissions and retainers, neighbouring growers who share frost
candles and maturity data, the appellation's syndicate, seasonal workers and harvest crews,
subsidy consultants, hail-insurance brokers, wealth managers selling estate succession,
paid "wine guides" and medal contests, and the odd fake buyer asking for a registration fee.
French from the vineyard (lowercase, no greeting, local words) and from Bordeaux offices
(formal), English from the UK, the US, Australia, India, Hong Kong and Singapore, and some
German, written by Germans under French or English LinkedIn wording.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py. The endorsement skills, the recipient's headline, job-alert and
news titles, cities, the headlines of spoof-only names and PYMK suggestions, and the pitches
that spoofs carry are swapped for this world in this process only (make_corpus.py itself is
not changed). Every note was written from shared/taxonomy.md alone, without reading
mailbot's signals, judge or wording, or the notes of the other generators.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev109.py              # writes tests/corpus/dev109
    python scripts/make_corpus_dev109.py --out DIR    # somewhere else
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20261090

import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, main, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the estate's world (this process only)
SKILLS = {
    "en": ["Winemaking", "Wine Export", "Viticulture", "Wine Tasting", "Vineyard Management", "Wine Marketing"],
    "fr": ["Viticulture", "Vinification", "Export", "Dégustation", "Œnotourisme", "Gestion d'exploitation"],
    "de": ["Weinbau", "Weinherstellung", "Export", "Weinverkostung", "Vertrieb"],
}
for _l, _s in SKILLS.items():
    mc.L[_l]["skills"] = _s
RHEADLINE = {
    "en": "Owner, Château Tourmeyre | Côtes de Bourg wines | Export",
    "fr": "Propriétaire du Château Tourmeyre | Vins des Côtes de Bourg | Export",
    "de": "Inhaber/in, Château Tourmeyre | Côtes de Bourg | Export",
}
for _l, _h in RHEADLINE.items():
    mc.L[_l]["rheadline"] = _h
mc.LANGS[:] = ["fr", "en", "fr", "en", "de"]   # spoofs and other LinkedIn mail: mostly French and English wording
mc.SPOOF_METHODS[:] = ["lookalike:linkedinmail.net", "display:tradeco-supplies.example", "dkimfail", "lookalike:xn--linkedn-dza.com",
                       "untrusted:mx.example.net.relay-gw.example", "noauth", "display:gmail.com", "buried", "lookalike:e-linkedin.info", "wrongpass"]
mc.CITY["fr"] = ["Bordeaux", "Libourne", "Blaye", "Cognac", "Paris", "Lyon"]
mc.CITY["en"] = ["London", "Hong Kong", "Singapore", "New York", "Bristol", "Dublin"]
mc.CITY["de"] = ["Hamburg", "Düsseldorf", "Mainz", "Köln", "München", "Freiburg im Breisgau"]
mc.JOBS[:] = [("Export Manager – Asia", "Vignobles Larrieu-Maucaillou"), ("Directeur d'exploitation viticole", "Château Grand Peyrol"),
              ("Area Sales Manager Wine DACH", "Weinkontor Nord"), ("Maître de chai (H/F)", "Domaines Fontenil"),
              ("Head of Buying, Old World", "Fenmoor Wine Merchants")]
mc.COMPANIES["good"] = ["Château Grand Peyrol", "Vignobles Larrieu", "Harbourview Cellars", "Straits Cellar Co.", "Weinkontor Nord",
                        "Fenmoor Wine Merchants", "Maison Verrière", "Syndicat des Côtes de Bourg"]
mc.COMPANIES["sales"] = ["Étiquettes Garonne", "Corkwise", "Tonnellerie du Fronsadais", "VinoMarket", "CellarBoost Ads", "Verrerie Atlantique",
                         "AgriAssur Grêle", "Médailles Prestige"]
mc.HEADLINES["good"] = ["Fine Wine Buyer at {co}", "Chef sommelier | {co}", "Vigneron | {co}", "Import Manager, France | {co}",
                        "Maître de chai at {co}", "Wine writer", "Directeur export | {co}"]
mc.HEADLINES["sales"] = ["Business Developer | {co}", "Account Manager Wineries at {co}", "Helping wine estates sell more | {co}",
                         "Export Sales | {co}", "Founder & CEO at {co}"]
SPOOF_PITCH = {
    "en": ["Hi Alex, our purchase order for 1,200 cases is ready. Please sign in through the secure link to download it and confirm FOB pricing.",
           "Dear Alex, the shipping documents for your container are waiting. Log in to release them before customs charges demurrage."],
    "fr": ["Bonjour Alex, le bon de commande de notre centrale d'achat est prêt. Connectez-vous via le lien sécurisé pour le télécharger.",
           "Bonjour, votre domaine a été retenu pour le prochain guide des vins. Validez votre fiche en vous identifiant avant vendredi."],
    "de": ["Hallo Alex, unsere Bestellung über 900 Kartons liegt bereit. Bitte melden Sie sich an, um die Auftragsbestätigung herunterzuladen.",
           "Guten Tag, die Zolldokumente zu Ihrer Sendung nach Hamburg sind hinterlegt. Bitte hier anmelden, um sie freizugeben."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
for _l, _subj in {"en": ["Purchase order attached", "Shipping documents", "Re: FOB price", "Sample request"],
                  "fr": ["Bon de commande", "Documents d'expédition", "Votre fiche guide"],
                  "de": ["Bestellung", "Zolldokumente", "Musteranfrage"]}.items():
    mc.INMAIL_SUBJECTS[_l]["sales"] = _subj
retitle_other({
    "en": {"job": ("{n} new jobs for \"export manager wine\"", "Your job alert for export manager wine in {city}"),
           "news": "Are Bordeaux growers pulling up vines for good?",
           "group": "Top conversations in Wine Export Professionals",
           "newsletter": "Cellar Door Notes: what US importers will pay for next year"},
    "fr": {"job": ("{n} nouvelles offres pour « responsable export vins »", "Votre alerte emploi pour responsable export vins à {city}"),
           "news": "Arrachage : le Bordelais va-t-il perdre 10 % de son vignoble ?",
           "group": "Meilleures discussions dans Vignerons indépendants de Gironde",
           "newsletter": "La Lettre du chai : ce que les importateurs asiatiques regardent vraiment"},
    "de": {"job": ("{n} neue Jobs für „Export Manager Wein“", "Ihr Jobalarm für Export Manager Wein in {city}"),
           "news": "Trinkt Deutschland weniger Rotwein?",
           "group": "Top-Unterhaltungen in Weinhandel & Import",
           "newsletter": "Weinbrief: Was der Fachhandel nächstes Jahr listet"},
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)
# people whose notes name recent vintages or years keep the current layout
ERAS: dict[str, str] = {}


def cur(*names: str) -> None:
    for n in names:
        ERAS[n] = "cur"


# =============================================================== good_invitation
P("good_invitation", "en", "Winston Leung", "Fine Wine Buyer | Harbourview Cellars (HK & Macau)", "Hong Kong",
  ("inv", "Hi Alex, tasted your 2019 and 2020 at the Bordeaux pavilion in Paris. We're short of a good-value right bank red for our "
          "restaurant accounts. Could you send ex-cellar prices and tell me what you could allocate for two pallets? Thanks, Winston"),
  ("rem",))
P("good_invitation", "fr", "Capucine Roudier", "Cheffe sommelière | Maison Verrière, Lyon", "Lyon",
  ("inv", "Bonjour Alex, votre Côtes de Bourg est à notre carte depuis un an et il part très bien au verre. J'aimerais venir avec ma "
          "brigade de salle un lundi de septembre pour voir les vendanges et le chai. Promis on ne reste pas dans vos pattes !"))
P("good_invitation", "en", "Rupert Ashdown", "Contributing Editor | The Cellar Review", "London",
  ("inv", "Alex, I'm writing a piece for our autumn issue on right bank estates that punch above their price, and yours came up twice "
          "in our blind panel. Do you have 20 minutes for a call? Nothing goes to print until you've seen your quotes."),
  ("rem",))
P("good_invitation", "fr", "Jean-Marc Bessière", "Viticulteur | Vignobles Bessière, Bourg", "Bourg",
  ("inv", "salut alex c jean marc du domaine apres le lavoir. jeudi 14 on fait une demi journee sur les couverts vegetaux chez moi avec "
          "la conseillere de la chambre d agri, c gratuit. viens avec ton chef de culture si ca te dit, on finit au casse croute"))
P("good_invitation", "fr", "Friederike Hallmann", "Inhaberin | Weinkontor Hallmann, Freiburg", "Freiburg im Breisgau",
  ("inv", "Guten Tag, wir haben auf der ProWein am Stand der Côtes de Bourg kurz gesprochen. Für unseren Fachhandel suche ich einen Bordeaux "
          "vom Familienweingut, 15 bis 20 € im Regal. Könnten Sie mir Ihre Exportpreisliste schicken? Beste Grüße aus Freiburg"),
  ("rem",), nl="de")
P("good_invitation", "fr", "Hélène Castagnet", "Conseillère export Vins & Spiritueux | Business France Nouvelle-Aquitaine", "Bordeaux",
  ("inv", "Madame, Monsieur, je constitue la délégation de vignerons néo-aquitains pour les rencontres acheteurs de Singapour en mars. "
          "Pour les domaines de moins de 20 ha, la Région prend en charge stand et rendez-vous B2B. Souhaitez-vous y participer ?"))
P("good_invitation", "fr", "Kévin Lafargue", "Saisonnier viticole | Tractoriste | Gironde", "Libourne",
  ("inv", "Bonjour, j'ai fait vos vendanges l'an dernier dans l'équipe de Mme Pujol (porteur et tracteur). Vous reprenez du monde en "
          "septembre ? Je suis dispo du 1er au 20, Mme Pujol peut vous donner des nouvelles de mon travail. Merci d'avance"))
P("good_invitation", "en", "Dana Whitlock", "Portfolio Manager, Imports | Lone Star Fine Wine Distributors", "Austin, Texas",
  ("inv", "Hi Alex - Dana with Lone Star in Austin. A couple of our somms poured your Côtes de Bourg at a trade tasting in Houston and "
          "we need a Bordeaux under $25 on the shelf. Do you already have a US importer? If not I'd love to talk."),
  ("rem",))
cur("Winston Leung")


# =============================================================== default_invitation
P("default_invitation", "fr", "Thierry Maupas", "Commercial | Matériel viticole et cuverie inox", "Cognac", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Gavin Pryce", "Wine lover | WSET Level 2 | Retail", "Bristol", ("inv", NONOTE))
P("default_invitation", "de", "Uwe Brandstätter", "Vertrieb | Etikettiermaschinen", "Geisenheim", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Ludovic Ferrand", "Chargé d'affaires | Imprimerie Étiquettes Garonne", "Mérignac",
  ("inv", "Bonjour Alex, nous imprimons les étiquettes d'une quarantaine de châteaux du Bordelais (dorure à chaud, gaufrage, papiers "
          "qui tiennent en cave humide). Je passe dans le Bourgeais le 12 : je vous dépose des échantillons et un devis ?"))
P("sales_invitation", "fr", "Rui Tavares", "Export Sales Manager | Corticeira Vale do Sorraia", "Santa Maria da Feira",
  ("inv", "Dear Alex, we make natural and technical corks with individual TCA screening, below 0.5 ng/l guaranteed. Many Bordeaux "
          "châteaux already bottle with us. May I send samples and our price list ahead of your next bottling?"),
  ("rem",), nl="en")
P("sales_invitation", "fr", "Arnaud Ducourau", "Commercial Sud-Ouest | Tonnellerie du Fronsadais", "Fronsac",
  ("inv", "Bonjour, nouvelle chauffe longue et douce sur nos barriques 225 L chêne du Centre, superbe sur les merlots. Je tourne dans "
          "le Bourgeais en novembre avec des essais comparatifs à goûter, et une offre pour la campagne si ça vous parle."))
P("sales_invitation", "en", "Vikram Mehta", "Wine Export Agent | India, UAE, Vietnam | 15 yrs", "Dubai",
  ("inv", "Hello Alex, I represent French estates with importers in India, UAE and Vietnam. I work on 8% commission plus a monthly "
          "retainer of 600 EUR for market development. I have buyers right now for Bordeaux at your price point. Shall we discuss terms?"))
P("sales_invitation", "en", "Sabrina Kettler", "Ausstellerberatung | WeinForum Rheinhessen", "Mainz",
  ("inv", "Hallo Alex, für das WeinForum im Februar sind im Frankreich-Bereich noch wenige Standflächen frei. Bei Buchung bis 30.9. "
          "gilt der Frühbucherpreis von 1.890 € für 6 m². Darf ich Ihnen die Ausstellerunterlagen schicken?"),
  nl="de")
P("sales_invitation", "fr", "Léna Vidaillac", "Créatrice de contenu vin 🍷 | 48k sur Instagram", "Bordeaux",
  ("inv", "Coucou Alex ! Je fais des vidéos sur les petits domaines girondins 🍇 J'adorerais parler du vôtre : pour la collab il me "
          "faudrait une box de 6 bouteilles (dont 2 pour un concours) + une visite filmée. Je vous envoie mon media kit ?"),
  ("rem",))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Olivier Sarrazin", "Fondateur | Cercle des Vignerons Exportateurs", "Saint-Émilion",
  ("inv", "Bonjour Alex, on monte un petit cercle de vignerons indépendants qui exportent : une dizaine de domaines qui partagent "
          "transitaires, galères de douane et retours d'importateurs. Pas de cotisation, juste de l'entraide entre nous. Partant ?"),
  ("msg", "Content de vous compter parmi nous Alex. Pour aller plus loin, mon cabinet accompagne les domaines sur leur stratégie "
          "export : audit de gamme, prix par marché, recherche d'importateurs. Forfait de démarrage 4 800 € HT. "
          "Je peux passer au domaine la semaine prochaine pour vous présenter la démarche ?", (4, 12)),
  ("msg", "Alex, je relance pour notre rendez-vous : il me reste deux places d'accompagnement avant Wine Paris. On cale 30 minutes ?", (8, 20)))
P("bait_and_switch_invitation", "en", "Brodie Kerrigan", "Viticulturist | Barossa Valley", "Adelaide",
  ("inv", "G'day Alex, fellow grower here. Saw your post about going no-till between the rows on clay. We tried the same in the "
          "Barossa and lost a fair bit of vigour the first year. Keen to swap notes on what you're seeding?"),
  ("msg", "Cheers for connecting mate. Bit of a confession, I've moved over to VineSense - soil moisture probes plus a canopy app "
          "that tells you exactly when to mow the cover crop. Plans start at 149 EUR a month per block. Could I walk you "
          "through it on a 20 min call this week?", (3, 9)))
P("bait_and_switch_invitation", "en", "Kristen Albrecht", "Founder | Three Tier Ready - US market entry for small wineries", "New York",
  ("inv", "Hi Alex! I put together a free 30-page guide on how the US three-tier system really works for small French estates "
          "(COLA label approval, importer margins, state registrations). Happy to send you the PDF, no strings attached."),
  ("msg", "Hope the guide was useful! Most estates find the next step overwhelming, so we act as your importer of record and handle "
          "compliance for a flat $950/month. Want me to send over our onboarding agreement?", (6, 15)),
  ("msg", "Hi Alex, checking in. We're onboarding two more Bordeaux producers this quarter and I'd held a slot for you. Can we do a quick call Thursday?", (7, 14)))
P("bait_and_switch_invitation", "fr", "Matthias Oberholzer", "Community Lead | Vinotopia - Weinfreunde-Netzwerk", "Stuttgart",
  ("inv", "Hallo Alex, wir sind eine Community von rund 3.000 Weinliebhabern und Händlern in Süddeutschland und stellen jeden Monat "
          "ein unabhängiges Weingut vor, ganz ohne Kosten für Sie. Hätten Sie Lust, im Herbst dabei zu sein?"),
  ("msg", "Danke für die Vernetzung! Kurz zum Ablauf: Für das Porträt buchen Sie ein Shop-Listing auf unserer Plattform, 390 € im "
          "Quartal plus 12 % Provision auf die Verkäufe. Soll ich Ihnen den Vertrag schicken?", (5, 14)),
  ("msg", "Hallo Alex, kleine Erinnerung: der Herbst ist fast voll. Wer bis Freitag unterschreibt, bekommt das erste Quartal zum halben Preis.", (6, 12)),
  nl="de")
P("bait_and_switch_invitation", "en", "Melvin Goh", "Wine Buyers Club Asia | Connecting importers & producers", "Singapore",
  ("inv", "Hi Alex, I run a private club of importers and sommeliers in Singapore, KL and Jakarta. We share what's selling and "
          "which producers are looking for partners. It would be great to have a Bordeaux grower's view in the group."),
  ("msg", "Welcome aboard Alex. Our next buyers' tasting is on 14 Nov at our Robertson Quay venue: producers pour 3 wines for about "
          "40 buyers. The table fee is SGD 2,200 including sample shipping. Shall I reserve a table for you?", (10, 25)))
cur("Brodie Kerrigan", "Olivier Sarrazin")


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "en", "Li Haoran", "Purchasing Director | Jiangsu Golden Vine Trading Co., Ltd", "Nanjing",
  ("inm", "Cooperation inquiry - Bordeaux red wine", "Dear Alex, Our company imports French wine for hotels and supermarkets in Jiangsu "
          "province. We are very interested in your Chateau wines and plan to order 3000 bottles for Spring Festival. "
          "Please send your catalogue and FOB price. Best regards, Li Haoran"),
  ("inm", "RE: Cooperation inquiry - supplier registration", "Dear Alex, Thank you for the catalogue, our boss is satisfied. Before "
          "signing, our company require the supplier to register with our partner agency and buy the CIQ label certification "
          "package, 2,680 EUR. After payment we sign the contract the same day. Please confirm quickly.", (4, 10)))
P("bait_and_switch_inmail", "fr", "Maxime Roulleau", "Étudiant M2 Commerce international des vins | Bordeaux", "Bordeaux",
  ("inm", "Questionnaire mémoire - export des petits domaines", "Bonjour Madame, Monsieur, je suis étudiant en M2 commerce international "
          "des vins et je rédige mon mémoire sur les freins à l'export des domaines de moins de 30 ha. Auriez-vous dix minutes "
          "pour répondre à mon questionnaire ? Je vous enverrai la synthèse en retour. Merci beaucoup, Maxime"),
  ("inm", "Suite questionnaire", "Merci encore pour vos réponses ! En parallèle de mes études je suis associé dans une agence qui "
          "crée des boutiques en ligne pour les domaines, expédition comprise. Vu ce que vous m'avez dit sur la vente directe, "
          "vous auriez tout à y gagner : on se cale une démo de 20 minutes ?", (5, 14)))
P("bait_and_switch_inmail", "de", "Dr. Bernd Lüttgens", "Herausgeber | Weinführer Frankreich", "Düsseldorf",
  ("inm", "Ihr Wein im Weinführer", "Sehr geehrte Damen und Herren, unsere Redaktion hat Ihren Côtes de Bourg verkostet und möchte "
          "ihn mit 90 Punkten in die kommende Ausgabe aufnehmen. Wir bräuchten lediglich ein Foto des Etiketts und ein paar "
          "Zeilen zum Weingut. Mit freundlichen Grüßen, Dr. B. Lüttgens"),
  ("inm", "Aufnahme bestätigen", "Vielen Dank für die Unterlagen. Zur Bestätigung Ihres Eintrags berechnen wir eine Redaktions- und "
          "Produktionspauschale von 780 €, darin enthalten 500 Medaillen-Aufkleber für Ihre Flaschen. Bitte überweisen Sie bis zum 15.", (6, 18)))
P("bait_and_switch_inmail", "en", "Imogen Threlfall", "Founder | The Independent Vintners' Exchange", "Bath",
  ("inm", "An invitation - Independent Vintners' Exchange", "Dear Alex, I'm setting up a small peer exchange for family estates selling "
          "into the UK since Brexit - duty, labelling, finding a shipper who answers the phone. A few growers from Bordeaux, the "
          "Loire and Rioja so far. Would you like to join our first call? It's free, and very informal."),
  ("inm", "Following our call", "Lovely to have you on the call, Alex. As I mentioned, my consultancy also acts as UK duty representative "
          "and places producers with independent merchants. The retainer is £1,200 a month, six months minimum. "
          "Could we book a follow-up to get you set up?", (4, 12)),
  ("inm", "Re: Following our call", "Hi Alex, just nudging this. I have two merchants in Bristol asking for a right bank red, so the timing is good.", (7, 15)))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Romain Labadie", "Consultant œnotourisme | Gîtes, chais & balades", "Blaye",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé pour {skill} (et c'est mérité 😉). Si t'as deux secondes, tu pourrais me valider "
          "« Œnotourisme » et « Gestion de projet » ? Je refais mon profil pour un appel d'offres du Département, ça m'aiderait bien."))
P("endorse_me_back", "en", "Fiona Marchbank", "WSET Certified Educator | Tastings & corporate wine events", "Edinburgh",
  ("end",),
  ("msg", "Hi Alex! Just popped an endorsement on your profile for {skill}, well deserved. Would you mind doing the same for me for "
          "Wine Education and Event Planning? Trying to make my profile look a bit more credible to corporate clients. Thank you!"))
P("endorse_me_back", "fr", "Jonas Weidemeyer", "Sommelier | Weinbar Kork & Kante, Hamburg", "Hamburg",
  ("end",), ("end",),
  ("msg", "Moin Alex, hab dir ein paar Bestätigungen dagelassen 😊 Wärst du so nett und bestätigst mir „Weinberatung“ und "
          "„Verkostungen“? Bin gerade auf Jobsuche, da zählt jede Kleinigkeit. Danke dir!"),
  nl="de")


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Manon Teyssier", "Influenceuse lifestyle & vin | 120k abonnés", "Bordeaux",
  ("inv", "Hello Alex ✨ Je prépare une série « châteaux cachés de Gironde » pour mes abonnés. Je peux vous y intégrer en échange de "
          "quelques bouteilles et d'un dîner au domaine pour moi et mon cadreur. Dites-moi vite !"),
  ("rem",),
  ("inm", "Dommage", "Bon, pas de réponse… C'est bien les vieux châteaux, on se croit au-dessus de tout le monde. 120 000 personnes "
          "auraient découvert votre vin mais vous préférez rester dans votre coin. Bonne continuation avec vos trois clients."))
P("hostility_after_decline", "en", "Sunil Kapoor", "Independent Wine Agent | India & Gulf", "Mumbai",
  ("inv", "Dear Sir/Madam, we are importer agent for premium french wines in India. We need 2 Bordeaux estates for our portfolio, "
          "kindly share price list FOB Bordeaux and we will revert with order. Agency commission 10% payable by producer."),
  ("inm", "Very disappointing", "Sir, I wrote to you in good faith with genuine business and you did not even have the courtesy to "
          "reply. This is exactly why French producers are losing the market to Chile and Australia. Very unprofessional attitude.", (12, 30)))
P("hostility_after_decline", "en", "Holger Brinkmann", "Geschäftsführer | Brinkmann Weinimport", "Bremen",
  ("inv", "Guten Tag, wir importieren Bordeaux für den Fachhandel in Norddeutschland. Ich würde mich gern vernetzen und Muster "
          "Ihrer Weine anfragen. Viele Grüße, H. Brinkmann"),
  ("rem",),
  ("inm", "Keine Antwort?", "Drei Wochen keine Reaktion auf eine Importanfrage. So arbeitet man nicht, wenn man exportieren will. "
          "Ich werde das gern Ihren Kollegen aus der Appellation erzählen, damit sie wissen, wie man bei Ihnen behandelt wird."),
  nl="de")
P("hostility_after_decline", "en", "Chad Mercer", "Founder | CellarLoop - wine club software", "San Diego",
  ("inv", "Alex, quick one - CellarLoop runs the wine clubs of 300+ wineries. Selling DTC to US consumers? We handle compliance and "
          "shipping end to end. 15 min demo?"),
  ("rem",),
  ("inm", "wow", "Ignored twice. Cool. Guess the French château crowd still thinks it's 1855. Enjoy your tiny export numbers."))


# =============================================================== hostility_connection
P("hostility_connection", "fr", "Nicolas Péré", "Business Developer | Vinéo Séjours - réservation œnotourisme", "Bordeaux",
  ("msg", "Bonjour Alex, on référence les visites et dégustations des châteaux sur notre plateforme : 18 % de commission sur les "
          "réservations, zéro abonnement. Je vous crée votre page en dix minutes ?"),
  ("msg", "Alex, je reviens vers vous : la saison démarre et les premiers domaines du Bourgeais sont déjà en ligne. On fait un point cette semaine ?"),
  ("msg", "Vous lisez mes messages et vous ne répondez pas, c'est d'une grossièreté… Avec cette mentalité pas étonnant que le "
          "Bourgeais reste à la traîne. Je ne perdrai plus mon temps avec vous."))
P("hostility_connection", "en", "Giles Hartigan", "Director | Hartigan Wine Logistics - bonded shipping to the UK", "Felixstowe",
  ("acc",),
  ("msg", "Thanks for accepting, Alex. Since you're shipping to UK merchants now, we can group your pallets with other Bordeaux "
          "estates out of Blanquefort and handle duty deferment for you. Shall I send over our rates?"),
  ("msg", "Frankly Alex, you asked to connect with me, I spent an afternoon on a proposal for you, and all I get back is "
          "'not now, thanks'? Don't waste people's time if you're not serious about the UK.", (5, 15)))
P("hostility_connection", "fr", "Sven Adomeit", "Vertriebsleiter | FlaschenPro - Glas & Verpackung", "Essen",
  ("msg", "Hallo Alex, wir liefern Bordeaux-Flaschen 75 cl aus Recyclingglas, leichter als Standard und ein gutes Stück günstiger "
          "als die großen Glashütten. Kann ich Ihnen ein Angebot über 20.000 Stück machen?"),
  ("msg", "Eine höfliche Absage hätte ich ja verstanden, aber gar nichts? Ziemlich schwach, Alex. So geht man nicht mit "
          "Geschäftspartnern um.", (6, 20)),
  nl="de")


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Stéphanie Darriet", "Courtière assurances agricoles | grêle, gel, récolte", "Langon",
  ("msg", "Bonjour Alex, avec les orages de grêle de juin beaucoup de vignerons revoient leur contrat multirisque climatique. Je "
          "vous fais une étude comparative (la PAC subventionne jusqu'à 70 % de la prime) : on se voit au domaine ?"),
  ("msg", "Re-bonjour Alex, la souscription pour la campagne ferme le 28 février. Je vous envoie une proposition chiffrée ?"),
  ("msg", "Alex, dernier rappel avant clôture : il me reste trois créneaux de visite cette semaine, je vous en garde un ?"))
P("connection_only_pitches", "en", "Aaron Bickley", "Sales Manager EMEA | SkyVine Drones", "Reading",
  ("msg", "Hi Alex, our spraying drones are now approved for steep vineyard work in France. They cut treatment time by around 70% "
          "and your team stays off the slopes. Could I arrange a demo flight on your parcels?"),
  ("msg", "Following up on the drone demo, Alex. We've got a leasing offer at 890 EUR/month this quarter. Worth a chat?"))
P("connection_only_pitches", "fr", "Bertrand de Larrazet", "Conseiller en gestion de patrimoine | Transmission de domaines viticoles", "Bordeaux",
  ("msg", "Cher Alex, la transmission d'un domaine viticole se prépare dix ans à l'avance : pacte Dutreil, GFV, démembrement. Je "
          "serais heureux de vous présenter nos solutions lors d'un déjeuner à Bordeaux, à ma charge naturellement."),
  ("msg", "Cher Alex, je me permets de revenir vers vous. Je peux passer au château vous présenter une simulation chiffrée de "
          "votre transmission et notre proposition d'honoraires. Quel jour vous conviendrait ?"))


# =============================================================== single_pitch
P("single_pitch", "fr", "Cédric Mouliérac", "Chargé d'affaires | Soleil d'Aquitaine - photovoltaïque agricole", "Agen",
  ("msg", "Bonjour Alex, vos toitures de chai sont plein sud (je les ai repérées en vue satellite 😊). Nous installons des centrales "
          "photovoltaïques sans reste à charge pour l'exploitant. On fixe 30 minutes pour une étude de faisabilité ?"))
P("single_pitch", "en", "Priya Raman", "Brand Protection | MarkGuard Asia - trademark registration", "Shanghai",
  ("msg", "Hi Alex, Bordeaux château names get squatted in China every month. We can register yours in Chinese characters before "
          "someone else does: fixed fee of 2,400 EUR including transliteration. Shall I check availability for you?"))
P("single_pitch", "de", "Carsten Meiners", "Disposition | Nordwein Spedition", "Hamburg",
  ("msg", "Moin Alex, wir fahren jede Woche Sammelladungen Bordeaux nach Hamburg und Bremen. Für Ihre deutschen Kunden wären wir ab "
          "sechs Paletten deutlich günstiger als die großen Speditionen. Sollen wir mal telefonieren?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "en", "Jasmine Tan", "Head of Wine | Straits Cellar Co.", "Singapore",
  ("msg", "Hi Alex, quick update from Singapore: the 2020 sold through faster than we planned, the restaurant groups love it by the "
          "glass. Re-order for 120 cases coming next week. Also, heads up: the new rule on importer details on back labels "
          "starts in July, I've attached the guidance so your printer can adjust in time."),
  ("msg", "Photos from our Bordeaux dinner attached, your wine was the favourite of the night! The chef would like to do a pairing "
          "menu with your estate next spring. We'd cover your trip, just come if you can.", (20, 45)))
P("connection_brings_value", "fr", "Pascale Rigaud", "Vigneronne | Château Les Tuileries, Tauriac", "Tauriac",
  ("end",),
  ("msg", "Alex, alerte gel mardi nuit, -3 annoncé dans les bas-fonds. On a une centaine de bougies en trop de l'an dernier, si tu en "
          "veux passe les prendre, c'est cadeau, de toute façon elles vont moisir dans le hangar. Appelle-moi si t'as besoin d'un coup de main pour les poser."))
P("connection_brings_value", "en", "Clare Westbrook", "Wine correspondent | The Sunday Ledger", "London",
  ("msg", "Alex, the piece ran this weekend and you made the top three of our Bordeaux-under-£20 list. Link below. If merchants "
          "ring you about it, feel free to point them my way, I'm happy to vouch for what we tasted."))
P("connection_brings_value", "fr", "Isabelle Larrouy", "Chargée de mission | Syndicat viticole des Côtes de Bourg", "Bourg",
  ("end",),
  ("msg", "Bonjour Alex, pour rappel, la demande d'aide FranceAgriMer à la promotion pays tiers se clôt le 15. J'ai préparé une fiche de "
          "trois pages avec les pièces à fournir, je vous la transmets ci-joint. Permanence au syndicat jeudi matin si vous voulez "
          "qu'on relise votre dossier ensemble, c'est compris dans la cotisation."))
cur("Jasmine Tan")


# =============================================================== stranger_inmail_recruiter
P("stranger_inmail_recruiter", "fr", "Géraldine Fauchier", "Associée | Fauchier & Lambert - chasse de têtes vins & spiritueux", "Paris",
  ("inm", "Direction générale d'un cru classé - confidentiel", "Bonjour Alex, je mène pour un groupe familial une recherche "
          "confidentielle : direction générale d'un cru classé de la rive droite, 45 ha, 60 % à l'export. Votre parcours de "
          "propriétaire exportateur correspond à ce que recherche l'actionnaire. Seriez-vous ouvert à un échange discret ?"))
P("stranger_inmail_recruiter", "en", "Duncan Fairweather", "Partner | Harcourt Board Search", "London",
  ("inm", "Non-executive role - London wine merchant", "Alex, I'm helping a 150-year-old London wine merchant find a non-executive "
          "director with hands-on producer experience in France. Around two board days a month, remunerated. Would you be open to a "
          "confidential conversation? Happy to share the brief first."))
P("stranger_inmail_recruiter", "de", "Annika Jessen", "Personalberaterin | Weinbau & Getränkewirtschaft", "Wiesbaden",
  ("inm", "Geschäftsführung Weingut im Rheingau (m/w/d)", "Guten Tag, ich suche im Auftrag eines Rheingauer Familienweinguts "
          "(38 ha, starker Exportanteil) eine Geschäftsführung, die Weinbau und internationalen Vertrieb zusammenbringt. Ihr Profil "
          "passt sehr gut. Hätten Sie Interesse an einem vertraulichen Gespräch? Freundliche Grüße, Annika Jessen"))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "en", "Lauren Pike", "Partnerships | VinoMarket - the B2B wine marketplace", "Chicago",
  ("inm", "Get your wines in front of 4,000 US buyers", "Hi Alex, VinoMarket connects European producers directly with US retailers "
          "and restaurants. Listing is $299/month and we take 6% on orders. Want me to set up your producer page this week?"),
  ("inm", "Quick follow-up", "Hi Alex, floating this back up. Bordeaux producers who join this month get the first month free."))
P("stranger_inmail_sales", "fr", "Anthony Cazenave", "Organisateur | Concours International des Vins d'Aquitaine", "Toulouse",
  ("inm", "Inscriptions au concours", "Bonjour, les inscriptions au Concours sont ouvertes ! 120 € par échantillon, et les macarons "
          "médaille sont proposés aux lauréats à tarif préférentiel. Je vous envoie le bulletin d'inscription ?"))
P("stranger_inmail_sales", "de", "Florian Bäumer", "Vertrieb | VinoSoft Kellerbuch", "Bad Kreuznach",
  ("inm", "Digitales Kellerbuch", "Hallo Alex, führen Sie Ihr Kellerbuch noch in Excel? Mit VinoSoft erledigen Sie Zollmeldungen, "
          "Chargen und Etikettendaten in einem Tool, auch auf Französisch. 30 Tage kostenlos testen, danach ab 79 € im Monat. "
          "Darf ich Ihnen eine Demo zeigen?"),
  ("inm", "Kurze Nachfrage", "Hallo Alex, haben Sie meine Nachricht gesehen? Diese Woche gibt es die Einrichtung gratis dazu.", (6, 20)))
cur("Imogen Threlfall")


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Aurélie Bergeon", "Œnologue conseil indépendante | rive droite", "Blaye",
  ("inv", "Bonjour Alex, je compile les contrôles de maturité du Bourgeais cette année et je partage le tableau gratuitement avec les "
          "domaines qui envoient les leurs. Si vous voulez entrer dans la boucle, connectons-nous !"),
  ("msg", "Voilà la synthèse de la semaine : degrés, acidité totale et poids des baies sur 22 parcelles. Vos merlots de la croupe "
          "ont quatre jours d'avance sur la moyenne, ça vaut le coup de goûter les baies mardi.", (5, 15)),
  ("msg", "Alex, à partir de la prochaine campagne je formalise tout ça en offre de suivi : 2 400 € HT par an pour les analyses, les "
          "conseils d'assemblage et l'accès au tableau. Les domaines de la boucle ont la priorité, je vous envoie le devis ?", (40, 90)))
P("good_turns_ugly", "en", "Marcus Thwaite", "Wine writer & presenter | Right Bank Diaries", "Bristol",
  ("inv", "Alex, I'm a wine writer working on a long read about the Côtes de Bourg comeback. I'd love to include your estate, and "
          "I'm happy to share my tasting notes on the wines I tried in London."),
  ("msg", "As promised, my notes on your wines (plus the two neighbours I tasted alongside). Honestly the best of the flight. Hope they're useful for your sales decks."),
  ("msg", "Alex, quick one. The long read will sit inside a sponsored producer guide this year: featured estates contribute £1,500 "
          "towards production and get a full page plus social posts. Shall I pencil you in?", (10, 30)))
P("good_turns_ugly", "fr", "Ralf Hennecke", "Einkauf Frankreich | Weinhaus Hennecke, Köln", "Köln",
  ("inv", "Hallo Alex, ich kaufe französische Weine für ein Kölner Weinhaus ein. Ihr Côtes de Bourg hat mir in Bordeaux sehr gut "
          "gefallen. Ich würde gern Muster für unsere Herbstverkostung bestellen, natürlich auf unsere Kosten."),
  ("msg", "Die Muster sind angekommen, danke! Das Team war begeistert, wir nehmen den Wein in die Herbstverkostung auf.", (10, 25)),
  ("end",),
  ("msg", "Hallo Alex, ich habe dich gerade für {skill} bestätigt. Könntest du mich im Gegenzug für „Weineinkauf“ und "
          "„Verhandlungsführung“ bestätigen? Wäre mir gerade wichtig."),
  nl="de")


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Brandon Fisk", "Wine Marketing | Vinepath DTC Growth Agency", "Sonoma",
  ("inm", "More DTC sales for your estate?", "Hi Alex, we run paid social and Google ads for wineries, average return 4.2x on ad spend. "
          "Got 15 minutes this week to see what we did for a family estate in Napa?"),
  ("inv", "Hey Alex, saw your harvest post, beautiful shots. Would love to connect and follow along!"))
P("reinvite_known_bad", "fr", "Fabrice Lartigau", "Commercial | Bouchons & Capsules du Sud-Ouest", "Agen",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés au salon Vinitech, j'aimerais garder le contact."))
P("reinvite_known_bad", "fr", "Markus Lindemann", "Key Account | WeinLogistik24", "Mainz",
  ("inv", "Hallo Alex, wir lagern und versenden Ihre Weine an deutsche Endkunden ab Mainz, Alkoholsteuer und Verpackung inklusive. "
          "Darf ich Ihnen unsere Konditionen schicken?"),
  ("inv", "Hallo Alex, frohes neues Jahr! Ich würde mich freuen, wenn wir uns hier vernetzen."),
  nl="de")


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "fr", "Yannick Berthoumieu", "Agent commercial vins | CHR Pays basque & Landes", "Bayonne",
  ("inv", "Bonjour Alex, je place des vins dans les restaurants du Pays basque et des Landes, à la commission (12 %). Votre gamme "
          "m'intéresse, on en parle ?"),
  ("rem",),
  ("inm", "Sans réponse", "Une invitation, une relance et pas un mot. C'est à cause de gens comme vous que les petits domaines crèvent. Restez "
          "dans votre château, moi j'ai du boulot.", (15, 40)),
  ("inv", "Bonjour Alex, je reviens vers vous avec une autre approche, je serais ravi d'échanger."))
P("reinvite_known_ugly", "en", "Clement Wong", "Director | Pacific Rim Wine Alliance", "Hong Kong",
  ("inm", "Invitation - producers' roundtable", "Dear Alex, we host a free online roundtable for French family estates on working with "
          "Asian importers: payment terms, labelling, how to spot fake buyers. Would you like to join the next session?"),
  ("inm", "Roundtable - next steps", "Thank you for joining us. To be matched with our importer network, producers join the Alliance "
          "at EUR 1,950 per year, including two trade shows. The invoice is attached, kindly settle within 7 days.", (5, 12)),
  ("inv", "Hi Alex, hope the harvest went well. Would be good to be connected here."))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "en", "Philippa Coyle", "Account Director | Cellarview PR - wine communications", "London",
  ("acc",),
  ("msg", "Thanks for connecting Alex! As I mentioned at the London trade tasting, we run press campaigns for small estates launching "
          "in the UK. A three-month package starts at £3,500 and includes a trade lunch. Fancy a call?"))
P("user_invited_pitch_once", "fr", "Jérémie Dufau", "Gérant | Vignes Services 33 - prestations viticoles & vendanges", "Saint-André-de-Cubzac",
  ("acc",),
  ("msg", "Merci d'avoir accepté Alex. Comme on en a parlé à la coopé, on peut prendre vos vendanges manuelles et la taille cet hiver "
          "avec nos équipes déclarées, tarif à l'hectare. Je vous fais passer un devis ?"))
P("user_invited_pitch_once", "de", "Tanja Riemenschneider", "Account Manager | Versandkartons & Weinverpackung", "Nürnberg",
  ("acc",),
  ("msg", "Danke für die Vernetzung, Alex! Wie auf der ProWein besprochen: unsere 6er-Versandkartons sind bruchgetestet. Soll ich "
          "Ihnen ein Angebot für 2.000 Stück machen?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "en", "Kyle Brandt", "VP Sales | BottleTrack - supply chain traceability", "Boston",
  ("acc",),
  ("msg", "Appreciate the connect, Alex! Following our chat in New York: BottleTrack puts an NFC chip in every capsule so importers "
          "and consumers can verify authenticity. Pricing starts at 9 cents a bottle. Demo next week?"),
  ("msg", "Alex, circling back. We have an onboarding slot in March, before your bottling. Should I send the contract?"))
P("user_invited_pitch_twice", "fr", "Gaëlle Montaudon", "Consultante | Subventions et dossiers FranceAgriMer", "Libourne",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. Je monte les dossiers d'aide à l'investissement pour les domaines (cuverie, chai, matériel). "
          "Honoraires de 8 % sur l'aide obtenue. Vous avez un projet en cours ?"),
  ("msg", "Bonjour Alex, l'appel à projets rouvre en janvier. On prend rendez-vous pour monter votre dossier avant la cohue ?"))
P("user_invited_pitch_twice", "en", "Kelvin Chau", "Business Development | Pearl River Bonded Wine Storage", "Hong Kong",
  ("acc",),
  ("msg", "Hi Alex, nice to connect after the Hong Kong fair. We offer temperature-controlled bonded storage for producers supplying "
          "Greater China, so your importers can order by the case instead of by the container. From HKD 8 per case per month. Interested?"),
  ("msg", "Dear Alex, following up on the storage. New European producers get the first three months free this quarter if they sign for a year."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Mathilde Cazaux", "Vigneronne | Domaine du Moulin de Cazaux, Fronsac", "Fronsac",
  ("acc",),
  ("msg", "Merci pour l'invitation ! Comme promis au salon, voilà les coordonnées de notre transitaire pour la Chine, il est réglo "
          "et ne prend pas de marge cachée. Dis-lui que tu viens de ma part. Et si ça te dit, on peut partager un conteneur groupé "
          "pour Shanghai en mars, ça divise le fret par deux."))
P("user_invited_value", "en", "Edward Blakemore", "Buyer, Old World | Fenmoor Wine Merchants", "London",
  ("acc",),
  ("msg", "Thanks for connecting, Alex. Good news: the tasting panel approved your red for our autumn list. I'll send the purchase "
          "order and our label requirements (UK importer address on the back label) this week."))
P("user_invited_value", "de", "Anja Freimuth", "Weinjournalistin | freie Autorin", "Berlin",
  ("acc",),
  ("msg", "Danke fürs Vernetzen, Alex! Ich schreibe für eine Fachzeitschrift ein Dossier über Bordeaux abseits der großen Namen. "
          "Darf ich Sie zitieren und im Frühjahr zur Verkostung vorbeikommen?"))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Théo Brunet", "Caviste | La Cave du Port, Bordeaux", "Bordeaux", ("acc",))
P("acceptance_only", "en", "Lars Eriksson", "Head of Buying | Nordic Wine Group", "Stockholm", ("acc",))
P("lone_endorsement", "fr", "Clémence Aubrion", "Ancienne stagiaire export | Master commerce des vins", "Bordeaux", ("end",))
P("lone_endorsement", "en", "Sophie Hartley", "WSET Diploma student | Wine retail", "Manchester", ("end",))


# =============================================================== a few more voices
P("good_invitation", "fr", "Bernadette Lafon", "Présidente | Comité des fêtes de Bourg", "Bourg",
  ("inv", "Bonjour Alex, pour la fête des vendanges du 27 septembre, la mairie prête le kiosque gratuitement aux viticulteurs de la "
          "commune qui veulent faire déguster. Il reste deux tables. Si ça vous dit, je vous inscris, il suffit de me répondre ici."))
P("connection_brings_value", "en", "Raymond Ho", "Sommelier | Jade Terrace, Hong Kong", "Hong Kong",
  ("end",),
  ("msg", "Alex! Poured your wine at our Bordeaux masterclass last night for 30 guests, two importers in the room asked for your contact. "
          "I've given them your email, hope that's ok. Let me know if you're in HK for the fair, dinner's on me."))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Winston Leung", "winston.leung@harbourview-cellars.example.hk", "Price list request - Harbourview Cellars",
     "Dear Alex,\n\nI also sent you an invitation on LinkedIn, but in case it gets lost: could you send ex-cellar prices for the red "
     "and your available volumes?\n\nKind regards,\nWinston", "en"),
    ("Syndicat des Côtes de Bourg", "contact@cotes-de-bourg-syndicat.example.fr", "La lettre du syndicat - mars",
     "Chers adhérents,\n\nvous trouverez ci-dessous le calendrier des dégustations d'agrément. Pensez à suivre la page LinkedIn du "
     "syndicat : nous y relayons les salons et les missions export.\n\nLe bureau", "fr"),
    ("Camille Dartigues", "camille.export@chateau-tourmeyre.example.fr", "Fwd: invitation LinkedIn d'un importateur ?",
     "Alex,\n\nce monsieur de Brême m'a aussi écrit sur LinkedIn pour des échantillons. Tu veux que je lui réponde ou tu t'en occupes ?\n\nCamille", "fr"),
    ("Transports Garonne Fret", "facturation@garonne-fret.example.fr", "Facture conteneur Shanghai - dossier 24-118",
     "Bonjour,\n\nveuillez trouver ci-joint notre facture pour le groupage maritime. Retrouvez nos actualités sur LinkedIn.\n\nService facturation", "fr"),
    ("Besucherservice Weinwelt Düsseldorf", "tickets@weinwelt-messe.example.de", "Ihr Fachbesucher-Ticket",
     "Guten Tag,\n\nanbei Ihr Ticket für die Fachmesse. Teilen Sie Ihre Teilnahme gern auf LinkedIn mit dem Hashtag der Messe.\n\nIhr Besucherservice", "de"),
    ("Cellarnote", "no-reply@cellarnote.example", "Your wine has 12 new ratings",
     "Hi Alex,\n\nyour Côtes de Bourg got 12 new ratings this month (average 4.1). Share the news with your network on LinkedIn or Instagram.", "en"),
    ("Cabinet Laffargue Expertise", "dossiers@laffargue-expertise.example.fr", "Clôture de l'exercice - pièces manquantes",
     "Bonjour Alex,\n\nil nous manque les relevés de mars et avril. J'ai vu sur LinkedIn que vous étiez à Singapour, rien ne presse, "
     "envoyez-les à votre retour.\n\nCordialement,\nN. Laffargue", "fr"),
    ("Dana Whitlock", "dana.whitlock@lonestar-wine.example.com", "Following up from LinkedIn - Lone Star Fine Wine",
     "Hi Alex,\n\nfollowing up my LinkedIn note with our importer questionnaire and the COLA checklist we'd need.\n\nThanks!\nDana", "en"),
    ("Mairie de Bourg", "animation@mairie-bourg.example.fr", "Fête des vendanges - inscriptions",
     "Bonjour,\n\nles inscriptions pour les tables de dégustation sont ouvertes jusqu'au 15 septembre. Mme Lafon vous a peut-être "
     "déjà contacté par LinkedIn.\n\nService animation", "fr"),
]


# ------------------------------------------------------------------------- checks and builder
def _check() -> None:
    names = [p[2] for p in PEOPLE]
    assert len(names) == len(set(names)), "a name twice"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for s in steps:
            if s[0] == "inv" and s[1] not in (DEFAULT, NONOTE):
                assert len(s[1]) <= 300, (name, len(s[1]))
    for n in ERAS:
        assert n in names, n


_check()

HEADER = [f"# mailbot hundred-and-ninth development corpus (dev109). Generated by scripts/make_corpus_dev109.py (seed {SEED}); do not edit by hand.",
          "# Alex as the owner of an exporting wine estate in the Côtes de Bourg: importers and distributors, label, cork, barrel and glass "
          "suppliers, wine fairs, sommeliers, journalists, influencers, export agents, peer growers, seasonal workers. French, English, some German. "
          "Same format as tests/corpus/dev."]


if __name__ == "__main__":
    main(__doc__, "dev109", SEED, PEOPLE, FOREIGN, spoofs=10, other=12, header=HEADER, eras=ERAS)
