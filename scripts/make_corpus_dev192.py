#!/usr/bin/env python3
"""Write mailbot's dev192 corpus: tests/corpus/dev192/*.eml + expected.toml.

The angle: August and September 2022 of Alex, winemaker and owner of a small estate in
Burgundy (Savigny-lès-Beaune) who also sells the wine. The harvest falls in the middle of
the two months. Their LinkedIn world: importers, wine shops and restaurants asking for price
lists, allocations and samples (buyers, so good), harvest pickers and oenology students asking
for a place in the crew (good), neighbouring growers sharing mildew, hail and ripeness notes
(good), label printers, cork, glass and case makers, cellar-software and marketing agencies
(sellers), paid wine competitions selling medals and stickers, a broker and a distributor who
turn rude after being refused (one of them after an exclusivity Alex turned down), a grower
"circle" and a weather group that turn into a sale, endorse-me-back from a wine-shop clerk.
Writers in French, English, German, Italian and Spanish.

The MIME and layout machinery is imported from scripts/make_corpus.py through
scripts/corpus_stories.py; the skills, job alerts, recipient headline, PYMK and spoof
headlines and spoof pitches are swapped for wine ones in this process only. Every note was
written from shared/taxonomy.md alone.

Deterministic (seeded): running it again rewrites the same bytes.

    python scripts/make_corpus_dev192.py              # writes tests/corpus/dev192
    python scripts/make_corpus_dev192.py --out DIR    # somewhere else
"""
from __future__ import annotations

import argparse
import sys
import types
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SEED = 20220819

import corpus_stories as cs  # noqa: E402
import make_corpus as mc  # noqa: E402
from corpus_stories import DEFAULT, NONOTE, adder, retitle_other  # noqa: E402

# ------------------------------------------------------------------ the two months (this process only)
WIN_LO = datetime(2022, 8, 1, 6, 0, tzinfo=timezone.utc)
WIN_HI = datetime(2022, 9, 30, 20, 0, tzinfo=timezone.utc)

cs.GAPS.update({"rem": (5, 11), "acc": (0, 0), "end": (1, 8), "msg": (2, 12), "inm": (3, 12), "inv": (20, 30)})


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


# ------------------------------------------------------------------ a Burgundy estate (this process only)
RHEADLINE = "Vigneron et propriétaire – Domaine Morgan, Savigny-lès-Beaune | Côte de Beaune, vins en bio"
SKILLS = {
    "fr": ["Viticulture", "Œnologie", "Vinification", "Vente de vins", "Export", "Viticulture biologique"],
    "en": ["Viticulture", "Winemaking", "Wine Sales", "Export", "Organic Farming", "Wine Tasting"],
    "de": ["Weinbau", "Önologie", "Weinverkauf", "Export", "Ökologischer Weinbau"],
    "es": ["Viticultura", "Enología", "Venta de vinos", "Exportación", "Viticultura ecológica"],
    "it": ["Viticoltura", "Enologia", "Vendita vini", "Export", "Viticoltura biologica"],
}
for _l in mc.L:
    mc.L[_l]["skills"] = SKILLS[_l]
    mc.L[_l]["rheadline"] = RHEADLINE

mc.LANGS[:] = ["fr", "en", "de", "fr", "it"]
mc.SPOOF_METHODS[:] = ["lookalike:linkedln.com", "display:gmail.com", "dkimfail", "lookalike:xn--lnkedin-rfb.com", "untrusted:mx.example.org",
                      "nodkim", "buried", "display:outlook.com", "wrongpass", "noauth"]
mc.CITY["fr"] = ["Beaune", "Dijon", "Mâcon", "Chablis", "Lyon", "Paris"]
mc.JOBS[:] = [("Chef de culture (H/F)", "Domaine des Perrières"), ("Export Manager – Fine Wine", "Hollis & Shaw Wine Merchants"),
              ("Kellermeister/in (m/w/d)", "Weingut Albrecht"), ("Responsabile commerciale Francia", "Cantina Valtorre"),
              ("Técnico/a de viñedo", "Bodegas Lasierra"), ("Maître de chai (H/F)", "Maison Corbet Frères")]
mc.COMPANIES["good"] = ["BIVB", "Lycée viticole de Beaune", "Hollis & Shaw Wine Merchants", "Domaine des Perrières", "Weinhaus Keller Zürich",
                        "Osteria del Borgo", "Cave du Marché", "Université de Bourgogne"]
mc.COMPANIES["sales"] = ["Étiquettes Côte-d'Or", "CorkPro Closures", "VitiTrace", "VinoGrowth Digital", "Verallia Direct Partners",
                         "Concours Mondial des Terroirs", "CaveSoft"]
mc.HEADLINES["good"] = ["Vigneronne chez {co}", "Wine buyer | {co}", "Sommelier at {co}", "Chef de culture chez {co}",
                        "Enseignant en viticulture | {co}", "Caviste | {co}"]
mc.HEADLINES["sales"] = ["Account Manager Wineries | {co}", "Business Developer at {co}", "Founder & CEO | {co}",
                         "J'aide les domaines à vendre en direct | {co}", "Key Account Vins | {co}"]
SPOOF_PITCH = {
    "en": ["Hi {first}, your wine has been awarded a Gold Medal. Log in to confirm your entry and order your medal stickers today.",
           "Hi {first}, I sent you our purchase order for 600 bottles. Sign in to view the attached PO and the payment details."],
    "de": ["Hallo {first}, Ihr Wein hat Gold gewonnen! Bitte melden Sie sich an, um die Urkunde und die Medaillen-Aufkleber zu bestellen.",
           "Guten Tag {first}, anbei unsere Bestellung über 50 Kartons. Bitte hier anmelden, um das Dokument zu öffnen."],
    "fr": ["Bonjour {first}, votre cuvée a obtenu une médaille d'or. Connectez-vous pour valider et commander vos macarons.",
           "Bonjour {first}, je vous ai transmis notre bon de commande pour 40 cartons. Connectez-vous pour l'ouvrir."],
    "es": ["Hola {first}, tu vino ha ganado una medalla de oro. Inicia sesión para confirmar y pedir las etiquetas adhesivas.",
           "Hola {first}, te he enviado nuestro pedido de 300 botellas. Inicia sesión para ver el documento."],
    "it": ["Ciao {first}, il tuo vino ha vinto una medaglia d'oro. Accedi per confermare e ordinare i bollini.",
           "Buongiorno {first}, le ho inviato l'ordine per 60 casse. Acceda per visualizzare il documento."],
}
for _l, _n in SPOOF_PITCH.items():
    mc.BANKS[_l]["sales"] = list(_n)
    mc.BANKS[_l]["pitch"] = list(_n)
retitle_other({
    "en": dict(job=("{n} new jobs for \"vineyard manager\"", "Your job alert for vineyard manager in {city}"),
               news="Heatwave harvest: how early is too early to pick?", group="Top conversations in Burgundy Wine Professionals",
               newsletter="Cellar Notes: what the 2022 heat did to acidity"),
    "de": dict(job=("{n} neue Jobs für „Weinbau“", "Ihr Jobalarm für Weinbau in {city}"),
               news="Hitzesommer 2022: Die früheste Lese seit Jahrzehnten", group="Top-Unterhaltungen in Weinbau & Kellerwirtschaft",
               newsletter="Weinwirtschaft kompakt: Glaspreise und Lieferengpässe"),
    "fr": dict(job=("{n} nouvelles offres pour « chef de culture »", "Votre alerte emploi pour chef de culture à {city}"),
               news="Vendanges 2022 : les plus précoces jamais vues en Bourgogne ?", group="Meilleures discussions dans Vignerons de Bourgogne",
               newsletter="La lettre du chai : le prix du verre s'envole"),
    "es": dict(job=("{n} empleos nuevos de «enólogo»", "Tu alerta de empleo de enólogo en {city}"),
               news="Vendimia 2022: la sequía adelanta la cosecha", group="Conversaciones destacadas en Profesionales del Vino",
               newsletter="Cuaderno de bodega: el vidrio sube un 30 %"),
    "it": dict(job=("{n} nuove offerte per «enologo»", "Il tuo avviso di lavoro per enologo a {city}"),
               news="Vendemmia 2022: la siccità anticipa tutto", group="Conversazioni principali in Professionisti del Vino",
               newsletter="Il quaderno di cantina: vetro e tappi alle stelle"),
})

PEOPLE: list[tuple] = []
P = adder(PEOPLE)


# =============================================================== good_invitation
P("good_invitation", "fr", "Camille Delorme", "Sommelière | Le Cep d'Or, Lyon", "Lyon",
  ("inv", "Bonjour Alex, je refais la carte des blancs pour l'automne et un confrère m'a parlé de votre Savigny blanc. Pourriez-vous m'envoyer vos tarifs CHR "
          "et, si possible, une bouteille à goûter ? On part sur 60 à 120 cols par référence."),
  ("rem",))
P("good_invitation", "en", "Thomas Whitaker", "Burgundy buyer | Hollis & Shaw Wine Merchants", "Bristol",
  ("inv", "Hi Alex, I buy Burgundy for an independent merchant in Bristol (14 shops plus a few restaurant accounts). Tasted your 2020 Pernand at the Beaune fair "
          "in spring and it stuck with me. Could you share your ex-cellar list and what allocation might be possible from 2021?"))
P("good_invitation", "de", "Katrin Oberholzer", "Einkauf & Sortiment | Weinhaus Keller, Zürich", "Zürich",
  ("inv", "Grüezi Herr Morgan, wir sind ein kleiner Weinimport in Zürich und suchen für den Herbst einen Savigny oder Beaune rot. Könnten Sie uns die Preisliste "
          "ab Hof und zwei Musterflaschen schicken? Den Versand übernehmen natürlich wir."),
  ("rem",))
P("good_invitation", "fr", "Iker Sarasola", "Vendimiador y tractorista | Temporero", "Pamplona",
  ("inv", "Bonjour Alex! Soy Iker, de Navarra. He hecho cuatro vendimias en Rioja y una en Chablis el año pasado. Busco sitio para esta vendimia en la Côte de Beaune, "
          "tengo coche y alojamiento. ¿Necesitáis cortadores o porteadores? Hablo un poco de francés."), nl="es")
P("good_invitation", "it", "Martina Zanella", "Studentessa Viticoltura ed Enologia | Università di Padova, Conegliano", "Conegliano",
  ("inv", "Buongiorno, sono al terzo anno di Enologia a Conegliano e cerco uno stage per la vendemmia in Borgogna (da fine agosto). La mia tesi è sulla fermentazione "
          "a grappolo intero. Lavoro volentieri in vigna e in cantina. Posso mandarle il CV?"),
  ("rem",))
P("good_invitation", "fr", "Régis Mongeard", "Vigneron | Domaine Mongeard-Lhuillier, Chorey-lès-Beaune", "Chorey-lès-Beaune",
  ("inv", "Salut Alex, on est voisins aux Grands Liards. Avec cette chaleur on hésite à avancer la ramasse des blancs. Tu mesures l'acidité tous les combien ? "
          "Je peux t'envoyer mes relevés de maturité de la semaine si ça t'intéresse."))
P("good_invitation", "en", "Harriet Kaye", "Wine educator | Côte de Beaune trade tastings", "Beaune",
  ("inv", "Hi Alex, I'm pulling together the free grower tasting for UK and US buyers who are in Beaune during harvest week (24 Sept). Tables, glasses and spittoons "
          "are on us, nothing to pay. Would you like to pour?"))
P("good_invitation", "it", "Lorenzo Bassi", "Responsabile acquisti vini | Gruppo Navigli Ristorazione", "Milano",
  ("inv", "Buongiorno Alex, scelgo i vini per i nostri quattro ristoranti a Milano e cerco un Borgogna rosso da servire al calice quest'inverno. "
          "Mi manda listino e condizioni per l'Italia? Se preferisce passare da un importatore, ne abbiamo uno a Verona."),
  ("rem",))


# =============================================================== default_invitation
P("default_invitation", "fr", "Jean-Marc Poulain", "Commercial | Tonnellerie", "Nuits-Saint-Georges", ("inv", DEFAULT), ("rem",))
P("default_invitation", "en", "Brandon Lutz", "Wine lover | Sales professional", "Denver", ("inv", NONOTE))
P("default_invitation", "de", "Uwe Brandstetter", "Vertriebsleiter | Weinhandel", "Mainz", ("inv", DEFAULT))
P("default_invitation", "es", "Nuria Castells", "Comercial | Distribución de vinos", "Girona", ("inv", DEFAULT), ("rem",))


# =============================================================== sales_invitation
P("sales_invitation", "fr", "Sébastien Gautheron", "Chargé d'affaires | Étiquettes Côte-d'Or", "Dijon",
  ("inv", "Bonjour Alex, nous imprimons les étiquettes de plus de 200 domaines en Côte-d'Or : dorure à chaud, gaufrage, papiers texturés. Je passe à Savigny jeudi, "
          "puis-je vous laisser un devis et des échantillons pour le millésime 2022 ?"))
P("sales_invitation", "en", "Ryan Caldwell", "Partner | VinoGrowth Digital – DTC for wineries", "Austin",
  ("inv", "Hey Alex, most Burgundy estates leave serious money on the table with direct sales. We build wine clubs and online shops that hit 30% of revenue "
          "within a year. Worth 20 minutes next week to see how?"))
P("sales_invitation", "it", "Davide Coletti", "Agente per la Francia | Sugherificio Gallurese", "Tempio Pausania",
  ("inv", "Salve Alex, seguo la Francia per un sugherificio sardo: tappi monopezzo e tecnici, TCA non rilevabile garantito. Le mando il listino 2022 e qualche "
          "campione da provare in imbottigliamento?"))
P("sales_invitation", "de", "Jens Wollmann", "Business Development | Internationaler Weinpreis Rheinhessen", "Mainz",
  ("inv", "Hallo Alex, für den Internationalen Weinpreis 2022 nehmen wir noch bis 15.9. Anmeldungen an. Startgebühr 165 € je Wein, Medaillen-Aufkleber "
          "zum Vorzugspreis. Darf ich Ihnen die Unterlagen schicken?"),
  ("rem",))
P("sales_invitation", "fr", "Aurélie Fourneret", "Directrice commerciale | Vinivisit – réservation de dégustations", "Bordeaux",
  ("inv", "Bonjour Alex ! Notre plateforme de réservation amène 3 000 visiteurs par mois dans les caves de Bourgogne, pour 15 % de commission seulement. "
          "Je vous montre ça en visio cette semaine ?"))
P("sales_invitation", "es", "Álvaro Peñalver", "Key Account Francia | Vidrios del Sur", "Jaén",
  ("inv", "Hola Alex, represento a una vidriera andaluza con botella borgoñona ligera de 420 g y plazos cortos. Con lo que ha subido el vidrio este año, "
          "¿te preparo una cotización para 20.000 unidades?"))


# =============================================================== bait_and_switch_invitation
P("bait_and_switch_invitation", "fr", "Grégoire Vachet", "Fondateur | Cercle des vignerons de la Côte", "Beaune",
  ("inv", "Bonjour Alex, on monte un petit cercle de vignerons de la Côte pour parler taille, traitements et main-d'œuvre, entre nous, sans négociant ni vendeur. "
          "Première soirée début septembre à Savigny. Tu en es ?"),
  ("msg", "Merci d'avoir accepté ! Avant la soirée je voulais te présenter VitiTrace, notre logiciel de traçabilité à la parcelle : 49 € par mois et par hectare, "
          "registre phyto et déclarations de récolte compris. Je te fais une démo de 30 minutes ?", (2, 6)),
  ("msg", "Alex, petit rappel : l'offre de lancement (-30 % la première année) se termine vendredi. Je t'envoie le bon de commande ?", (4, 9)))
P("bait_and_switch_invitation", "en", "Philippa Rowe", "Founder | Small Producers Export Circle", "London",
  ("inv", "Hi Alex, I run a free peer group for small estates exporting to the UK since Brexit: we swap paperwork templates, customs contacts and honest importer "
          "feedback. It would be good to have a Burgundy grower in it."),
  ("msg", "Welcome aboard! One thing while I have you: my consultancy handles full UK onboarding for estates (labels, duty representative, importer matchmaking) "
          "from £2,900. For your volumes I'd go for the Silver package. Shall I send the engagement letter?", (3, 8)))
P("bait_and_switch_invitation", "de", "Florian Meißner", "Agrarmeteorologe | WetterWein", "Freiburg im Breisgau",
  ("inv", "Hallo Alex, ich verschicke in einer kleinen Gruppe jeden Morgen Hagel- und Peronospora-Warnungen für die Côte d'Or, aus unserem eigenen Stationsnetz "
          "und kostenlos. Wenn Sie möchten, nehme ich Sie dazu."),
  ("msg", "Danke fürs Annehmen! Die Gratis-Warnungen laufen Ende August aus. Für die Lese empfehle ich unser Pro-Abo mit parzellengenauer Prognose, "
          "890 € pro Saison. Soll ich es für Sie freischalten?", (4, 10)),
  ("msg", "Hallo Alex, kurze Nachfrage zum Pro-Abo: Bis Sonntag gibt's noch 10 % Rabatt für Winzer aus der Gruppe. Rechnung an die Domaine?", (3, 8)))
P("bait_and_switch_invitation", "it", "Federica Lombardi", "Coordinatrice panel | Concorso Internazionale Vini d'Eccellenza", "Verona",
  ("inv", "Gentile Alex, il nostro panel ha assaggiato alla cieca il suo Savigny 2019 in una degustazione di studio e ci ha colpito molto. "
          "Mi farebbe piacere restare in contatto e girarle le note dei degustatori."),
  ("msg", "Come promesso: 91/100 dal panel! Per ricevere la medaglia d'oro e i bollini ufficiali serve l'iscrizione al concorso, 290 € a etichetta più 0,04 € "
          "a bollino. Le mando il modulo?", (3, 9)))


# =============================================================== bait_and_switch_inmail
P("bait_and_switch_inmail", "fr", "Hélène Ravier", "Journaliste indépendante | vins & terroirs", "Paris",
  ("inm", "Portrait pour un guide des jeunes domaines", "Bonjour Alex, je prépare un guide des jeunes domaines de la Côte de Beaune et j'aimerais vous consacrer "
          "une page. Pourriez-vous m'envoyer quelques lignes sur votre parcours, vos parcelles et vos cuvées ? Merci d'avance."),
  ("inm", "Votre page est prête", "Merci pour vos réponses, le texte est bouclé ! La page portrait est proposée aux domaines à 1 450 € HT (photo pro incluse), "
          "ou 790 € la demi-page. Je vous envoie le bon de parution pour qu'on tienne le délai d'impression ?"))
P("bait_and_switch_inmail", "en", "Marcus Delaney", "Analyst | Fine wine secondary markets", "Hong Kong",
  ("inm", "Quick question about your back vintages", "Hi Alex, I'm putting together a report on secondary-market prices for small Côte de Beaune producers. "
          "Do you ever release older vintages from the cellar, and roughly in what volumes? Any pointers appreciated."),
  ("inm", "Your estate and our investors", "Thanks, that was really helpful. Our platform lists estates like yours to private collectors in Asia - onboarding "
          "is €3,500 plus 8% of sales. Can we book a call this week so we can have you live before the Christmas season?"))
P("bait_and_switch_inmail", "es", "Cristina Albarrán", "Coordinadora | Red de mentoría entre bodegas familiares", "Logroño",
  ("inm", "Mentoría entre bodegas familiares", "Hola Alex, desde una red de bodegas familiares buscamos productores franceses que quieran compartir su experiencia "
          "con enólogos jóvenes de La Rioja. Serían dos videollamadas en otoño, sin coste. ¿Te animas?"),
  ("inm", "Siguiente paso para entrar en la red", "¡Gracias por decir que sí! Para darte de alta como bodega mentora, la cuota de la plataforma es de 480 € "
          "al año e incluye visibilidad ante nuestros distribuidores. ¿Te paso el enlace de pago?"))


# =============================================================== endorse_me_back
P("endorse_me_back", "fr", "Baptiste Chauvenet", "Caviste | La Cave du Marché, Dijon", "Dijon",
  ("end",), ("end",),
  ("msg", "Salut Alex, je t'ai recommandé en {skill}, ça me semblait évident 😉 Tu pourrais me rendre la pareille sur Conseil client et Dégustation ? "
          "Je refais mon profil, je cherche un poste de chef de rayon vins."))
P("endorse_me_back", "en", "Sophie Lindqvist", "Freelance wine marketing | Copy & brand for small estates", "Copenhagen",
  ("end",),
  ("msg", "Hi Alex! I endorsed you for {skill} the other day. Would you mind returning the favour for Brand Strategy and Copywriting? "
          "Trying to get those numbers up before I pitch a few estates this autumn. Cheers!"))
P("endorse_me_back", "de", "Tobias Kreutzer", "Sommelier | Weinbar Kreutzer, Wien", "Wien",
  ("end",), ("end",),
  ("msg", "Servus Alex, hab Dich für {skill} bestätigt, passt ja wie die Faust aufs Auge. Magst Du mich im Gegenzug für Weinverkauf und Sommellerie bestätigen? "
          "Dank Dir!"))


# =============================================================== hostility_after_decline
P("hostility_after_decline", "fr", "Didier Vasseur", "Courtier en vins | Place de Beaune", "Beaune",
  ("inv", "Bonjour Alex, courtier sur la place de Beaune depuis vingt-cinq ans, je place des lots de vrac chez les négociants. Si vous avez du rouge 2021 "
          "à vendre, je suis preneur. Un coup de fil ?"),
  ("rem",),
  ("inm", "Sans réponse", "Trois semaines sans un mot. Dans la Côte, Monsieur, on se salue. Vous verrez le jour où la récolte sera petite qu'on a besoin des "
          "courtiers. D'ici là, bonne chance avec votre suffisance."))
P("hostility_after_decline", "en", "Kevin Marsh", "Founder | WineLeads – buyers for your cellar", "Manchester",
  ("inv", "Alex - we put small estates in front of 400+ UK trade buyers through targeted email campaigns. Typical client adds 15 accounts in a quarter. "
          "Open to a quick chat?"),
  ("inm", "Seriously?", "Guess you're too busy to answer a simple message. Funny, because that's exactly why small domaines never grow. "
          "Enjoy staying invisible, mate."))
P("hostility_after_decline", "it", "Gianluca Ferretti", "Titolare | Ferretti Vini Distribuzione", "Modena",
  ("inv", DEFAULT),
  ("rem",),
  ("inm", "Complimenti per la cortesia", "Le ho chiesto il collegamento e nemmeno una risposta. Voi francesi vi sentite superiori a tutti. Peccato, "
          "volevo solo parlarle di distribuzione in Emilia. Che maleducazione."))


# =============================================================== hostility_connection
P("hostility_connection", "en", "Richard Hale", "Managing Director | Hale & Byrne Fine Wines", "London",
  ("acc",),
  ("msg", "Good to be connected, Alex. As I said at the tasting, we'd like to take on your range for the UK and Ireland on an exclusive basis: three years, "
          "minimum 1,200 cases a year, our pricing grid. I've sent the draft by email. I'd like an answer by Friday."),
  ("msg", "Frankly, Alex, turning down exclusivity from a house like ours is amateurish. You'll come back in two years when your 'selected partners' have "
          "let you down, and the terms won't be the same. I expected more professionalism from a grower with your reputation.", (5, 10)))
P("hostility_connection", "fr", "Patrice Lambertin", "Directeur commercial | Lambertin Distribution Vins & Spiritueux", "Reims",
  ("msg", "Bonjour Alex, suite à notre échange au salon : nous aimerions reprendre vos vins en exclusivité pour la Belgique et le Luxembourg, avec un premier "
          "engagement de 300 caisses. Je vous fais parvenir la proposition ?"),
  ("msg", "Franchement Alex, refuser l'exclusivité Benelux après tout le temps que je vous ai consacré, c'est d'un manque de savoir-vivre rare. "
          "On se souviendra de votre domaine chez nos clients, croyez-moi.", (6, 12)))


# =============================================================== connection_only_pitches
P("connection_only_pitches", "fr", "Lucie Perrault", "Fondatrice | Grappe & Pixel – contenus pour domaines viticoles", "Mâcon",
  ("msg", "Coucou Alex ! Les vendanges arrivent, c'est LE moment pour vos réseaux. On propose un pack reportage photo + 12 posts Instagram pour 1 200 € HT. "
          "Je te bloque une date ?"),
  ("msg", "Re ! Il me reste deux créneaux de tournage pendant les vendanges. Après ce sera trop tard pour les images de cueillette. On cale ça ?"))
P("connection_only_pitches", "en", "Dan Fowler", "Regional Sales | CorkPro Closures", "Porto",
  ("msg", "Hi Alex, hope harvest prep is going well. We've just released a natural cork with individual TCA screening, guaranteed below detection. "
          "Happy to send pricing for 30k units ahead of next year's bottling."),
  ("msg", "Alex, cork prices go up 8% on 1 October. If you lock in your volume now I can hold 2022 pricing. Want me to draw up an order?"),
  ("msg", "Last nudge on the cork pricing - the hold expires Friday. Just reply 'yes' and I'll send the paperwork."))
P("connection_only_pitches", "de", "Sabine Hückel", "Vertrieb | Holzkisten Hückel – Weinkisten mit Brandzeichen", "Bad Dürkheim",
  ("msg", "Guten Tag Herr Morgan, für Ihre Lagenweine bieten wir Holzkisten für 3 oder 6 Flaschen mit eingebranntem Logo an, ab 250 Stück. "
          "Darf ich Ihnen ein Angebot machen?"),
  ("msg", "Hallo Alex, noch einmal wegen der Holzkisten: Für das Weihnachtsgeschäft müssten wir bis Mitte September bestellen. Soll ich das Angebot fertig machen?"))
P("connection_only_pitches", "es", "Jorge Villalba", "Director comercial | AgroDron Tratamientos", "Albacete",
  ("msg", "Hola Alex, ¿has pensado en tratar con dron las parcelas en pendiente? Con el mildiu de este año nuestros clientes han ahorrado un 40 % de producto. "
          "Te hago un presupuesto por hectárea."),
  ("msg", "Alex, buenas. Estamos cerrando el calendario de primavera 2023 en Borgoña. Si reservas ahora te aplico precio de 2022. ¿Te mando el contrato?"))


# =============================================================== single_pitch
P("single_pitch", "it", "Paolo Rinaldi", "Agente | Tonneleria Rinaldi – barrique e tonneaux", "Asti",
  ("msg", "Ciao Alex, ti scrivo perché abbiamo ancora qualche barrique di rovere di Allier a grana fine, tostatura media, pronta per la vendemmia. "
          "Ti faccio un prezzo se ne prendi almeno dieci."))
P("single_pitch", "fr", "Nathalie Berthier", "Conseillère agricole | Assurance récolte", "Chalon-sur-Saône",
  ("msg", "Bonjour Alex, après la grêle de juin sur la Côte, beaucoup de domaines revoient leur assurance récolte. Je vous propose un rendez-vous de 30 minutes "
          "pour comparer votre contrat actuel avec notre offre multirisque climatique."))
P("single_pitch", "en", "Owen Price", "Co-founder | ClubCellar – wine club software", "Cardiff",
  ("msg", "Alex! Saw you post about your mailing-list allocation. ClubCellar automates allocations, payments and shipping in one place. "
          "14-day free trial, then from £79 a month. Fancy a walkthrough?"))
P("single_pitch", "de", "Carsten Vogt", "Ausstellerbetreuung | WeinMesse Süd", "Stuttgart",
  ("msg", "Hallo Alex, für die WeinMesse Süd im März sind noch Gemeinschaftsstände für Burgund frei: 4 m², 1.850 € zzgl. MwSt., Gläser inklusive. "
          "Soll ich Ihnen einen Platz reservieren?"))


# =============================================================== connection_brings_value
P("connection_brings_value", "fr", "Bernard Lavigne", "Vigneron retraité | ancien président du syndicat viticole de Savigny", "Savigny-lès-Beaune",
  ("msg", "Alex, d'après la station de Bouilland, il y a un risque de mildiou sérieux après les orages de ce soir. Si tu n'as pas couvert depuis la pluie "
          "de mardi, je renouvellerais avant jeudi. Bon courage."),
  ("msg", "Météo-France annonce de la grêle possible samedi sur le haut de la côte. Mes filets sont libres si tu veux en poser sur tes jeunes vignes, "
          "passe les prendre à la maison."))
P("connection_brings_value", "fr", "Claire Bouvet", "Vigneronne | Domaine Bouvet-Pillot, Pernand-Vergelesses", "Pernand-Vergelesses",
  ("end",),
  ("msg", "Coucou Alex, on a fini les blancs hier. Il nous reste 80 caisses de vendange propres et une équipe de six coupeurs dispo à partir de mardi : "
          "si ça peut te dépanner, dis-moi, ils sont sérieux."))
P("connection_brings_value", "en", "Megan O'Neill", "Owner | The Corkscrew, Dublin", "Dublin",
  ("msg", "Hi Alex, the 2020 Savigny sold out in five weeks - customers keep asking. Could we have another 10 cases before Christmas, same terms? "
          "And shout when the 2021 is ready, we'd like to be first in line."))
P("connection_brings_value", "de", "Martin Steinhauser", "Winzer | Weingut Steinhauser, Pfalz", "Deidesheim",
  ("msg", "Hallo Alex, wie versprochen: unsere Versuchsergebnisse mit reduziertem Kupfer plus Fenchelöl gegen Peronospora, drei Jahre, zwei Lagen. "
          "Die Tabelle hängt im Link, gern weitergeben. Wenn Du Fragen hast, ruf an."),
  ("msg", "Kleiner Nachtrag: Der Versuch 2022 ist ausgewertet, trotz der Hitze kaum Befall. Ich hab die Zahlen in dieselbe Datei gepackt."))
P("connection_brings_value", "es", "Elena Garrido", "Enóloga | Bodega en Ribera del Duero", "Aranda de Duero",
  ("msg", "Hola Alex, te paso el protocolo de pie de cuba con levadura autóctona que comentamos en Burdeos. Este año, con mostos tan ricos en azúcar, "
          "nos ha evitado dos paradas de fermentación. Si lo pruebas, cuéntame."))
P("connection_brings_value", "it", "Stefano Brunelli", "Ristoratore | Osteria del Borgo, Alba", "Alba",
  ("msg", "Ciao Alex, ho assaggiato il vostro Savigny da un amico a Torino e lo vorrei in carta. Mi mandi listino e condizioni di spedizione in Italia? "
          "Pensavo a 36 bottiglie per cominciare."),
  ("msg", "Perfetto, confermo 36 bottiglie del rosso e 12 del bianco. Ti mando i dati per la fattura via mail. Grazie mille!"))


# =============================================================== stranger_inmail_recruiter (buyers and a real role)
P("stranger_inmail_recruiter", "en", "Jennifer Cho", "Wine Director | Harbor Restaurant Group", "New York",
  ("inm", "Burgundy for our by-the-glass list", "Hi Alex, I run wine for six restaurants in Manhattan and Brooklyn. A somm on my team came back from Beaune raving "
          "about your Savigny. Do you have a US importer, and if not, would you consider one for an allocation of 50-100 cases? Would love to taste samples."))
P("stranger_inmail_recruiter", "fr", "Marc-Antoine Giraud", "Associé | Giraud & Associés – recrutement vins et spiritueux", "Dijon",
  ("inm", "Mandat d'administrateur – maison de négoce", "Bonjour Alex, je mène pour une maison de négoce beaunoise la recherche d'un administrateur indépendant, "
          "vigneron en activité, pour son conseil (quatre séances par an, rémunérées). Votre profil correspond. Seriez-vous ouvert à un échange confidentiel ?"))
P("stranger_inmail_recruiter", "de", "Andrea Bischof", "Einkauf Wein & Getränke | Alpenrose Hotels, Tirol", "Innsbruck",
  ("inm", "Anfrage Burgunder für unsere Hotels", "Sehr geehrter Herr Morgan, wir stellen für die Wintersaison die Weinkarte unserer drei Hotels neu auf. "
          "Könnten Sie uns Preise für Gastronomie und Lieferbedingungen nach Österreich nennen? Über zwei Probeflaschen würden wir uns freuen."))


# =============================================================== stranger_inmail_sales
P("stranger_inmail_sales", "fr", "Yannick Morel", "Chargé d'affaires viticulture | Banque", "Dijon",
  ("inm", "Financer vos stocks de vin", "Bonjour Alex, avec l'allongement des élevages, le financement des stocks pèse sur la trésorerie. Nous proposons un "
          "crédit de campagne adossé au vin en cave, à taux fixe. Je peux passer au domaine la semaine prochaine ?"))
P("stranger_inmail_sales", "en", "Priya Nair", "SEO Lead | RankVine – search for wineries", "Bengaluru",
  ("inm", "Domaine Morgan on Google page 3?", "Hello Alex, I noticed your estate's website doesn't rank for 'Savigny-lès-Beaune wine'. We can bring you to page 1 "
          "in 90 days, guaranteed. Packages from $499/month. Shall I send an audit?"),
  ("inm", "Following up - free audit", "Hi again Alex, just bumping this up. The free SEO audit offer is valid until the end of the month. Reply 'audit' and I'll get started."))
P("stranger_inmail_sales", "it", "Roberta Salvi", "Responsabile iscrizioni | Wine Awards Milano", "Milano",
  ("inm", "Iscriva i suoi vini ai Wine Awards 2022", "Gentile Alex, le iscrizioni ai Wine Awards Milano chiudono il 20 settembre. Quota 210 € a campione, "
          "medaglie e bollini disponibili a prezzo riservato per i premiati. Le invio il regolamento?"))
P("stranger_inmail_sales", "de", "Holger Brandt", "Partnermanagement | Vinado Marketplace", "Berlin",
  ("inm", "Ihre Weine auf Vinado", "Hallo Herr Morgan, über Vinado erreichen Winzer über 200.000 Weinkäufer in Deutschland. Listung kostenlos, 22 % Provision. "
          "Wollen wir kurz telefonieren?"))


# =============================================================== good_turns_ugly
P("good_turns_ugly", "fr", "Antoine Guyard", "Œnologue conseil | Laboratoire indépendant", "Beaune",
  ("inv", "Bonjour Alex, je suis œnologue à Beaune et je partage gratuitement avec les domaines voisins mes courbes de maturité 2022 (sucres, acidité, pH) "
          "sur Savigny et Pernand. Si ça peut vous aider à caler la date de vendange, je vous les envoie."),
  ("msg", "Voilà les courbes de la semaine, parcelle par parcelle. Les blancs décrochent en acidité plus vite qu'en 2020, à surveiller."),
  ("msg", "Alex, maintenant que vous voyez l'intérêt du suivi, je vous propose mon forfait conseil vinification 2022 : 1 800 € HT la saison, analyses comprises. "
          "On signe avant le début des vendanges ?"))
P("good_turns_ugly", "en", "Laura Bennett", "Wine writer | The Vintage Desk newsletter", "Edinburgh",
  ("inv", "Hi Alex, I'm writing a free newsletter piece on how small Burgundy estates are coping with the 2022 heat and would love to quote a grower. "
          "Five questions by email, and you see the draft before it goes out."),
  ("msg", "Here's the draft with your quotes, and the link to the published piece. Thanks so much, readers loved the part about night picking."),
  ("end",),
  ("msg", "Hey Alex, I endorsed you for {skill}. Could you endorse me for Wine Writing and Content Strategy? It would really help with a few pitches."))
P("good_turns_ugly", "es", "Javier Montoro", "Consultor de exportación | América Latina", "Madrid",
  ("inv", "Hola Alex, el martes doy un webinar gratuito sobre cómo exportar vino a México: etiquetado, COFEPRIS, aranceles. Sin venta, solo información práctica. "
          "Si te interesa, te mando el enlace."),
  ("msg", "Gracias por conectarte al webinar. Aquí tienes la grabación y la guía de etiquetado en PDF."),
  ("msg", "Alex, en noviembre organizamos una misión comercial a Ciudad de México con 25 importadores. La plaza cuesta 3.200 € + IVA. "
          "Quedan tres. ¿Te reservo una?"))


# =============================================================== reinvite_known_bad
P("reinvite_known_bad", "en", "Gary Whitfield", "Founder | ChainCask – blockchain provenance for fine wine", "Singapore",
  ("inm", "Tokenise your 2022 vintage", "Hi Alex, we help estates issue NFTs tied to physical bottles, so collectors pre-buy your vintage on-chain. "
          "Zero upfront cost, 12% platform fee. Can I show you a 10-minute demo?"),
  ("inv", "Hi Alex, great to see the harvest photos on your feed. Would be nice to stay in touch."))
P("reinvite_known_bad", "fr", "Sandrine Coquard", "Responsable grands comptes | Caisses & Cartons Bourguignons", "Chagny",
  ("inv", DEFAULT),
  ("inv", "Bonjour Alex, nous nous sommes croisés au Clos de Vougeot en juin. Ravie de rester en contact."))


# =============================================================== reinvite_known_ugly
P("reinvite_known_ugly", "de", "Dieter Rauschenbach", "Geschäftsführer | SinoWein Export", "Frankfurt am Main",
  ("inv", "Hallo Alex, wir verkaufen Burgunder an Händler in Shanghai und Shenzhen. Ihr Domaine passt perfekt. Kurzes Gespräch über unsere Konditionen?"),
  ("inm", "Keine Antwort?", "Hallo Alex, anscheinend ist Ihnen der chinesische Markt zu gering. Typisch Burgund: arrogant, bis die Preise fallen. "
          "Dann brauchen Sie nicht mehr bei mir anzuklopfen."),
  ("inv", "Hallo Alex, neue Saison, neuer Anlauf - vernetzen wir uns?"))
P("reinvite_known_ugly", "it", "Massimo Pellegrini", "Event manager | Degustazioni Borgogna in Italia", "Verona",
  ("inm", "Serata Borgogna a Verona", "Ciao Alex, organizziamo a ottobre una serata di degustazione dedicata ai piccoli produttori di Borgogna, per appassionati "
          "e ristoratori veronesi. Ci piacerebbe avere i tuoi vini. Ti va?"),
  ("inm", "Dettagli per la serata", "Ottimo! Per confermare il banco serve la quota espositore di 650 € più 24 bottiglie per la degustazione. "
          "Ti mando l'IBAN per il bonifico?"),
  ("inv", "Ciao Alex, restiamo in contatto?"))


# =============================================================== user_invited_pitch_once
P("user_invited_pitch_once", "fr", "Olivier Ranc", "Gérant | Mise en bouteille mobile Ranc", "Mercurey",
  ("acc",),
  ("msg", "Merci pour l'ajout Alex ! Du coup je me permets : notre camion d'embouteillage passe sur la Côte en mars, 0,28 € le col tout compris. "
          "Je vous note sur la tournée ?"))
P("user_invited_pitch_once", "en", "Hannah Greer", "Director | Greer PR – drinks communications", "London",
  ("acc",),
  ("msg", "Thanks for the invite, Alex, lovely to meet you at the tasting. If you're thinking about UK press for the 2021s, we run three-month campaigns for "
          "small estates from £4,500. Happy to send our credentials."))
P("user_invited_pitch_once", "it", "Chiara Vitale", "Consulente certificazioni | Bio & Qualità", "Firenze",
  ("acc",),
  ("msg", "Grazie per il collegamento! Visto che state passando al biologico, posso seguirvi io per tutta la pratica di certificazione e la conversione: "
          "pacchetto completo 2.400 €. Ne parliamo?"))


# =============================================================== user_invited_pitch_twice
P("user_invited_pitch_twice", "fr", "Fabien Morin", "Commercial | CaveSoft – gestion de cave et facturation", "Dijon",
  ("acc",),
  ("msg", "Merci pour l'invitation Alex. CaveSoft gère stocks, DRM, facturation export et boutique en ligne dans un seul outil. Je vous fais une démo avant les vendanges ?"),
  ("msg", "Bonjour Alex, je relance pour CaveSoft : on offre l'installation aux domaines qui signent en septembre. Un créneau mardi ou mercredi ?"))
P("user_invited_pitch_twice", "de", "Stefan Albers", "Exportberater China & Südostasien", "Hamburg",
  ("acc",),
  ("msg", "Danke für die Einladung, Alex. Ich begleite Weingüter beim Markteintritt in China: Importeurssuche, Registrierung, Messen. Pauschale 6.000 € "
          "für die erste Phase. Wann passt ein Telefonat?"),
  ("msg", "Hallo Alex, ich melde mich nochmal wegen China: Im Oktober nehme ich drei Weingüter mit zur Messe in Chengdu. Soll ich Sie vormerken?"))
P("user_invited_pitch_twice", "es", "Marta Quintana", "Comercial Francia | Tonelería Quintana", "Logroño",
  ("acc",),
  ("msg", "¡Gracias por aceptar, Alex! Te cuento: tenemos barricas de roble francés con tostado a medida, hechas en La Rioja, un 20 % por debajo de "
          "los toneleros de Borgoña. ¿Te envío tarifa?"),
  ("msg", "Alex, ¿pudiste mirar la tarifa? Si cierras pedido antes de vendimia te regalamos el transporte. Dime algo."))


# =============================================================== user_invited_value
P("user_invited_value", "fr", "Isabelle Naudin", "Vigneronne | Domaine Naudin, Ladoix", "Ladoix-Serrigny",
  ("acc",),
  ("msg", "Merci Alex ! Comme promis, voici la liste des vendangeurs qui ont travaillé chez nous l'an dernier et qui cherchent encore pour cette année, "
          "avec leurs numéros. Ils sont tous recommandables, surtout l'équipe de Tournus."))
P("user_invited_value", "en", "Tom Harding", "Importer | Harding & Sons Wines, Melbourne", "Melbourne",
  ("acc",),
  ("msg", "Cheers for the invite, Alex. Following our chat in Beaune: we'd like 30 cases mixed (20 red, 10 white) for our autumn release. "
          "Could you send a pro forma ex-cellar and the earliest pickup date? We'll organise the freight."))
P("user_invited_value", "de", "Julia Weiss", "Redakteurin | Weinmagazin Vinorama", "München",
  ("acc",),
  ("msg", "Danke für die Vernetzung! Ich schreibe für unsere Oktoberausgabe über die frühe Lese im Burgund. Dürfte ich Sie zitieren, und hätten Sie "
          "diese Woche zehn Minuten für ein Telefonat? Gern auch während der Lese, ganz kurz."))


# =============================================================== acceptance_only / lone_endorsement
P("acceptance_only", "fr", "Élise Morvan", "Cheffe de culture | Domaine des Perrières", "Meursault", ("acc",))
P("acceptance_only", "it", "Giorgio Parodi", "Sommelier | Ristorante La Pergola, Genova", "Genova", ("acc",))
P("lone_endorsement", "fr", "Théo Gaillard", "Ancien vendangeur | Étudiant BTS viticulture-œnologie", "Beaune", ("end",))
P("lone_endorsement", "es", "Lucía Ferrán", "Sumiller | Restaurante en Barcelona", "Barcelona", ("end",))


# ------------------------------------------------------------------------- foreign mail (not LinkedIn)
FOREIGN = [
    ("Iker Sarasola", "iker.sarasola@correo.example.es", "Vendimia – disponibilidad",
     "Bonjour Alex,\n\nte escribí también por LinkedIn. Estoy disponible desde el 25 de agosto, con mi primo si os hace falta otro porteador.\n\nUn saludo,\nIker", "es"),
    ("BIVB – Service technique", "technique@bivb.example.fr", "Bulletin de santé du végétal n°18",
     "Bonjour,\n\nRisque mildiou élevé sur la Côte de Beaune après les orages du week-end. Retrouvez aussi nos alertes sur notre page LinkedIn.", "fr"),
    ("Thomas Whitaker", "t.whitaker@hollisshaw.example.co.uk", "Price list & samples",
     "Hi Alex,\n\nI sent you a LinkedIn request as well, in case this lands in spam. Our courier can collect the samples on Tuesday.\n\nThomas", "en"),
    ("Cabinet Roblot – expertise comptable", "contact@roblot-expert.example.fr", "Déclaration de récolte et TVA",
     "Bonjour Alex,\n\nPensez à nous transmettre le registre de cave avant le 10 décembre. Nos actualités fiscales sont aussi publiées sur LinkedIn.", "fr"),
    ("Weinhaus Keller", "einkauf@weinhauskeller.example.ch", "Bestellung Savigny rouge",
     "Grüezi Herr Morgan,\n\nbesten Dank für die Muster. Wir bestellen 18 Kartons. Die Anfrage kam ursprünglich über LinkedIn von Frau Oberholzer.\n\nFreundliche Grüsse", "de"),
    ("Segreteria Vinitaly Club", "club@vinitaly.example.it", "Degustazione a Verona: conferma",
     "Gentile Alex,\n\nle confermiamo il tavolo per la degustazione di novembre. Può condividere l'evento sulla sua pagina LinkedIn con l'hashtag indicato.", "it"),
    ("Tonelería Quintana", "pedidos@toneleria-quintana.example.es", "Tarifa 2022 barricas",
     "Hola Alex,\n\nadjuntamos la tarifa que te comentó Marta por LinkedIn. Los precios son válidos hasta el 31 de octubre.", "es"),
    ("Météo Vigne Pro", "alertes@meteovigne.example.fr", "Alerte grêle – samedi",
     "Alerte orange grêle sur la Côte d'Or samedi après-midi. Suivez-nous sur LinkedIn et Facebook pour les mises à jour.", "fr"),
]

# the older (2016) layout for some people; the rest in the newer one
OLD_LAYOUT = {"Jean-Marc Poulain", "Didier Vasseur", "Bernard Lavigne", "Régis Mongeard", "Uwe Brandstetter", "Gianluca Ferretti",
              "Sandrine Coquard", "Patrice Lambertin"}
ERAS = {s[2]: ("2016" if s[2] in OLD_LAYOUT else "cur") for s in PEOPLE}
# people whose InMail is a buyer's or a client's own message, not a Recruiter seat's
PLAIN_INMAIL = {"Jennifer Cho", "Andrea Bischof"}

HEADER = [f"# mailbot dev192 corpus. Generated by scripts/make_corpus_dev192.py (seed {SEED}); do not edit by hand.",
          "# August and September 2022 of Alex, winemaker and estate owner in Burgundy who sells the wine: importers and restaurants buying, "
          "harvest pickers, neighbouring growers, label, cork, glass and software sellers, paid competitions, a rude distributor after a refused "
          "exclusivity; French, English, German, Italian and Spanish. Same format as tests/corpus/dev."]


# ------------------------------------------------------------------------- builder
class Li192(mc.LinkedInMail):
    """The older layout's footer with the year of the mail (2022), not 2016."""

    def footer(self, lang, era, recv, template, year, rname=mc.RECIPIENT[0]):
        text, html = super().footer(lang, era, recv, template, year, rname)
        if era == "2016":
            text = text.replace("© 2016 ", f"© {year} ")
            html = [h.replace("© 2016 ", f"© {year} ") for h in html]
        return text, html


class Stories192(cs.EraStories):
    """Stories inside August and September 2022: each story starts early enough for its last mail to land in the window."""

    def __init__(self, seed, stories, foreign, eras):
        super().__init__(seed, stories, foreign, eras)
        self.li = Li192(self.g, self.b)
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

    def li_mail(self, p, kind, date, shown, note, no_note=False, skill="", recruiter=False, inmail_subject="", prefix="", short=""):
        if p.name in PLAIN_INMAIL:
            recruiter = False
        return super().li_mail(p, kind, date, shown, note, no_note, skill, recruiter, inmail_subject, prefix, short)


def check_notes() -> None:
    names = [s[2] for s in PEOPLE]
    assert len(names) == len(set(names)), "duplicate names"
    for scenario, lang, name, headline, location, nl, steps in PEOPLE:
        for step in steps:
            if step[0] == "inv" and step[1] not in (DEFAULT, NONOTE):
                assert len(step[1]) <= 300, (name, len(step[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev192")
    args = ap.parse_args()
    check_notes()
    c = Stories192(SEED, PEOPLE, FOREIGN, ERAS)
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
